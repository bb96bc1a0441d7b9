// SPDX-License-Identifier: MIT
// The learned models of the onnx plugin in the real main window: predictions chart, head grid, channel
// chart, package samples, the package's model card and the head-fusion parameter.
#include "AppSetup.h"
#include "ChannelChart.h"
#include "DisplayPanel.h"
#include "ErrorReporter.h"
#include "Exporter.h"
#include "GuiTestSupport.h"
#include "HeadGridView.h"
#include "ImageSession.h"
#include "ImageView.h"
#include "InputsPanel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MapListPanel.h"
#include "ModelCardDialog.h"
#include "ModelPanel.h"
#include "PackageLookup.h"
#include "ParametersPanel.h"
#include "PredictionsPanel.h"
#include "RunController.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <memory>
#include <opencv2/core.hpp>

using namespace al;

namespace {
const QString kVit = QStringLiteral("digits-vit");
const QString kCbam = QStringLiteral("digits-cbam");
const QString kBaseline = QStringLiteral("digits-cnn-baseline");
const QString kSpectral = QStringLiteral("saliency.spectral-residual");
} // namespace

class TestLearnedModels : public test::MainWindowFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void predictionsChartShowsTopK();
    void modelsWithoutPredictionsShowEmptyState();
    void headGridHasLayersTimesHeadsPlusFused();
    void clickingAThumbnailSelectsItsMap();
    void cbamGridShowsStagesAndChannelMapsAsBars();
    void headFusionParameterChangesTheFusedMap();
    void packageSamplesFollowTheModel_data();
    void packageSamplesFollowTheModel();
    void modelCardShowsThePackageCard();
    void screenshots();

private:
    void openSampleAndRun(const QString& modelId);
    QString firstSample(const QString& modelId) const;
};

void TestLearnedModels::initTestCase() {
    loadPlugins({kVit, kCbam, kBaseline, kSpectral});
}

void TestLearnedModels::init() {
    openWindow(QSize(1440, 900));
}

void TestLearnedModels::cleanup() {
    closeWindow();
}

QString TestLearnedModels::firstSample(const QString& modelId) const {
    const auto package = findPackageForModel(modelId);
    return package ? packageSamples(*package).value(0) : QString();
}

void TestLearnedModels::openSampleAndRun(const QString& modelId) {
    const QString sample = firstSample(modelId);
    QVERIFY2(!sample.isEmpty(), qPrintable("no package sample for " + modelId));
    QVERIFY(m_window->openFile(sample));
    QVERIFY(chooseModel(modelId));
    runAndWait();
}

void TestLearnedModels::predictionsChartShowsTopK() {
    openSampleAndRun(kVit);
    if (QTest::currentTestFailed())
        return;
    const ModelResult& result = *m_window->session()->result();
    QVERIFY(!result.predictions.empty());
    const int k = m_window->parametersPanel()->values().value(QStringLiteral("top_k")).toInt();
    QCOMPARE(int(result.predictions.size()), k);
    PredictionsPanel* panel = m_window->predictionsPanel();
    QCOMPARE(panel->barCount(), k);
    QCOMPARE(panel->labels().size(), k);
    QCOMPARE(panel->labels().first(), result.predictions[0].label);
    QCOMPARE(panel->scores().first(), result.predictions[0].score);
    // The best class is drawn at the top: the last category of the horizontal chart's axis.
    const auto axes = panel->chartView()->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
    QVERIFY(categories);
    QCOMPARE(categories->categories().size(), k);
    QCOMPARE(categories->categories().last(), result.predictions[0].label);
    QVERIFY(panel->chartView()->isVisible());
    QVERIFY2(!m_window->predictionsDock()->visibleRegion().isEmpty(),
             "a classifier brings its predictions up");
}

void TestLearnedModels::modelsWithoutPredictionsShowEmptyState() {
    QVERIFY(m_window->openFile(firstSample(kVit)));
    QVERIFY(chooseModel(kSpectral));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->session()->result()->predictions.empty());
    QVERIFY(!m_window->predictionsPanel()->hasPredictions());
    QCOMPARE(m_window->predictionsPanel()->barCount(), 0);
    QVERIFY(!m_window->predictionsPanel()->chartView()->isVisibleTo(m_window->predictionsPanel()));
    // Saliency results have no heads either.
    QCOMPARE(m_window->headGridView()->thumbnails().size(), 0);
}

void TestLearnedModels::headGridHasLayersTimesHeadsPlusFused() {
    openSampleAndRun(kVit);
    if (QTest::currentTestFailed())
        return;
    const ModelResult& result = *m_window->session()->result();
    QStringList layers;
    int heads = 0;
    for (const AttentionMap& map : result.maps) {
        if (map.name.endsWith(QLatin1String("/cls")) && map.head >= 0) {
            heads = std::max(heads, map.head + 1);
            if (!layers.contains(map.group))
                layers << map.group;
        }
    }
    QCOMPARE(layers.size(), 4);
    QCOMPARE(heads, 4);
    HeadGridView* grid = m_window->headGridView();
    QCOMPARE(grid->rowCount(), int(layers.size()));
    QCOMPARE(grid->thumbnails().size(), int(layers.size()) * (heads + 1));
    for (QToolButton* thumb : grid->thumbnails())
        QVERIFY(!thumb->icon().isNull());
    QVERIFY(grid->thumbnailFor(QStringLiteral("layer2_attention/head1/cls")));
    QVERIFY(grid->thumbnailFor(QStringLiteral("layer2_attention/fused/cls")));

    // Thumbnails follow the display's colour map without a new run.
    QToolButton* thumb = grid->thumbnails().first();
    const QImage before = thumb->icon().pixmap(HeadGridView::kThumb).toImage();
    QComboBox* colormap = m_window->displayPanel()->colormapCombo();
    colormap->setCurrentIndex((colormap->currentIndex() + 1) % colormap->count());
    const QImage after = thumb->icon().pixmap(HeadGridView::kThumb).toImage();
    QVERIFY2(test::differingFraction(before, after) > 0.2, "another colour map must recolour the thumbnails");
}

void TestLearnedModels::clickingAThumbnailSelectsItsMap() {
    openSampleAndRun(kVit);
    if (QTest::currentTestFailed())
        return;
    m_window->centreTabs()->setCurrentWidget(m_window->headGridView());
    const QImage before = m_window->imageView()->image();
    const QString target = QStringLiteral("layer0_attention/head2/cls");
    QVERIFY(m_window->session()->currentMapName() != target);
    QToolButton* thumb = m_window->headGridView()->thumbnailFor(target);
    QVERIFY(thumb && thumb->isVisible());
    QTest::mouseClick(thumb, Qt::LeftButton);
    QCOMPARE(m_window->session()->currentMapName(), target);
    QCOMPARE(m_window->mapListPanel()->selectedMap(), target);
    QVERIFY(thumb->isChecked());
    const QImage after = m_window->imageView()->image();
    QCOMPARE(after.size(), before.size());
    QVERIFY2(test::differingFraction(before, after) > 0.05, "another head must change the overlay");
}

void TestLearnedModels::cbamGridShowsStagesAndChannelMapsAsBars() {
    openSampleAndRun(kCbam);
    if (QTest::currentTestFailed())
        return;
    const ModelResult& result = *m_window->session()->result();
    int stageMaps = 0;
    QString channelMap;
    for (const AttentionMap& map : result.maps) {
        if ((map.kind == MapKind::Spatial || map.kind == MapKind::Channel) && !map.layer.isEmpty())
            ++stageMaps;
        if (map.kind == MapKind::Channel && channelMap.isEmpty())
            channelMap = map.name;
    }
    QVERIFY(!channelMap.isEmpty());
    HeadGridView* grid = m_window->headGridView();
    QCOMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->thumbnails().size(), stageMaps);

    // Selecting the channel map charts its weights and leaves the image unstretched.
    QVERIFY(!m_window->channelChart()->isVisible());
    QTest::mouseClick(grid->thumbnailFor(channelMap), Qt::LeftButton);
    QCOMPARE(m_window->session()->currentMapName(), channelMap);
    QTRY_VERIFY(m_window->channelChart()->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->channelChart()->barCount(), result.map(channelMap)->data.cols);
    QCOMPARE(m_window->session()->overlayMap(), nullptr);
    const cv::Size size(m_window->session()->image().cols, m_window->session()->image().rows);
    QCOMPARE(m_window->imageView()->image().size(), QSize(size.width, size.height));

    // A channel map has no picture: the image exports refuse with a message naming the map.
    const QString png = m_dir.filePath(QStringLiteral("channel.png"));
    QVERIFY(!m_window->exportTo(ExportKind::OverlayPng, png));
    QVERIFY(!QFile::exists(png));
    QVERIFY2(m_window->errorReporter()->lastMessage().contains(result.map(channelMap)->title),
             qPrintable(m_window->errorReporter()->lastMessage()));
    QVERIFY(m_window->exportTo(ExportKind::ResultJson, m_dir.filePath(QStringLiteral("cbam.json"))));

    // Back to a spatial map: the chart goes away.
    m_window->mapListPanel()->tree()->setCurrentItem(
        m_window->mapListPanel()->itemForMap(result.finalMap()->name));
    QCOMPARE(m_window->session()->currentMapName(), result.finalMap()->name);
    QVERIFY(!m_window->channelChart()->isVisibleTo(m_window.get()));
}

void TestLearnedModels::headFusionParameterChangesTheFusedMap() {
    openSampleAndRun(kVit);
    if (QTest::currentTestFailed())
        return;
    const QString fusedName = QStringLiteral("layer2_attention/fused/cls");
    const cv::Mat meanFused = m_window->session()->result()->map(fusedName)->data.clone();
    const cv::Mat meanRollout = m_window->session()->result()->map(QStringLiteral("rollout"))->data.clone();
    const QImage meanThumb =
        m_window->headGridView()->thumbnailFor(fusedName)->icon().pixmap(HeadGridView::kThumb).toImage();
    auto* fusion = m_window->parametersPanel()->findChild<QComboBox*>(QStringLiteral("param_head_fusion"));
    QVERIFY2(fusion, "the schema's head_fusion choice has a combo box param_head_fusion");
    const int maxRow = fusion->findText(QStringLiteral("max"));
    QVERIFY(maxRow >= 0);
    fusion->setCurrentIndex(maxRow);
    QCOMPARE(m_window->parametersPanel()->values().value(QStringLiteral("head_fusion")).toString(),
             QStringLiteral("max"));
    runAndWait();
    if (QTest::currentTestFailed())
        return;
    const cv::Mat maxFused = m_window->session()->result()->map(fusedName)->data;
    QCOMPARE(maxFused.size(), meanFused.size());
    QVERIFY2(cv::norm(maxFused, meanFused, cv::NORM_INF) > 1e-3, "max fusion must differ from mean fusion");
    // Max over heads is never below their mean (both are taken before the CLS row is read).
    cv::Mat below;
    cv::compare(maxFused, meanFused - 1e-5f, below, cv::CMP_LT);
    QCOMPARE(cv::countNonZero(below), 0);
    // The rollout fuses the heads the same way.
    const cv::Mat maxRollout = m_window->session()->result()->map(QStringLiteral("rollout"))->data;
    QVERIFY(cv::norm(maxRollout, meanRollout, cv::NORM_INF) > 1e-4);
    const QImage maxThumb =
        m_window->headGridView()->thumbnailFor(fusedName)->icon().pixmap(HeadGridView::kThumb).toImage();
    QVERIFY(test::differingFraction(meanThumb, maxThumb) > 0.01);
}

void TestLearnedModels::packageSamplesFollowTheModel_data() {
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<bool>("hasSamples");
    QTest::newRow("digits-vit") << kVit << true;
    QTest::newRow("digits-cbam") << kCbam << true;
    QTest::newRow("saliency") << kSpectral << false;
}

void TestLearnedModels::packageSamplesFollowTheModel() {
    QFETCH(QString, modelId);
    QFETCH(bool, hasSamples);
    QVERIFY(chooseModel(modelId));
    QListWidget* list = m_window->inputsPanel()->packageSamplesList();
    QCOMPARE(list->isVisibleTo(m_window->inputsPanel()), hasSamples);
    if (!hasSamples) {
        QCOMPARE(list->count(), 0);
        return;
    }
    const auto package = findPackageForModel(modelId);
    QVERIFY(package);
    const QStringList samples = packageSamples(*package);
    QVERIFY(!samples.isEmpty());
    QCOMPARE(list->count(), int(samples.size()));
    QCOMPARE(list->item(0)->data(Qt::UserRole + 1).toString(), samples.first());
    emit list->itemActivated(list->item(0));
    QCOMPARE(m_window->session()->path(), samples.first());
}

void TestLearnedModels::modelCardShowsThePackageCard() {
    QVERIFY(chooseModel(kVit));
    QTest::mouseClick(m_window->modelPanel()->modelCardButton(), Qt::LeftButton);
    auto* card = m_window->findChild<ModelCardDialog*>();
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    const auto package = findPackageForModel(kVit);
    QVERIFY(package);
    const QString html = card->html();
    const QJsonObject training = package->card.value(QLatin1String("training")).toObject();
    QVERIFY(html.contains(training.value(QLatin1String("command")).toString().toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("test_accuracy")));
    QVERIFY(html.contains(package->card.value(QLatin1String("data")).toObject().value("name").toString()));
    QTreeWidget* tree = card->packageCardTree();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), int(package->card.size()));
    card->close();
}

void TestLearnedModels::screenshots() {
    const QString dir = qEnvironmentVariable("AL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AL_SCREENSHOT_DIR to save screenshots of the learned models");
    QDir().mkpath(dir);
    openSampleAndRun(kVit);
    if (QTest::currentTestFailed())
        return;
    m_window->centreTabs()->setCurrentWidget(m_window->headGridView());
    QTest::mouseClick(m_window->headGridView()->thumbnailFor(QStringLiteral("layer3_attention/head0/cls")),
                      Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("vit-heads.png"))));
    m_window->centreTabs()->setCurrentIndex(0);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("vit-predictions.png"))));
    m_window->languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY(test::containsCjk(m_window->runAction()->text()));
    runAndWait();
    m_window->centreTabs()->setCurrentWidget(m_window->headGridView());
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("vit-heads-zh_CN.png"))));
    m_window->languageAction(QStringLiteral("en"))->trigger();

    openSampleAndRun(kCbam);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(m_window->headGridView()->thumbnailFor(QStringLiteral("stage2_channel")),
                      Qt::LeftButton);
    m_window->centreTabs()->setCurrentIndex(0);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("cbam-channel.png"))));
    m_window->centreTabs()->setCurrentWidget(m_window->headGridView());
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("cbam-stages.png"))));

    QVERIFY(chooseModel(kVit));
    QTest::mouseClick(m_window->modelPanel()->modelCardButton(), Qt::LeftButton);
    auto* card = m_window->findChild<ModelCardDialog*>();
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    card->packageCardTree()->expandToDepth(0);
    QVERIFY(card->grab().save(QDir(dir).filePath(QStringLiteral("vit-model-card.png"))));
    card->close();
}

QTEST_MAIN(TestLearnedModels)
#include "tst_learnedmodels.moc"
