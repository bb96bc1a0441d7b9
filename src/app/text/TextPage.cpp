// SPDX-License-Identifier: MIT
// The Text workspace: layout, model picker, background runs with cancel, file loading.
#include "text/TextPage.h"

#include "ErrorReporter.h"
#include "PackageLookup.h"
#include "PredictionsPanel.h"
#include "explain/SelfAttentionView.h"
#include "text/HeadViewWidget.h"
#include "text/MatrixViewWidget.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Tokenizer.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace al {

namespace {

constexpr qint64 kMaxTextBytes = 16 * 1024 * 1024;

TextRunOutcome runInBackground(std::shared_ptr<const AttentionModel> model, QString text,
                               RunControl control) {
    TextRunOutcome outcome;
    outcome.text = text;
    try {
        ModelInput input;
        input.modality = Modality::Text;
        input.text = std::move(text);
        outcome.result = runModel(*model, input, {}, control);
    } catch (const Error& e) {
        outcome.cancelled = e.code() == ErrorCode::Cancelled;
        outcome.error = e.message();
    } catch (const std::exception& e) {
        outcome.error = QString::fromLocal8Bit(e.what());
    }
    return outcome;
}

} // namespace

ModePage* createTextPage(const ModePageContext& context) {
    return new TextPage(context);
}

TextPage::TextPage(const ModePageContext& context, QWidget* parent)
    : ModePage(parent), m_registry(context.registry), m_errors(context.errors) {
    setObjectName(QStringLiteral("textPage"));
    buildUi();
    retranslate();
    refreshModels();
    connect(&m_watcher, &QFutureWatcher<TextRunOutcome>::finished, this, &TextPage::finished);
    setRunning(false);
}

TextPage::~TextPage() {
    m_control.cancel();
    m_watcher.waitForFinished(); // the task holds only copies, but its result must not outlive us
}

QLayout* TextPage::buildBar() {
    m_model = new QComboBox;
    m_model->setObjectName(QStringLiteral("textModel"));
    m_samples = new QComboBox;
    m_samples->setObjectName(QStringLiteral("textSamples"));
    m_samples->setMaximumWidth(320);
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("textOpen"));
    m_run = new QPushButton;
    m_run->setObjectName(QStringLiteral("textRun"));
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("textCancel"));
    m_exportHtml = new QPushButton;
    m_exportHtml->setObjectName(QStringLiteral("textExportHtml"));
    m_exportPng = new QPushButton;
    m_exportPng->setObjectName(QStringLiteral("textExportPng"));
    m_exportJson = new QPushButton;
    m_exportJson->setObjectName(QStringLiteral("textExportJson"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("textStatus"));
    auto* bar = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_model, m_samples, m_open, m_run, m_cancel})
        bar->addWidget(w);
    bar->addWidget(m_status, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_exportHtml, m_exportPng, m_exportJson})
        bar->addWidget(w);
    return bar;
}

void TextPage::buildUi() {
    QLayout* bar = buildBar();
    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("textInput"));
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("textNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background:#fff3cd;border:1px solid #e0c060;padding:4px"));
    m_notice->hide();
    m_tokens = new QTextBrowser;
    m_tokens->setObjectName(QStringLiteral("textTokens"));
    m_predictions = new PredictionsPanel;
    m_predictions->setObjectName(QStringLiteral("textPredictions"));
    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(m_input);
    left->addWidget(m_notice);
    left->addWidget(m_tokens);
    left->addWidget(m_predictions);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("textTabs"));
    m_tabs->addTab(buildHeadTab(), QString());
    m_tabs->addTab(buildMatrixTab(), QString());
    m_grid = new QWidget;
    m_grid->setObjectName(QStringLiteral("textModelGrid"));
    m_gridLayout = new QGridLayout(m_grid);
    auto* gridScroll = new QScrollArea;
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    m_tabs->addTab(gridScroll, QString());
    m_pooling = new QChartView;
    m_pooling->setObjectName(QStringLiteral("textPoolingChart"));
    m_tabs->addTab(m_pooling, QString());
    m_steps = new SelfAttentionView; // the explainer's step-through, on text tokens
    m_steps->setObjectName(QStringLiteral("textSteps"));
    auto* stepsScroll = new QScrollArea;
    stepsScroll->setWidget(m_steps);
    stepsScroll->setWidgetResizable(true);
    m_tabs->addTab(stepsScroll, QString());

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    connectControls();
}

void TextPage::connectControls() {
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_model, &QComboBox::currentIndexChanged, this, &TextPage::refreshSamples);
    connect(m_samples, &QComboBox::activated, this, [this](int index) {
        if (index > 0) // entry 0 is the prompt
            m_input->setPlainText(m_samples->itemData(index).toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, &TextPage::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        chooseFileToOpen(tr("Open a text"), tr("Text files (*.txt);;All files (*)"),
                         [this](const QString& path) { openFile(path); });
    });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("html")); });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("png")); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("json")); });
}

QWidget* TextPage::buildHeadTab() {
    m_headLayer = new QComboBox;
    m_headLayer->setObjectName(QStringLiteral("textHeadLayer"));
    m_headChecks = new QWidget;
    new QHBoxLayout(m_headChecks);
    m_headChecks->layout()->setContentsMargins(0, 0, 0, 0);
    m_topK = new QSpinBox;
    m_topK->setObjectName(QStringLiteral("textTopK"));
    m_topK->setRange(0, 64);
    m_topK->setValue(4);
    m_headHint = new QLabel;
    m_headView = new HeadViewWidget;
    m_headView->setObjectName(QStringLiteral("textHeadView"));
    m_headScroll = new QScrollArea;
    m_headScroll->setWidget(m_headView);
    m_headScroll->setWidgetResizable(true);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_headLayer);
    controls->addWidget(m_headChecks);
    controls->addWidget(m_topK);
    controls->addWidget(m_headHint, 1);
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(controls);
    layout->addWidget(m_headScroll, 1);
    connect(m_headLayer, &QComboBox::currentIndexChanged, this, [this] { refreshHeadView(); });
    connect(m_topK, &QSpinBox::valueChanged, this, [this] { refreshHeadView(); });
    connect(m_headView, &HeadViewWidget::focusChanged, this, [this](int token) {
        m_status->setText(token < 0 ? QString()
                                    : tr("Token %1 '%2': %3 links")
                                          .arg(token)
                                          .arg(m_labels.value(token))
                                          .arg(m_headView->visibleLinkCount()));
    });
    return tab;
}

QWidget* TextPage::buildMatrixTab() {
    m_matrixLayer = new QComboBox;
    m_matrixLayer->setObjectName(QStringLiteral("textMatrixLayer"));
    m_matrixHead = new QComboBox;
    m_matrixHead->setObjectName(QStringLiteral("textMatrixHead"));
    auto* zoomIn = new QPushButton(QStringLiteral("+"));
    auto* zoomOut = new QPushButton(QStringLiteral("−"));
    m_value = new QLabel;
    m_value->setObjectName(QStringLiteral("textMatrixValue"));
    m_matrix = new MatrixViewWidget;
    m_matrix->setObjectName(QStringLiteral("textMatrixView"));
    m_matrixScroll = new QScrollArea;
    m_matrixScroll->setWidget(m_matrix);
    auto* controls = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_matrixLayer, m_matrixHead, zoomOut, zoomIn})
        controls->addWidget(w);
    controls->addWidget(m_value, 1);
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(controls);
    layout->addWidget(m_matrixScroll, 1);
    connect(zoomIn, &QPushButton::clicked, m_matrix, &MatrixViewWidget::zoomIn);
    connect(zoomOut, &QPushButton::clicked, m_matrix, &MatrixViewWidget::zoomOut);
    connect(m_matrix, &MatrixViewWidget::hovered, m_value, &QLabel::setText);
    connect(m_matrixLayer, &QComboBox::currentIndexChanged, this, [this] { refreshMatrix(); });
    connect(m_matrixHead, &QComboBox::currentIndexChanged, this, [this] { refreshMatrix(); });
    return tab;
}

void TextPage::retranslate() {
    m_open->setText(tr("Open…"));
    m_samples->setToolTip(tr("Example texts shipped with the model package."));
    if (m_samples->count() > 0)
        m_samples->setItemText(0, tr("Samples…"));
    m_run->setText(tr("Run"));
    m_cancel->setText(tr("Cancel"));
    m_exportHtml->setText(tr("Export HTML…"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportJson->setText(tr("Export JSON…"));
    m_input->setPlaceholderText(
        tr("Paste or type a text (e.g. a dictionary definition), or open a UTF-8 .txt "
           "file, then press Run."));
    m_tabs->setTabText(0, tr("Head view"));
    m_tabs->setTabText(1, tr("Matrix"));
    m_tabs->setTabText(2, tr("Model view"));
    m_tabs->setTabText(3, tr("Pooling"));
    m_tabs->setTabText(4, tr("Steps"));
    m_tabs->setTabToolTip(
        4, tr("Step through one query token's attention (needs a model that exports Q, K and V)."));
    m_topK->setPrefix(tr("top "));
    m_topK->setSpecialValueText(tr("all links"));
    m_topK->setToolTip(tr("Links drawn per query token (the strongest first)."));
    m_headHint->setText(tr("Hover a token to isolate its links."));
    if (m_result)
        showResult();
}

void TextPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ModePage::changeEvent(event);
}

void TextPage::refreshModels() {
    m_model->clear();
    for (const auto& model : m_registry.models())
        if (model->modalities().contains(Modality::Text))
            m_model->addItem(model->displayName(), model->id());
    m_model->setEnabled(m_model->count() > 0);
    refreshSamples();
}

void TextPage::refreshSamples() {
    m_samples->clear();
    m_samples->addItem(tr("Samples…"));
    const std::optional<ModelPackage> package = findPackageForModel(m_model->currentData().toString());
    if (!package || package->samplesDir.isEmpty())
        return;
    QFile f(package->samplesDir + QStringLiteral("/samples.json"));
    if (!f.open(QIODevice::ReadOnly))
        return; // samples are optional; a package without them just offers none
    const QJsonArray samples =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("samples")).toArray();
    for (const QJsonValue& v : samples) {
        const QString text = v.toObject().value(QStringLiteral("text")).toString();
        const QString label = v.toObject().value(QStringLiteral("label")).toString();
        if (!text.isEmpty())
            m_samples->addItem(QStringLiteral("%1: %2").arg(label, text.left(60)), text);
    }
}

std::shared_ptr<const AttentionModel> TextPage::currentModel() const {
    return m_registry.model(m_model->currentData().toString());
}

void TextPage::deactivate() {
    cancel();
}

bool TextPage::run() {
    if (isRunning())
        return false;
    const auto model = currentModel();
    if (!model) {
        m_errors.report(tr("No text model"),
                        tr("No text model is installed; add a model package with modality \"text\"."));
        return false;
    }
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_errors.report(tr("Nothing to analyse"), tr("Type, paste or open a text first."));
        return false;
    }
    m_control = RunControl();
    m_status->setText(tr("Running %1…").arg(model->displayName()));
    m_watcher.setFuture(QtConcurrent::run(runInBackground, model, text, m_control));
    setRunning(true);
    return true;
}

void TextPage::cancel() {
    if (isRunning())
        m_control.cancel();
}

bool TextPage::isRunning() const {
    return m_running;
}

void TextPage::setRunning(bool running) {
    m_running = running;
    m_run->setEnabled(!running && m_model->count() > 0);
    m_cancel->setEnabled(running);
    const bool has = m_result.has_value() && !running;
    for (QPushButton* b : {m_exportHtml, m_exportPng, m_exportJson})
        b->setEnabled(has);
}

void TextPage::finished() {
    TextRunOutcome outcome = m_watcher.result();
    if (outcome.result) {
        m_result = std::move(outcome.result);
        m_resultText = outcome.text;
        showResult();
        m_status->setText(
            tr("%1 tokens in %2 ms").arg(m_result->tokens.size()).arg(m_result->elapsedMs, 0, 'f', 1));
    } else if (outcome.cancelled) {
        m_status->setText(tr("Cancelled."));
    } else {
        m_status->setText(tr("Failed."));
        m_errors.report(tr("The text model failed"), outcome.error);
    }
    setRunning(false);
    emit runFinished(outcome.result.has_value());
}

bool TextPage::openFile(const QString& path) {
    QFile f(path);
    try {
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::BadInput, tr("Cannot read %1: %2").arg(path, f.errorString()));
        if (f.size() > kMaxTextBytes)
            throw Error(ErrorCode::TooLarge, tr("%1 is larger than 16 MB; open a shorter text.").arg(path));
        m_input->setPlainText(decodeUtf8Strict(f.readAll(), QFileInfo(path).fileName()));
        return true;
    } catch (const Error& e) {
        m_errors.report(tr("Cannot open the text"), e.message());
        return false;
    }
}

} // namespace al
