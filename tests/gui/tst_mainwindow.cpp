// SPDX-License-Identifier: MIT
// Drives the real main window offscreen: open, pick a model, click Run, inspect maps, pixels and the status.
#include "AppSetup.h"
#include "DisplayPanel.h"
#include "ErrorReporter.h"
#include "GuiTestSupport.h"
#include "HistogramPanel.h"
#include "ImageSession.h"
#include "ImageView.h"
#include "InputsPanel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MapListPanel.h"
#include "ModelCardDialog.h"
#include "ModelPanel.h"
#include "ParametersPanel.h"
#include "PluginsDialog.h"
#include "RunController.h"
#include "StatusBarController.h"

#include "attentionlens/Heatmap.h"
#include "attentionlens/Paths.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrl>
#include <memory>
#include <numeric>
#include <opencv2/core.hpp>

using namespace al;

namespace {
const QString kSpectral = QStringLiteral("saliency.spectral-residual");
const QString kIttiKoch = QStringLiteral("saliency.itti-koch");
const QString kFineGrained = QStringLiteral("saliency.fine-grained");
constexpr int kRunTimeoutMs = 60000;
} // namespace

class TestMainWindow : public test::MainWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runSpectralResidualListsMapsAndChangesView();
    void opacitySliderChangesPixels();
    void viewModeSelectorComposesTheView_data();
    void viewModeSelectorComposesTheView();
    void selectingAnotherMapChangesViewAndHistogram();
    void cancelIttiKochReturnsToIdleWithoutResult();
    void corruptFileReportsErrorNamingFileAndAppKeepsWorking();
    void modelErrorIsReportedNamingModelAndFile();
    void newRunWhileRunningSupersedesTheOldOne();
    void openingAnotherImageDuringARunDropsItsResult();
    void languageSwitchRetranslatesActions();
    void pluginTextsFollowTheLanguage_data();
    void pluginTextsFollowTheLanguage();
    void modelCardListsEveryParameter();
    void parametersPanelBuildsOneControlPerSpec_data();
    void parametersPanelBuildsOneControlPerSpec();
    void parameterValuesGoIntoTheRun();
    void hoverShowsValueUnderCursor();
    void exportWritesFiles();
    void settingsAreRestoredInANewWindow();
    void pluginsDialogListsReportAndFolders();
    void droppingAFileOpensIt();
    void screenshots();

private:
    QString m_scene;
};

void TestMainWindow::initTestCase() {
    loadPlugins({kSpectral, kIttiKoch, kFineGrained});
    m_scene = test::writeScene(m_dir.path(), QStringLiteral("scene.png"), 320, 240);
}

void TestMainWindow::init() {
    openWindow(QSize(1280, 820));
}

void TestMainWindow::cleanup() {
    closeWindow();
}

void TestMainWindow::runSpectralResidualListsMapsAndChangesView() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    const QImage before = m_window->imageView()->image();
    QCOMPARE(before.size(), QSize(320, 240));
    runAndWait();
    if (QTest::currentTestFailed())
        return;

    const ModelResult& result = *m_window->session()->result();
    QCOMPARE(result.modelId, kSpectral);
    const QStringList listed = m_window->mapListPanel()->mapNames();
    QCOMPARE(listed.size(), int(result.maps.size()));
    QVERIFY2(listed.size() >= 2, "spectral residual returns intermediate maps");
    QCOMPARE(listed.first(), result.finalMap()->name);
    QCOMPARE(m_window->mapListPanel()->selectedMap(), result.finalMap()->name);
    for (const AttentionMap& map : result.maps)
        QVERIFY2(listed.contains(map.name), qPrintable(map.name));
    // Non-final maps sit under their group.
    for (const AttentionMap& map : result.maps) {
        if (map.isFinal || map.group.isEmpty())
            continue;
        QTreeWidgetItem* item = m_window->mapListPanel()->itemForMap(map.name);
        QVERIFY(item && item->parent());
        QCOMPARE(item->parent()->text(0), map.group);
    }

    const QImage after = m_window->imageView()->image();
    QCOMPARE(after.size(), before.size());
    QVERIFY2(test::differingFraction(before, after) > 0.2, "the overlay must change the displayed pixels");
    QVERIFY(m_window->cancelAction()->isEnabled() == false);
}

void TestMainWindow::opacitySliderChangesPixels() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    QSlider* slider = m_window->displayPanel()->opacitySlider();
    slider->setValue(10);
    const QImage faint = m_window->imageView()->image();
    QCOMPARE(m_window->session()->renderOptions().alpha, 0.1);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End); // keyboard, like a user: to 100 %
    QCOMPARE(slider->value(), 100);
    const QImage strong = m_window->imageView()->image();
    QVERIFY(test::differingFraction(faint, strong) > 0.2);
}

void TestMainWindow::viewModeSelectorComposesTheView_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("widthFactor");
    QTest::addColumn<bool>("sameAsInput");
    QTest::newRow("original") << QStringLiteral("Original") << 1 << true;
    QTest::newRow("overlay") << QStringLiteral("Overlay") << 1 << false;
    QTest::newRow("side-by-side") << QStringLiteral("Side by side") << 2 << true;
    QTest::newRow("map-only") << QStringLiteral("Map only") << 1 << false;
}

void TestMainWindow::viewModeSelectorComposesTheView() {
    QFETCH(QString, mode);
    QFETCH(int, widthFactor);
    QFETCH(bool, sameAsInput);
    QVERIFY(m_window->openFile(m_scene));
    const QImage input = m_window->imageView()->image();
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("viewModeCombo"));
    QVERIFY(combo);
    const int index = combo->findText(mode);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    const QImage shown = m_window->imageView()->image();
    QCOMPARE(shown.size(), QSize(320 * widthFactor, 240));
    const QImage left = shown.copy(0, 0, 320, 240);
    QCOMPARE(test::differingFraction(left, input) < 0.01, sameAsInput);
    if (widthFactor == 2) // the image on the left, the overlay on the right
        QVERIFY(test::differingFraction(shown.copy(320, 0, 320, 240), input) > 0.2);
}

void TestMainWindow::selectingAnotherMapChangesViewAndHistogram() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    const ModelResult& result = *m_window->session()->result();
    const QImage before = m_window->imageView()->image();
    const QVector<int> histBefore = m_window->histogramPanel()->binCounts();
    QCOMPARE(histBefore.size(), HistogramPanel::kBins);
    const cv::Mat& finalData = result.finalMap()->data;
    QCOMPARE(std::accumulate(histBefore.begin(), histBefore.end(), 0), finalData.rows * finalData.cols);

    const QString other = m_window->mapListPanel()->mapNames().at(1);
    QTreeWidget* tree = m_window->mapListPanel()->tree();
    QTreeWidgetItem* item = m_window->mapListPanel()->itemForMap(other);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(m_window->session()->currentMapName(), other);
    QVERIFY(test::differingFraction(before, m_window->imageView()->image()) > 0.05);
    const QVector<int> histAfter = m_window->histogramPanel()->binCounts();
    const cv::Mat& otherData = result.map(other)->data;
    QCOMPARE(std::accumulate(histAfter.begin(), histAfter.end(), 0), otherData.rows * otherData.cols);
    QVERIFY(histAfter != histBefore);
}

void TestMainWindow::cancelIttiKochReturnsToIdleWithoutResult() {
    const QString big = test::writeScene(m_dir.path(), QStringLiteral("big.png"), 4000, 3000);
    QVERIFY(m_window->openFile(big));
    QVERIFY(chooseModel(kIttiKoch));
    QSignalSpy cancelled(m_window->runController(), &RunController::cancelled);
    QTest::mouseClick(toolButtonFor(m_window->runAction()), Qt::LeftButton);
    QVERIFY(m_window->runController()->isRunning());
    QVERIFY(m_window->statusBarController()->progressVisible());
    QTRY_VERIFY(m_window->cancelAction()->isEnabled());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(toolButtonFor(m_window->cancelAction()), Qt::LeftButton);
    if (m_window->runController()->isRunning())
        QVERIFY2(m_window->statusBarController()->runningText().contains(QStringLiteral("cancelling")),
                 qPrintable(m_window->statusBarController()->runningText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), 10000);
    qInfo("cancel took %lld ms", timer.elapsed());
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_window->session()->result().has_value());
    QVERIFY(!m_window->statusBarController()->progressVisible());
    QVERIFY(!m_window->cancelAction()->isEnabled());
    QVERIFY(m_window->runAction()->isEnabled());
    QCOMPARE(m_window->errorReporter()->count(), 0);
}

void TestMainWindow::corruptFileReportsErrorNamingFileAndAppKeepsWorking() {
    const QString bad = m_dir.filePath(QStringLiteral("corrupt-photo.png"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\n this is not really a PNG file");
    file.close();
    QSignalSpy reported(m_window->errorReporter(), &ErrorReporter::reported);

    QVERIFY(!m_window->openFile(bad));
    QCOMPARE(reported.count(), 1);
    QVERIFY2(reported.at(0).at(1).toString().contains(QStringLiteral("corrupt-photo.png")),
             qPrintable(reported.at(0).at(1).toString()));
    QVERIFY(!m_window->session()->hasImage());
    QVERIFY(!m_window->runAction()->isEnabled());

    QVERIFY(!m_window->openFile(m_dir.filePath(QStringLiteral("missing.png"))));
    QCOMPARE(reported.count(), 2);
    QVERIFY(reported.at(1).at(1).toString().contains(QStringLiteral("missing.png")));

    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
}

void TestMainWindow::modelErrorIsReportedNamingModelAndFile() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kIttiKoch));
    // All weights at 0 is in range for each parameter but rejected by the model as a whole.
    for (const char* name : {"weight_intensity", "weight_color", "weight_orientation"}) {
        auto* spin = m_window->parametersPanel()->findChild<QDoubleSpinBox*>(QLatin1String("param_") + name);
        QVERIFY2(spin, name);
        spin->setValue(0.0);
    }
    QSignalSpy reported(m_window->errorReporter(), &ErrorReporter::reported);
    QTest::mouseClick(toolButtonFor(m_window->runAction()), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), kRunTimeoutMs);
    QCOMPARE(reported.count(), 1);
    const QString message = reported.at(0).at(1).toString();
    QVERIFY2(message.contains(m_registry->model(kIttiKoch)->displayName()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("scene.png")), qPrintable(message));
    QVERIFY(!m_window->session()->result().has_value());

    m_window->parametersPanel()->resetToDefaults();
    runAndWait();
}

void TestMainWindow::newRunWhileRunningSupersedesTheOldOne() {
    const QString big = test::writeScene(m_dir.path(), QStringLiteral("big2.png"), 3000, 2000);
    QVERIFY(m_window->openFile(big));
    QVERIFY(chooseModel(kIttiKoch));
    QSignalSpy succeeded(m_window->runController(), &RunController::succeeded);
    QSignalSpy cancelled(m_window->runController(), &RunController::cancelled);
    m_window->runAction()->trigger();
    QVERIFY(m_window->runController()->isRunning());
    QVERIFY(chooseModel(kSpectral));
    m_window->runAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), kRunTimeoutMs);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(m_window->session()->result()->modelId, kSpectral);
}

void TestMainWindow::openingAnotherImageDuringARunDropsItsResult() {
    const QString big = test::writeScene(m_dir.path(), QStringLiteral("big3.png"), 3000, 2000);
    QVERIFY(m_window->openFile(big));
    QVERIFY(chooseModel(kIttiKoch));
    m_window->runAction()->trigger();
    QVERIFY(m_window->runController()->isRunning());
    QVERIFY(m_window->openFile(m_scene));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), kRunTimeoutMs);
    QCOMPARE(m_window->session()->path(), m_scene);
    QVERIFY2(!m_window->session()->result().has_value(), "a result of the previous image must not be shown");
    QCOMPARE(m_window->imageView()->image().size(), QSize(320, 240));
}

void TestMainWindow::languageSwitchRetranslatesActions() {
    QTranslator reference;
    QVERIFY(reference.load(QStringLiteral(":/i18n/attentionlens_zh_CN.qm")));
    const QString chineseRun = reference.translate("MainWindow", "&Run");
    QVERIFY2(test::containsCjk(chineseRun), qPrintable(chineseRun));
    auto* inputsDock = m_window->findChild<QDockWidget*>(QStringLiteral("inputsDock"));
    QVERIFY(inputsDock);
    QCOMPARE(m_window->runAction()->text(), QStringLiteral("&Run"));

    // Installing a translator posts LanguageChange to the windows: wait for the event loop to deliver it.
    m_window->languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_COMPARE(m_window->runAction()->text(), chineseRun);
    QVERIFY(test::containsCjk(inputsDock->windowTitle()));
    QVERIFY(test::containsCjk(m_window->modelPanel()->findChild<QLabel*>()->text()));
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));

    m_window->languageAction(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(m_window->runAction()->text(), QStringLiteral("&Run"));
    QCOMPARE(inputsDock->windowTitle(), QStringLiteral("Inputs"));
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
}

void TestMainWindow::pluginTextsFollowTheLanguage_data() {
    QTest::addColumn<QString>("modelId");
    QTest::newRow("spectral-residual") << kSpectral;
    QTest::newRow("itti-koch") << kIttiKoch;
    QTest::newRow("fine-grained") << kFineGrained;
}

// Guards the plugin's translation contexts: its strings must be found in the app's .qm at call time.
void TestMainWindow::pluginTextsFollowTheLanguage() {
    QFETCH(QString, modelId);
    QVERIFY(chooseModel(modelId));
    m_window->languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY(test::containsCjk(m_window->runAction()->text()));
    const auto model = m_registry->model(modelId);
    QVERIFY2(test::containsCjk(model->description()), qPrintable(model->description()));
    auto* description = m_window->modelPanel()->findChild<QLabel*>(QStringLiteral("modelDescription"));
    QCOMPARE(description->text(), model->description());
    for (const ParamSpec& spec : model->parameters()) {
        QVERIFY2(test::containsCjk(spec.label), qPrintable(spec.label));
        QVERIFY2(test::containsCjk(spec.help), qPrintable(spec.help));
        QCOMPARE(m_window->parametersPanel()->control(spec.name)->toolTip(), spec.help);
    }
    m_window->languageAction(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(m_window->runAction()->text(), QStringLiteral("&Run"));
    QVERIFY(!test::containsCjk(model->description()));
    QCOMPARE(description->text(), model->description());
}

void TestMainWindow::modelCardListsEveryParameter() {
    QVERIFY(chooseModel(kIttiKoch));
    QTest::mouseClick(m_window->modelPanel()->modelCardButton(), Qt::LeftButton);
    auto* card = m_window->findChild<ModelCardDialog*>();
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    const QString html = card->html();
    QVERIFY(html.contains(kIttiKoch));
    for (const ParamSpec& spec : m_registry->model(kIttiKoch)->parameters())
        QVERIFY2(html.contains(spec.name), qPrintable(spec.name));
    card->close();
}

void TestMainWindow::parametersPanelBuildsOneControlPerSpec_data() {
    QTest::addColumn<QString>("modelId");
    QTest::newRow("spectral-residual") << kSpectral;
    QTest::newRow("itti-koch") << kIttiKoch;
    QTest::newRow("fine-grained") << kFineGrained;
}

void TestMainWindow::parametersPanelBuildsOneControlPerSpec() {
    QFETCH(QString, modelId);
    QVERIFY(chooseModel(modelId));
    const auto schema = m_registry->model(modelId)->parameters();
    ParametersPanel* panel = m_window->parametersPanel();
    QCOMPARE(int(panel->schema().size()), int(schema.size()));
    int controls = 0;
    for (const ParamSpec& spec : schema) {
        QWidget* control = panel->findChild<QWidget*>(QStringLiteral("param_") + spec.name);
        QVERIFY2(control, qPrintable(spec.name));
        ++controls;
        QCOMPARE(control->toolTip(), spec.help);
        switch (spec.type) {
        case ParamSpec::Type::Int:
            QVERIFY(qobject_cast<QSpinBox*>(control));
            QCOMPARE(qobject_cast<QSpinBox*>(control)->value(), spec.defaultValue.toInt());
            break;
        case ParamSpec::Type::Double:
            QVERIFY(qobject_cast<QDoubleSpinBox*>(control));
            QVERIFY(qAbs(qobject_cast<QDoubleSpinBox*>(control)->value() - spec.defaultValue.toDouble()) <
                    1e-3);
            break;
        case ParamSpec::Type::Bool:
            QVERIFY(qobject_cast<QCheckBox*>(control));
            break;
        case ParamSpec::Type::Choice:
            QVERIFY(qobject_cast<QComboBox*>(control));
            break;
        }
    }
    QCOMPARE(controls, int(schema.size()));
    QCOMPARE(panel->findChildren<QWidget*>(QRegularExpression(QStringLiteral("^param_"))).size(), controls);
    QCOMPARE(panel->values().size(), int(schema.size()));
}

void TestMainWindow::parameterValuesGoIntoTheRun() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    const cv::Mat defaultMap = m_window->session()->result()->finalMap()->data.clone();

    auto* sigma = m_window->parametersPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("param_sigma"));
    QVERIFY(sigma);
    const double newSigma = std::min(sigma->maximum(), sigma->value() * 3.0 + 1.0);
    sigma->setValue(newSigma);
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(qAbs(m_window->runController()->lastParams().value(QStringLiteral("sigma")).toDouble() -
                 newSigma) < 1e-9);
    const cv::Mat smoothed = m_window->session()->result()->finalMap()->data;
    QCOMPARE(smoothed.size(), defaultMap.size());
    QVERIFY2(cv::norm(smoothed, defaultMap, cv::NORM_L1) > 1e-3 * cv::norm(defaultMap, cv::NORM_L1),
             "a different sigma must give a different map");

    m_window->parametersPanel()->resetToDefaults();
    QVERIFY(qAbs(sigma->value() - m_registry->model(kSpectral)->parameters().at(1).defaultValue.toDouble()) <
                1e-6 ||
            m_registry->model(kSpectral)->parameters().at(1).name != QStringLiteral("sigma"));
}

void TestMainWindow::hoverShowsValueUnderCursor() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    ImageView* view = m_window->imageView();
    const QPoint centre = view->mapFromScene(QPointF(160.0, 120.0));
    QTest::mouseMove(view->viewport(), centre);
    QTRY_VERIFY(m_window->statusBarController()->readout().contains(QStringLiteral("value")));
    const QString text = m_window->statusBarController()->readout();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("x (\\d+), y (\\d+) · value ([-0-9.e]+)")).match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    // The cursor sits on scene point (160, 120); rounding to viewport pixels moves it by at most a pixel or
    // two.
    QVERIFY2(qAbs(match.captured(1).toInt() - 160) <= 2 && qAbs(match.captured(2).toInt() - 120) <= 2,
             qPrintable(text));
    const QPoint pixel(match.captured(1).toInt(), match.captured(2).toInt());
    const auto value = sampleMapAt(*m_window->session()->currentMap(), cv::Size(320, 240),
                                   cv::Point2d(pixel.x() + 0.5, pixel.y() + 0.5));
    QVERIFY(value.has_value());
    QVERIFY(qAbs(match.captured(3).toDouble() - double(*value)) <=
            1e-3 * std::max(1.0, qAbs(double(*value))));
}

void TestMainWindow::exportWritesFiles() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    const QString png = m_dir.filePath(QStringLiteral("out.overlay.png"));
    const QString json = m_dir.filePath(QStringLiteral("out.json"));
    QVERIFY(m_window->exportTo(ExportKind::OverlayPng, png));
    QVERIFY(m_window->exportTo(ExportKind::ResultJson, json));
    QImage written(png);
    QCOMPARE(written.size(), QSize(320, 240));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    QVERIFY(doc.toJson().contains(kSpectral.toUtf8()));
    QVERIFY(!m_window->exportTo(ExportKind::MapPng, m_dir.filePath(QStringLiteral("out.unknownsuffix"))));
    QVERIFY(m_window->errorReporter()->lastMessage().contains(QStringLiteral("out.unknownsuffix")));
}

void TestMainWindow::settingsAreRestoredInANewWindow() {
    QVERIFY(m_window->openFile(m_scene));
    QVERIFY(chooseModel(kIttiKoch));
    m_window->displayPanel()->opacitySlider()->setValue(73);
    auto* viewMode = m_window->findChild<QComboBox*>(QStringLiteral("viewModeCombo"));
    viewMode->setCurrentIndex(viewMode->findText(QStringLiteral("Map only")));
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(*m_registry, m_options, *m_settings, *m_language);
    m_window->errorReporter()->setShowDialogs(false);
    QCOMPARE(m_window->modelPanel()->currentModelId(), kIttiKoch);
    QCOMPARE(int(m_window->parametersPanel()->schema().size()),
             int(m_registry->model(kIttiKoch)->parameters().size()));
    QCOMPARE(m_window->displayPanel()->opacitySlider()->value(), 73);
    QVERIFY(qAbs(m_window->session()->renderOptions().alpha - 0.73) < 1e-9);
    QCOMPARE(m_window->session()->viewMode(), ViewMode::MapOnly);
    QCOMPARE(m_window->inputsPanel()->recentList()->count(), 1);
}

void TestMainWindow::pluginsDialogListsReportAndFolders() {
    auto* toolbar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QAction* plugins = nullptr;
    for (QAction* action : toolbar->actions()) {
        if (action->objectName() == QLatin1String("actionPlugins"))
            plugins = action;
    }
    QVERIFY(plugins);
    plugins->trigger();
    auto* dialog = m_window->findChild<PluginsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), int(m_registry->report().size()));
    bool found = false;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        found = found || dialog->table()->item(row, 4)->text().contains(kSpectral);
    QVERIFY(found);
    QVERIFY(dialog->findChildren<QLabel*>().size() >= 2);
    dialog->close();
}

void TestMainWindow::droppingAFileOpensIt() {
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(m_scene)});
    const QPoint pos = m_window->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(m_window->session()->hasImage());
    QCOMPARE(m_window->session()->path(), m_scene);
    QCOMPARE(m_settings->recentFiles().value(0), QFileInfo(m_scene).absoluteFilePath());
    QCOMPARE(m_window->inputsPanel()->recentList()->count(), 1);
    delete mime;
}

void TestMainWindow::screenshots() {
    const QString dir = qEnvironmentVariable("AL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AL_SCREENSHOT_DIR to save screenshots of the main window");
    QDir().mkpath(dir);
    m_window->resize(1440, 900);
    const QStringList samples = bundledSamples();
    QVERIFY(m_window->openFile(samples.isEmpty() ? m_scene : samples.first()));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseMove(m_window->imageView()->viewport(), m_window->imageView()->viewport()->rect().center());
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("main-window-en.png"))));
    m_window->languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY(test::containsCjk(m_window->runAction()->text()));
    // Map titles are given by the plugin when a run computes them: run again for Chinese titles.
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    QTest::mouseMove(m_window->imageView()->viewport(), m_window->imageView()->viewport()->rect().center());
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("main-window-zh_CN.png"))));
    m_window->languageAction(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(m_window->runAction()->text(), QStringLiteral("&Run"));

    // The classic model with its many intermediate maps, side by side.
    QVERIFY(chooseModel(kIttiKoch));
    auto* viewMode = m_window->findChild<QComboBox*>(QStringLiteral("viewModeCombo"));
    viewMode->setCurrentIndex(viewMode->findText(QStringLiteral("Side by side")));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("main-window-itti-koch.png"))));
    QTest::mouseClick(m_window->modelPanel()->modelCardButton(), Qt::LeftButton);
    auto* card = m_window->findChild<ModelCardDialog*>();
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    QVERIFY(card->grab().save(QDir(dir).filePath(QStringLiteral("model-card.png"))));
    card->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
