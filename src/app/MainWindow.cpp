// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "ChannelChart.h"
#include "DisplayPanel.h"
#include "ErrorReporter.h"
#include "explain/FaithfulnessPanel.h"
#include "explain/GuidedTourHost.h"
#include "explain/StepsView.h"
#include "HeadGridView.h"
#include "HistogramPanel.h"
#include "ImageSession.h"
#include "ImageView.h"
#include "InputsPanel.h"
#include "LanguageManager.h"
#include "MapListPanel.h"
#include "ModeSwitcher.h"
#include "ModelPanel.h"
#include "PackageLookup.h"
#include "ParametersPanel.h"
#include "PluginsDialog.h"
#include "PredictionsPanel.h"
#include "RunController.h"
#include "StatusBarController.h"
#include "ui_MainWindow.h"

#include "attentionlens/Error.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/Paths.h"
#include "attentionlens/Settings.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace al {

namespace {

const ViewMode kViewModes[] = {ViewMode::Original, ViewMode::Overlay, ViewMode::SideBySide,
                               ViewMode::MapOnly};

int viewModeIndex(ViewMode mode) {
    for (int i = 0; i < 4; ++i) {
        if (kViewModes[i] == mode)
            return i;
    }
    return 1;
}

} // namespace

MainWindow::MainWindow(const PluginRegistry& registry, const PluginRegistry::Options& pluginOptions,
                       Settings& settings, LanguageManager& language, QWidget* parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_registry(registry),
      m_pluginOptions(pluginOptions), m_settings(settings), m_language(language) {
    ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/attentionlens.svg")));
    m_errors = new ErrorReporter(this, this);
    m_session = new ImageSession(this);
    m_runner = new RunController(this);
    m_status = new StatusBarController(ui->statusBar);
    ui->fitButton->setDefaultAction(ui->actionFit);
    ui->actualSizeButton->setDefaultAction(ui->actionActualSize);
    setupCentre();
    setupDocks();
    setupToolBar();
    connectSignals();
    restoreSettings();
    retranslate();
    updateActions();
}

MainWindow::~MainWindow() = default;

ImageView* MainWindow::imageView() const {
    return ui->imageView;
}
QAction* MainWindow::runAction() const {
    return ui->actionRun;
}
QAction* MainWindow::cancelAction() const {
    return ui->actionCancel;
}

QAction* MainWindow::languageAction(const QString& language) const {
    for (QAction* a : m_languageGroup->actions()) {
        if (a->data().toString() == language)
            return a;
    }
    return nullptr;
}

QDockWidget* MainWindow::addDock(QWidget* panel, const QString& objectName, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    ui->menuView->addAction(dock->toggleViewAction());
    m_docks << dock;
    return dock;
}

void MainWindow::setupCentre() {
    // Overlay tab: the image view, with the channel-weight chart below it while a channel map is selected.
    auto* overlay = new QSplitter(Qt::Vertical);
    overlay->setObjectName("overlaySplitter");
    ui->centralLayout->removeWidget(ui->imageView);
    overlay->addWidget(ui->imageView);
    m_channelChart = new ChannelChart;
    m_channelChart->hide();
    overlay->addWidget(m_channelChart);
    overlay->setStretchFactor(0, 3);
    overlay->setStretchFactor(1, 2);
    m_headGrid = new HeadGridView;
    m_centreTabs = new QTabWidget;
    m_centreTabs->setObjectName("centreTabs");
    m_centreTabs->setDocumentMode(true);
    m_centreTabs->addTab(overlay, QString());
    m_centreTabs->addTab(m_headGrid, QString());
    m_steps = new StepsView(m_registry);
    m_steps->setObjectName("stepsView");
    m_centreTabs->addTab(m_steps, QString());
    // The other workspaces (Video, Text, Fingerprint) share the centre with the Image tabs.
    auto* stack = new QStackedWidget;
    stack->setObjectName("workspaceStack");
    ui->centralLayout->addWidget(stack, 1);
    m_modes = new ModeSwitcher(this, stack, m_centreTabs,
                               {ui->modeImage, ui->modeVideo, ui->modeText, ui->modeFingerprint},
                               ModePageContext{m_registry, m_settings, *m_errors});
}

void MainWindow::setupDocks() {
    m_inputs = new InputsPanel;
    m_modelPanel = new ModelPanel(m_registry);
    m_params = new ParametersPanel;
    m_maps = new MapListPanel;
    m_display = new DisplayPanel;
    m_histogram = new HistogramPanel;
    m_predictions = new PredictionsPanel;

    // Model picker and its parameters share one dock: the parameters belong to the chosen model.
    auto* modelHost = new QWidget;
    auto* modelLayout = new QVBoxLayout(modelHost);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->setSpacing(0);
    modelLayout->addWidget(m_modelPanel);
    modelLayout->addWidget(m_params);
    modelLayout->addStretch(1);
    auto* modelScroll = new QScrollArea;
    modelScroll->setWidget(modelHost);
    modelScroll->setWidgetResizable(true);
    modelScroll->setFrameShape(QFrame::NoFrame);

    QDockWidget* inputs = addDock(m_inputs, QStringLiteral("inputsDock"), Qt::LeftDockWidgetArea);
    QDockWidget* model = addDock(modelScroll, QStringLiteral("modelDock"), Qt::RightDockWidgetArea);
    QDockWidget* maps = addDock(m_maps, QStringLiteral("mapsDock"), Qt::RightDockWidgetArea);
    QDockWidget* display = addDock(m_display, QStringLiteral("displayDock"), Qt::RightDockWidgetArea);
    QDockWidget* histogram = addDock(m_histogram, QStringLiteral("histogramDock"), Qt::BottomDockWidgetArea);
    m_predictionsDock = addDock(m_predictions, QStringLiteral("predictionsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(histogram, m_predictionsDock);
    m_faithfulness = new FaithfulnessPanel(m_registry, m_session, m_runner, m_errors);
    QDockWidget* metrics = addDock(m_faithfulness, QStringLiteral("metricsDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_predictionsDock, metrics);
    histogram->raise();
    splitDockWidget(model, maps, Qt::Vertical);
    splitDockWidget(maps, display, Qt::Vertical);
    resizeDocks({inputs, model}, {240, 330}, Qt::Horizontal);
    resizeDocks({model, maps, display}, {240, 300, 220}, Qt::Vertical);
    resizeDocks({histogram}, {230}, Qt::Vertical);
    // The bottom dock spans only the centre column so the side docks keep their full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::setupToolBar() {
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName("exportButton");
    m_exportButton->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_exportButton->setMenu(ui->menuExport);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ui->mainToolBar->addWidget(m_exportButton);
    ui->mainToolBar->addSeparator();

    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, so they are deliberately not translated.
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                      {QStringLiteral("zh_CN"), QStringLiteral("中文")}};
    for (const auto& [code, name] : languages) {
        QAction* action = ui->menuLanguage->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
    m_languageButton = new QToolButton(this);
    m_languageButton->setObjectName("languageButton");
    m_languageButton->setIcon(QIcon(QStringLiteral(":/icons/language.svg")));
    m_languageButton->setMenu(ui->menuLanguage);
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ui->mainToolBar->addWidget(m_languageButton);
    ui->mainToolBar->addAction(ui->actionPlugins);
    m_tourAction = new QAction(this);
    m_tourAction->setObjectName("actionGuidedTour");
    ui->menuHelp->insertAction(ui->actionAbout, m_tourAction);
    ui->mainToolBar->addAction(m_tourAction);
    m_tourHost = std::make_unique<MainWindowTourHost>(*this, *m_steps);
    m_tour = new GuidedTour(*m_tourHost, this);
    connect(m_tourAction, &QAction::triggered, this, &MainWindow::startGuidedTour);
}

void MainWindow::startGuidedTour() {
    m_tour->start();
}

void MainWindow::connectSignals() {
    connect(ui->actionOpen, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(ui->actionRun, &QAction::triggered, this, &MainWindow::run);
    connect(ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelRun);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionFit, &QAction::triggered, ui->imageView, &ImageView::fitToWindow);
    connect(ui->actionActualSize, &QAction::triggered, ui->imageView, &ImageView::actualSize);
    connect(ui->actionZoomIn, &QAction::triggered, ui->imageView, [this] { ui->imageView->zoomBy(1.25); });
    connect(ui->actionZoomOut, &QAction::triggered, ui->imageView, [this] { ui->imageView->zoomBy(0.8); });
    connect(ui->actionExportOverlay, &QAction::triggered, this,
            [this] { exportWithDialog(ExportKind::OverlayPng); });
    connect(ui->actionExportMap, &QAction::triggered, this, [this] { exportWithDialog(ExportKind::MapPng); });
    connect(ui->actionExportJson, &QAction::triggered, this,
            [this] { exportWithDialog(ExportKind::ResultJson); });
    connect(ui->actionPlugins, &QAction::triggered, this, [this] {
        auto* dialog = new PluginsDialog(m_registry, m_pluginOptions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(ui->actionAbout, &QAction::triggered, this, [this] {
        auto* box = new QMessageBox(QMessageBox::Information, tr("About AttentionLens"),
                                    tr("<b>AttentionLens %1</b><p>See and explain attention maps of neural "
                                       "networks and classical saliency models.</p>")
                                        .arg(QCoreApplication::applicationVersion()),
                                    QMessageBox::Ok, this);
        box->setIconPixmap(windowIcon().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(ui->viewModeCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_session->setViewMode(kViewModes[std::clamp(index, 0, 3)]); });
    connect(ui->imageView, &ImageView::zoomChanged, this,
            [this](double zoom) { ui->zoomLabel->setText(QLocale().toString(zoom * 100.0, 'f', 0) + "%"); });
    connect(ui->imageView, &ImageView::hoveredPixel, this, &MainWindow::onHover);

    connect(m_inputs, &InputsPanel::openRequested, this, &MainWindow::openWithDialog);
    connect(m_inputs, &InputsPanel::fileActivated, this, &MainWindow::openFile);
    connect(m_inputs, &InputsPanel::clearRecentRequested, this, [this] {
        m_settings.clearRecentFiles();
        m_inputs->setRecentFiles({});
    });
    connect(m_modelPanel, &ModelPanel::modelChanged, this, &MainWindow::onModelChanged);
    connect(m_maps, &MapListPanel::mapSelected, m_session, &ImageSession::setCurrentMap);
    connect(m_headGrid, &HeadGridView::mapSelected, m_session, &ImageSession::setCurrentMap);
    connect(m_display, &DisplayPanel::optionsChanged, m_session, &ImageSession::setRenderOptions);
    connect(m_display, &DisplayPanel::optionsChanged, m_headGrid, &HeadGridView::setRenderOptions);

    connect(m_session, &ImageSession::viewChanged, this, &MainWindow::refreshView);
    connect(m_session, &ImageSession::currentMapChanged, this, &MainWindow::onCurrentMapChanged);
    connect(m_session, &ImageSession::resultChanged, this, &MainWindow::onResultChanged);
    connect(m_session, &ImageSession::imageChanged, this, [this] { m_steps->setImage(m_session->image()); });
    connect(m_steps, &StepsView::readoutChanged, m_status, &StatusBarController::setReadout);

    connect(m_runner, &RunController::started, this,
            [this](const QString& id) { m_status->setRunning(modelName(id)); });
    connect(m_runner, &RunController::progressChanged, m_status, &StatusBarController::setProgress);
    connect(m_runner, &RunController::runningChanged, this, &MainWindow::updateActions);
    connect(m_runner, &RunController::succeeded, this, &MainWindow::onRunSucceeded);
    connect(m_runner, &RunController::failed, this, &MainWindow::onRunFailed);
    connect(m_runner, &RunController::cancelled, this,
            [this] { m_status->setIdle([] { return tr("Run cancelled."); }); });
}

void MainWindow::restoreSettings() {
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    const RenderOptions options = m_settings.renderOptions();
    m_display->setOptions(options);
    m_session->setRenderOptions(options);
    ui->viewModeCombo->setCurrentIndex(viewModeIndex(m_settings.viewMode()));
    m_session->setViewMode(m_settings.viewMode());
    m_inputs->setRecentFiles(m_settings.recentFiles());
    m_inputs->setSamples(bundledSamples());
    m_modelPanel->setCurrentModel(m_settings.lastModel());
    // Also when the index did not change (no signal): the parameters must match the selected model.
    onModelChanged(m_modelPanel->currentModelId());
}

void MainWindow::retranslate() {
    const QStringList titles = {tr("Inputs"),    tr("Model and parameters"), tr("Maps"),   tr("Display"),
                                tr("Histogram"), tr("Predictions"),          tr("Metrics")};
    for (int i = 0; i < m_docks.size(); ++i)
        m_docks[i]->setWindowTitle(titles.value(i));
    m_centreTabs->setTabText(0, tr("Overlay"));
    m_centreTabs->setTabToolTip(0, tr("The image with the selected map"));
    m_centreTabs->setTabText(1, tr("Heads"));
    m_centreTabs->setTabToolTip(
        1, tr("Every layer and head of an attention model at a glance; click one to show "
              "it over the image"));
    m_centreTabs->setTabText(2, tr("Steps"));
    m_centreTabs->setTabToolTip(2, tr("How the attention is computed, step by step"));
    m_tourAction->setText(tr("Guided tour"));
    m_tourAction->setToolTip(tr("A step-by-step walk through where a model looks, how and why"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the overlay, the map or the result as a file"));
    m_languageButton->setText(tr("Language"));
    m_languageButton->setToolTip(tr("Switch the interface language"));
    if (QAction* current = languageAction(m_language.language()))
        current->setChecked(true);
    m_status->retranslate();
    m_lastHover.clear();
    onHover(m_hoverPixel);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        // Labels and help come from the plugin in the current language: ask again, keep the values.
        if (const auto model = m_registry.model(m_modelPanel->currentModelId()))
            m_params->setSchema(model->parameters(), true);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_runner->cancel();
    m_modes->setMode(ModeSwitcher::Mode::Image); // the saved layout is the Image workspace's
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setRenderOptions(m_display->options());
    m_settings.setViewMode(m_session->viewMode());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.constFirst().toLocalFile());
    }
}

void MainWindow::openWithDialog() {
    const QStringList recent = m_settings.recentFiles();
    const QString dir = recent.isEmpty() ? QString() : QFileInfo(recent.constFirst()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), dir, imageFileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path) {
    LoadedImage loaded;
    try {
        loaded = loadImage(path);
    } catch (const Error& e) {
        m_errors->report(
            tr("Cannot open image"),
            tr("Could not open “%1”.\n\n%2\n\nChoose another image (PNG, JPEG, BMP, TIFF, WebP or "
               "PNM) or check that the file is complete.")
                .arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    }
    m_runner->cancel();
    m_session->setImage(loaded.bgr, path);
    m_settings.addRecentFile(QFileInfo(path).absoluteFilePath());
    m_inputs->setRecentFiles(m_settings.recentFiles());
    setWindowTitle(tr("%1 — AttentionLens").arg(QFileInfo(path).fileName()));
    m_status->setIdle([name = QFileInfo(path).fileName(), w = loaded.bgr.cols, h = loaded.bgr.rows] {
        return tr("Opened %1 (%2×%3).").arg(name).arg(w).arg(h);
    });
    ui->imageView->fitToWindow();
    updateActions();
    return true;
}

bool MainWindow::selectModel(const QString& id) {
    return m_modelPanel->setCurrentModel(id);
}

void MainWindow::onModelChanged(const QString& id) {
    const auto model = m_registry.model(id);
    m_params->setSchema(model ? model->parameters() : std::vector<ParamSpec>{});
    if (model)
        m_settings.setLastModel(id);
    const std::optional<ModelPackage> package = model ? findPackageForModel(id) : std::nullopt;
    m_inputs->setPackageSamples(modelName(id), package ? packageSamples(*package) : QStringList());
    updateActions();
}

QString MainWindow::modelName(const QString& id) const {
    const auto model = m_registry.model(id);
    return model ? model->displayName() : id;
}

void MainWindow::run() {
    const auto model = m_registry.model(m_modelPanel->currentModelId());
    if (!m_session->hasImage() || !model)
        return;
    ModelInput input;
    input.modality = Modality::Image;
    input.image = m_session->image();
    input.sourcePath = m_session->path();
    m_runner->start(model, input, m_params->values());
}

void MainWindow::cancelRun() {
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_status->setCancelling();
}

void MainWindow::onRunSucceeded(const ModelResult& result) {
    m_session->setResult(result);
    m_status->setIdle([this, id = result.modelId, n = int(result.maps.size())] {
        return tr("%1 finished: %n map(s).", nullptr, n).arg(modelName(id));
    });
    m_status->setLastRun(result.elapsedMs);
}

void MainWindow::onRunFailed(const QString& modelId, ErrorCode code, const QString& message) {
    m_status->setIdle([] { return tr("Run failed."); });
    const QString hint =
        code == ErrorCode::PluginFailure
            ? tr("The plugin failed. Try other parameters or another model; Tools ▸ Plugins… "
                 "lists the plugins and their problems.")
            : tr("Check the image and the parameters, then run again.");
    m_errors->report(tr("Run failed"),
                     tr("The model “%1” could not process “%2”.\n\n%3\n\n%4")
                         .arg(modelName(modelId), QFileInfo(m_session->path()).fileName(), message, hint));
}

void MainWindow::onResultChanged() {
    const auto& result = m_session->result();
    const ModelResult* current = result ? &*result : nullptr;
    m_maps->setResult(current, m_session->currentMapName());
    m_predictions->setResult(current);
    m_headGrid->setResult(current, m_session->renderOptions());
    m_steps->setResult(current, m_session->image());
    // A classifier's answer is the first thing to look at; saliency models keep the histogram in front.
    if (current && !current->predictions.empty())
        m_predictionsDock->raise();
    updateActions();
}

void MainWindow::onCurrentMapChanged() {
    const QString name = m_session->currentMapName();
    m_maps->selectMap(name);
    m_headGrid->selectMap(name);
    const AttentionMap* map = m_session->currentMap();
    const bool channel = map && map->kind == MapKind::Channel;
    m_channelChart->setMap(channel ? map : nullptr);
    if (channel && !m_channelChart->isVisible()) {
        m_channelChart->show();
        // Give the chart room without hiding the image it belongs to.
        if (auto* splitter = qobject_cast<QSplitter*>(m_channelChart->parentWidget())) {
            const int total = splitter->height();
            splitter->setSizes({total * 2 / 5, total - total * 2 / 5});
        }
    }
    m_channelChart->setVisible(channel);
}

void MainWindow::refreshView() {
    const QImage view = m_session->render();
    ui->imageView->setImage(view);
    m_headGrid->setPreview(view);
    m_histogram->setMap(m_session->currentMap(), m_session->renderOptions());
    onHover(m_hoverPixel);
}

void MainWindow::onHover(const QPoint& viewPixel) {
    m_hoverPixel = viewPixel;
    const QPoint p = m_session->viewToInput(viewPixel);
    QString text;
    if (p.x() >= 0) {
        text = tr("x %1, y %2").arg(p.x()).arg(p.y());
        const AttentionMap* map = m_session->overlayMap();
        if (map) {
            const cv::Size size(m_session->image().cols, m_session->image().rows);
            const auto value = sampleMapAt(*map, size, cv::Point2d(p.x() + 0.5, p.y() + 0.5));
            text += value ? tr(" · value %1").arg(double(*value), 0, 'g', 4) : tr(" · outside the map");
        }
    }
    if (text != m_lastHover) {
        m_lastHover = text;
        m_status->setReadout(text);
    }
}

void MainWindow::updateActions() {
    const bool running = m_runner->isRunning();
    const bool canRun = m_session->hasImage() && !m_modelPanel->currentModelId().isEmpty();
    ui->actionRun->setEnabled(canRun);
    ui->actionCancel->setEnabled(running);
    const bool hasResult = m_session->result().has_value();
    ui->actionExportOverlay->setEnabled(hasResult);
    ui->actionExportMap->setEnabled(hasResult);
    ui->actionExportJson->setEnabled(hasResult);
    m_exportButton->setEnabled(hasResult);
}

void MainWindow::exportWithDialog(ExportKind kind) {
    if (!m_session->result())
        return;
    const QString filter =
        kind == ExportKind::ResultJson ? tr("JSON files (*.json)") : tr("PNG images (*.png)");
    const QString suggestion = suggestedExportName(kind, m_session->path(), m_session->result()->modelId);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggestion, filter);
    if (!path.isEmpty())
        exportTo(kind, path);
}

bool MainWindow::exportTo(ExportKind kind, const QString& path) {
    if (!m_session->result())
        return false;
    try {
        exportResult(kind, path, m_session->image(), *m_session->result(), m_session->currentMap(),
                     m_session->renderOptions(), m_session->path());
    } catch (const Error& e) {
        m_errors->report(tr("Export failed"),
                         tr("Could not write “%1”.\n\n%2\n\nChoose another folder or free some disk space.")
                             .arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    }
    m_status->setIdle([path] { return tr("Saved %1.").arg(QDir::toNativeSeparators(path)); });
    return true;
}

void MainWindow::setLanguage(const QString& language) {
    if (!m_language.setLanguage(language)) {
        m_errors->report(tr("Language"), tr("The translation “%1” is missing from this build; the interface "
                                            "stays in English.")
                                             .arg(language));
    }
    m_settings.setLanguage(m_language.language());
    if (QAction* current = languageAction(m_language.language()))
        current->setChecked(true);
}

} // namespace al
