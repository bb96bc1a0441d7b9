// SPDX-License-Identifier: MIT
// The Video workspace, offscreen: open a generated video, step, seek, play, analyse, click the timeline,
// export. Real widgets, real saliency plugin.
#include "VideoTestSupport.h"

#include "AppSetup.h"
#include "ErrorReporter.h"
#include "ImageView.h"
#include "ModePage.h"
#include "ParametersPanel.h"
#include "video/VideoPage.h"
#include "video/VideoPlayer.h"
#include "video/VideoTimeline.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"
#include "attentionlens/VideoReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <opencv2/imgcodecs.hpp>

using namespace al;
using namespace al::test;

namespace {
constexpr int kTimeoutMs = 60000;
}

class TestVideoPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAGeneratedVideo();
    void refusesABadFileWithAMessage();
    void stepsAndSeeksFrameExactly();
    void playsAndCountsDroppedFrames();
    void liveModelOverlaysTheShownFrame();
    void analysisFillsTheTimelineAndAClickSeeks();
    void exportsTheOverlayVideo();
    void cancelStopsTheAnalysis();
    void screenshot();

private:
    template <typename T> T* child(const char* name) const {
        T* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    int shownIndex() const { return decodeFrameIndex(m_page->player()->shown().bgr); }

    QTemporaryDir m_dir;
    QString m_clip;
    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QWidget> m_host;
    std::unique_ptr<ErrorReporter> m_errors;
    VideoPage* m_page = nullptr;
};

void TestVideoPage::initTestCase() {
    setupApplication(*qApp);
    QVERIFY(m_dir.isValid());
    m_clip = m_dir.filePath("clip.avi");
    QVERIFY(IndexedVideo{}.write(m_clip));
    PluginRegistry::Options options;
    options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
    options.useDefaultDirs = false;
    m_registry = std::make_unique<PluginRegistry>();
    m_registry->load(options);
    QVERIFY(m_registry->model("saliency.spectral-residual"));
}

void TestVideoPage::init() {
    m_settings = std::make_unique<Settings>(m_dir.filePath("settings.ini"));
    m_host = std::make_unique<QWidget>();
    m_errors = std::make_unique<ErrorReporter>(m_host.get());
    m_errors->setShowDialogs(false);
    ModePage* page = createVideoPage(ModePageContext{*m_registry, *m_settings, *m_errors});
    m_page = qobject_cast<VideoPage*>(page);
    QVERIFY(m_page);
    m_page->setParent(m_host.get());
    m_host->resize(1000, 700);
    m_page->resize(1000, 700);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    QVERIFY(m_page->selectModel("saliency.spectral-residual"));
}

void TestVideoPage::cleanup() {
    m_host.reset(); // deletes the page: it cancels and joins its work
    m_page = nullptr;
    m_errors.reset();
    m_settings.reset();
}

void TestVideoPage::opensAGeneratedVideo() {
    QVERIFY(!child<QPushButton>("videoRun")->isEnabled());
    QVERIFY(m_page->openFile(m_clip));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 0, kTimeoutMs);
    QCOMPARE(shownIndex(), 0);
    QCOMPARE(m_page->view()->image().size(), QSize(64, 48));
    QCOMPARE(child<QSlider>("videoSlider")->maximum(), 19);
    QVERIFY(child<QLabel>("videoPosition")->text().contains("0 / 19"));
    QVERIFY(child<QPushButton>("videoRun")->isEnabled());
}

void TestVideoPage::refusesABadFileWithAMessage() {
    const QString still = m_dir.filePath("still.png");
    QVERIFY(cv::imwrite(still.toStdString(), indexedFrame(2, {64, 48})));
    QSignalSpy reported(m_errors.get(), &ErrorReporter::reported);
    QVERIFY(!m_page->openFile(still));
    QCOMPARE(reported.count(), 1);
    QVERIFY2(m_errors->lastMessage().contains("still.png"), qPrintable(m_errors->lastMessage()));
    QVERIFY(!m_page->player()->isOpen());
}

void TestVideoPage::stepsAndSeeksFrameExactly() {
    QVERIFY(m_page->openFile(m_clip));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 0, kTimeoutMs);
    QTest::mouseClick(child<QToolButton>("videoStepForward"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 1, kTimeoutMs);
    QCOMPARE(shownIndex(), 1);
    QTest::mouseClick(child<QToolButton>("videoStepForward"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>("videoStepForward"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 3, kTimeoutMs);
    QCOMPARE(shownIndex(), 3);
    QTest::mouseClick(child<QToolButton>("videoStepBack"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 2, kTimeoutMs);
    QCOMPARE(shownIndex(), 2);
    child<QSlider>("videoSlider")->setValue(17);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 17, kTimeoutMs);
    QCOMPARE(shownIndex(), 17);
    child<QSlider>("videoSlider")->setValue(4); // backwards
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 4, kTimeoutMs);
    QCOMPARE(shownIndex(), 4);
    QCOMPARE(child<QSlider>("videoSlider")->value(), 4);
}

void TestVideoPage::playsAndCountsDroppedFrames() {
    child<QCheckBox>("videoLive")->setChecked(false);
    QVERIFY(m_page->openFile(m_clip));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 0, kTimeoutMs);
    QTest::mouseClick(child<QToolButton>("videoPlay"), Qt::LeftButton);
    QVERIFY(m_page->player()->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->player()->currentFrame() >= 5, kTimeoutMs);
    QCOMPARE(shownIndex(), m_page->player()->currentFrame());
    // Frames shown + frames dropped never exceed the frames that were due.
    QVERIFY(m_page->player()->currentFrame() >= m_page->player()->droppedFrames());
    QVERIFY(
        child<QLabel>("videoDropped")->text().contains(QString::number(m_page->player()->droppedFrames())));
    QTest::mouseClick(child<QToolButton>("videoPlay"), Qt::LeftButton);
    QVERIFY(!m_page->player()->isPlaying());
}

void TestVideoPage::liveModelOverlaysTheShownFrame() {
    QVERIFY(child<QCheckBox>("videoLive")->isChecked());
    QVERIFY(m_page->openFile(m_clip));
    child<QSlider>("videoSlider")->setValue(6);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 6, kTimeoutMs);
    const FrameAnalysisPtr analysis = m_page->player()->shown().analysis;
    QVERIFY(analysis);
    QCOMPARE(analysis->frame, 6);
    QVERIFY(child<QLabel>("videoFrameStats")->text().contains("6"));
    // The overlay differs from the plain frame.
    child<QCheckBox>("videoLive")->setChecked(false);
    QVERIFY(m_page->player()->cache()->find(6));
}

void TestVideoPage::analysisFillsTheTimelineAndAClickSeeks() {
    QVERIFY(m_page->openFile(m_clip));
    child<QSpinBox>("videoEvery")->setValue(2);
    QSignalSpy finished(m_page, &VideoPage::analysisFinished);
    QTest::mouseClick(child<QPushButton>("videoRun"), Qt::LeftButton);
    QVERIFY(m_page->isAnalysing() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(m_page->analysisComplete());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->timeline()->stats().size(), size_t(10), kTimeoutMs);
    QCOMPARE(m_page->timeline()->stats()[3].frame, 6);
    double sum = 0.0;
    for (double w : m_page->timeline()->attention())
        sum += w;
    QVERIFY(std::abs(sum - 1.0) < 1e-9);

    VideoTimeline* chart = m_page->timeline();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->viewPointForFrame(14));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_page->player()->currentFrame() - 14) <= 1, kTimeoutMs);
    QCOMPARE(shownIndex(), m_page->player()->currentFrame());
}

void TestVideoPage::exportsTheOverlayVideo() {
    QVERIFY(m_page->openFile(m_clip));
    QTemporaryDir out;
    QSignalSpy finished(m_page, &VideoPage::exportFinished);
    QVERIFY(m_page->exportTo(VideoExportKind::Overlay, out.filePath("overlay.avi")));
    QVERIFY(!child<QPushButton>("videoRun")->isEnabled()); // busy
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(VideoReader::open(out.filePath("overlay.avi")).info().frameCount, 20);
    QVERIFY(m_page->exportTo(VideoExportKind::Csv, out.filePath("frames.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeoutMs);
    QVERIFY(QFileInfo(out.filePath("frames.csv")).size() > 0);
    QCOMPARE(m_errors->count(), 0);
}

void TestVideoPage::cancelStopsTheAnalysis() {
    child<QCheckBox>("videoLive")->setChecked(false);
    QVERIFY(m_page->openFile(m_clip));
    // Motion saliency at a large working width is slow (it primes a background model per frame).
    QVERIFY(m_page->selectModel("saliency.motion"));
    auto* width = qobject_cast<QSpinBox*>(m_page->parametersPanel()->control("width"));
    QVERIFY(width);
    width->setValue(640);
    QSignalSpy finished(m_page, &VideoPage::analysisFinished);
    QVERIFY(m_page->startAnalysis());
    QVERIFY(m_page->isAnalysing());
    QPushButton* cancel = child<QPushButton>("videoCancel");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_page->isAnalysing());
    QVERIFY(!m_page->analysisComplete());
    QVERIFY(m_page->timeline()->stats().size() < 20);
    QCOMPARE(m_errors->count(), 0); // a cancel is not an error
    QVERIFY(child<QPushButton>("videoRun")->isEnabled());
}

void TestVideoPage::screenshot() {
    const QString dir = qEnvironmentVariable("AL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AL_SCREENSHOT_DIR to save a screenshot of the Video workspace");
    const QString vtest = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
    QVERIFY(m_page->openFile(QFileInfo::exists(vtest) ? vtest : m_clip));
    m_host->resize(1440, 900);
    m_page->resize(1440, 900);
    child<QSpinBox>("videoEvery")->setValue(5);
    QSignalSpy finished(m_page, &VideoPage::analysisFinished);
    QVERIFY(m_page->startAnalysis());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    child<QSlider>("videoSlider")->setValue(300);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->player()->currentFrame(), 300, kTimeoutMs);
    QTest::qWait(300);
    QVERIFY(m_host->grab().save(QDir(dir).filePath("video-workspace.png")));
}

QTEST_MAIN(TestVideoPage)
#include "tst_videopage.moc"
