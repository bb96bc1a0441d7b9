// SPDX-License-Identifier: MIT
// The analysis pipeline: frame statistics with known answers, the temporal softmax, the bounded cache,
// every-Nth analysis, history for video models, the worker thread, and motion saliency as a model.
#include "TestModels.h"
#include "VideoTestSupport.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/VideoAnalysis.h"
#include "attentionlens/VideoReader.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <thread>

using namespace al;
using namespace al::test;

Q_DECLARE_METATYPE(cv::Mat)
Q_DECLARE_METATYPE(cv::Rect2d)

class TestVideoPipeline : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void statsOfKnownMaps_data();
    void statsOfKnownMaps();
    void temporalAttentionIsASoftmax_data();
    void temporalAttentionIsASoftmax();
    void temperatureMustBePositive();
    void scoreNamesRoundTrip();
    void cacheKeepsTheMostRecentlyUsed();
    void cacheIsBoundedByBytes();
    void everyNthFrameIsAnalysed_data();
    void everyNthFrameIsAnalysed();
    void cachedFramesAreNotRecomputed();
    void videoModelsGetPreviousFrames();
    void pipelineRunsOffTheCallingThread();
    void pipelineCancels();
    void motionSaliencyFindsTheMovingSquare();

private:
    QTemporaryDir m_dir;
    QString m_clip;
};

void TestVideoPipeline::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_clip = m_dir.filePath("clip.avi");
    QVERIFY(IndexedVideo{}.write(m_clip));
}

namespace {

cv::Mat hotCells(int rows, int cols, const std::vector<cv::Point>& cells, float background = 0.f,
                 float hot = 1.f) {
    cv::Mat map(rows, cols, CV_32F, cv::Scalar(background));
    for (const cv::Point& p : cells)
        map.at<float>(p) = hot;
    return map;
}

} // namespace

void TestVideoPipeline::statsOfKnownMaps_data() {
    QTest::addColumn<cv::Mat>("data");
    QTest::addColumn<cv::Rect2d>("region");
    QTest::addColumn<double>("entropy");
    QTest::addColumn<double>("centroidX");
    QTest::addColumn<double>("centroidY");
    QTest::addColumn<double>("peakX");
    QTest::addColumn<double>("peakY");
    QTest::addColumn<double>("mass");
    // Input 64 x 48; an 8 x 6 map has 8 x 8 pixel cells.
    QTest::newRow("one hot cell") << hotCells(6, 8, {{3, 2}}) << cv::Rect2d() << 0.0 << 28.0 << 20.0 << 28.0
                                  << 20.0 << 1.0 / 48;
    QTest::newRow("uniform") << hotCells(6, 8, {}, 1.f) << cv::Rect2d() << 1.0 << 32.0 << 24.0 << 4.0 << 4.0
                             << 1.0;
    QTest::newRow("two opposite corners")
        << hotCells(6, 8, {{0, 0}, {7, 5}}) << cv::Rect2d() << std::log(2.0) / std::log(48.0) << 32.0 << 24.0
        << 4.0 << 4.0 << 2.0 / 48;
    QTest::newRow("offset below zero") << hotCells(6, 8, {{3, 2}}, -1.f, 5.f) << cv::Rect2d() << 0.0 << 28.0
                                       << 20.0 << 28.0 << 20.0 << (5.0 - 47.0) / 48;
    QTest::newRow("map over a region") << hotCells(2, 2, {{1, 0}}) << cv::Rect2d(16, 8, 32, 16) << 0.0 << 40.0
                                       << 12.0 << 40.0 << 12.0 << 0.25;
}

void TestVideoPipeline::statsOfKnownMaps() {
    QFETCH(cv::Mat, data);
    QFETCH(cv::Rect2d, region);
    QFETCH(double, entropy);
    QFETCH(double, centroidX);
    QFETCH(double, centroidY);
    QFETCH(double, peakX);
    QFETCH(double, peakY);
    QFETCH(double, mass);
    AttentionMap map;
    map.data = data;
    map.region = region;
    const FrameStats stats = computeFrameStats(map, cv::Size(64, 48));
    QVERIFY2(std::abs(stats.entropy - entropy) < 1e-6, qPrintable(QString::number(stats.entropy)));
    QVERIFY(std::abs(stats.centroid.x - centroidX) < 1e-6);
    QVERIFY(std::abs(stats.centroid.y - centroidY) < 1e-6);
    QVERIFY(std::abs(stats.peakPos.x - peakX) < 1e-6);
    QVERIFY(std::abs(stats.peakPos.y - peakY) < 1e-6);
    QVERIFY(std::abs(stats.mass - mass) < 1e-6);
    double maxValue = 0.0;
    cv::minMaxLoc(data, nullptr, &maxValue);
    QVERIFY(std::abs(stats.peak - maxValue) < 1e-6);
    QVERIFY(std::abs(frameScore(stats, FrameScore::Focus) - (1.0 - entropy)) < 1e-6);
}

void TestVideoPipeline::temporalAttentionIsASoftmax_data() {
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<std::vector<double>>("expected");
    const double ln2 = std::log(2.0);
    const double e = std::exp(1.0);
    QTest::newRow("ln2 at T=1") << std::vector<double>{0.0, ln2} << 1.0
                                << std::vector<double>{1.0 / 3, 2.0 / 3};
    QTest::newRow("ln2 at T=0.5") << std::vector<double>{0.0, ln2} << 0.5 << std::vector<double>{0.2, 0.8};
    QTest::newRow("large scores stay finite")
        << std::vector<double>{1000.0, 1001.0} << 1.0 << std::vector<double>{1 / (1 + e), e / (1 + e)};
    QTest::newRow("cold picks the top")
        << std::vector<double>{0.1, 0.2, 0.15} << 1e-6 << std::vector<double>{0.0, 1.0, 0.0};
    QTest::newRow("hot is uniform") << std::vector<double>{0.1, 0.2, 0.15} << 1e6
                                    << std::vector<double>{1.0 / 3, 1.0 / 3, 1.0 / 3};
    QTest::newRow("empty") << std::vector<double>{} << 1.0 << std::vector<double>{};
}

void TestVideoPipeline::temporalAttentionIsASoftmax() {
    QFETCH(std::vector<double>, scores);
    QFETCH(double, temperature);
    QFETCH(std::vector<double>, expected);
    const std::vector<double> weights = temporalAttention(scores, temperature);
    QCOMPARE(weights.size(), expected.size());
    double sum = 0.0;
    for (size_t i = 0; i < weights.size(); ++i) {
        QVERIFY2(std::abs(weights[i] - expected[i]) < 1e-6, qPrintable(QString::number(weights[i])));
        sum += weights[i];
    }
    if (!weights.empty())
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
}

void TestVideoPipeline::temperatureMustBePositive() {
    for (double t : {0.0, -1.0, std::nan("")}) {
        try {
            temporalAttention({1.0, 2.0}, t);
            QFAIL("a bad temperature was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY(e.message().contains("temperature"));
        }
    }
}

void TestVideoPipeline::scoreNamesRoundTrip() {
    for (FrameScore score : {FrameScore::Focus, FrameScore::Mass, FrameScore::Peak})
        QCOMPARE(frameScoreFromString(toString(score)), std::optional<FrameScore>(score));
    QVERIFY(!frameScoreFromString("loudness"));
}

namespace {

FrameAnalysisPtr analysisOf(int frame, cv::Size mapSize = {8, 6}) {
    auto analysis = std::make_shared<FrameAnalysis>();
    analysis->frame = frame;
    analysis->map.data = cv::Mat::zeros(mapSize, CV_32F);
    return analysis;
}

} // namespace

void TestVideoPipeline::cacheKeepsTheMostRecentlyUsed() {
    FrameCache cache(3);
    for (int i = 0; i < 3; ++i)
        cache.insert(analysisOf(i));
    QVERIFY(cache.find(0)); // 0 becomes the most recently used; 1 is now the oldest
    cache.insert(analysisOf(3));
    QCOMPARE(cache.size(), size_t(3));
    QVERIFY(cache.find(0));
    QVERIFY(!cache.find(1));
    QVERIFY(cache.find(2));
    QVERIFY(cache.find(3));
    for (int i = 4; i < 100; ++i)
        cache.insert(analysisOf(i));
    QCOMPARE(cache.size(), size_t(3));
    QVERIFY(cache.find(99) && cache.find(98) && cache.find(97));
    cache.insert(analysisOf(98)); // replacing keeps the count
    QCOMPARE(cache.size(), size_t(3));
    cache.clear();
    QCOMPARE(cache.size(), size_t(0));
    QCOMPARE(cache.bytes(), size_t(0));
}

void TestVideoPipeline::cacheIsBoundedByBytes() {
    const size_t one = analysisOf(0, {100, 100})->bytes();
    FrameCache cache(1000, one * 5 / 2);
    for (int i = 0; i < 10; ++i)
        cache.insert(analysisOf(i, {100, 100}));
    QCOMPARE(cache.size(), size_t(2));
    QVERIFY(cache.bytes() <= one * 5 / 2);
    QVERIFY(cache.find(9) && cache.find(8));
}

void TestVideoPipeline::everyNthFrameIsAnalysed_data() {
    QTest::addColumn<int>("every");
    QTest::newRow("every frame") << 1;
    QTest::newRow("every 3rd") << 3;
    QTest::newRow("every 7th") << 7;
    QTest::newRow("only the first") << 50;
}

void TestVideoPipeline::everyNthFrameIsAnalysed() {
    QFETCH(int, every);
    auto model = std::make_shared<IndexModel>();
    FrameAnalyzer analyzer(model, {}, AnalysisOptions{every, 8, {}});
    VideoReader reader = VideoReader::open(m_clip);
    std::vector<int> sunk;
    const std::vector<FrameStats> stats =
        analyzeVideo(reader, analyzer, nullptr, RunControl(),
                     [&](int frame, const cv::Mat& bgr, const FrameAnalysisPtr& latest) {
                         QCOMPARE(decodeFrameIndex(bgr), frame);
                         QVERIFY(latest);
                         QCOMPARE(latest->frame, frame / every * every); // the latest analysed frame is held
                         sunk.push_back(frame);
                     });
    QCOMPARE(sunk.size(), size_t(20));
    const size_t expected = size_t((20 + every - 1) / every);
    QCOMPARE(stats.size(), expected);
    QCOMPARE(model->runs().size(), expected);
    for (size_t i = 0; i < stats.size(); ++i) {
        const int frame = int(i) * every;
        QCOMPARE(stats[i].frame, frame);
        QVERIFY(std::abs(stats[i].timeSec - frame / 10.0) < 1e-9);
        QVERIFY(std::abs(stats[i].centroid.x - ((frame % 8) + 0.5) * 8) < 1e-6);
        QVERIFY(std::abs(stats[i].centroid.y - 20.0) < 1e-6);
        QVERIFY(stats[i].entropy < 1e-9);
    }
}

void TestVideoPipeline::cachedFramesAreNotRecomputed() {
    auto model = std::make_shared<IndexModel>();
    FrameCache cache(64);
    FrameAnalyzer analyzer(model, {}, AnalysisOptions{2, 8, {}});
    VideoReader first = VideoReader::open(m_clip);
    analyzeVideo(first, analyzer, &cache, RunControl());
    QCOMPARE(model->runs().size(), size_t(10));
    QCOMPARE(cache.size(), size_t(10));
    VideoReader second = VideoReader::open(m_clip);
    const auto stats = analyzeVideo(second, analyzer, &cache, RunControl());
    QCOMPARE(stats.size(), size_t(10));
    QCOMPARE(model->runs().size(), size_t(10)); // all hits

    FrameCache small(3);
    VideoReader third = VideoReader::open(m_clip);
    analyzeVideo(third, analyzer, &small, RunControl());
    QCOMPARE(small.size(), size_t(3)); // never the whole video
    QVERIFY(small.find(18) && small.find(16) && small.find(14));
}

void TestVideoPipeline::videoModelsGetPreviousFrames() {
    auto model = std::make_shared<IndexModel>(QList<Modality>{Modality::Video});
    FrameAnalyzer analyzer(model, {}, AnalysisOptions{1, 3, {}});
    QVERIFY(analyzer.usesFrames());
    VideoReader reader = VideoReader::open(m_clip);
    analyzeVideo(reader, analyzer, nullptr, RunControl());
    const auto histories = model->histories();
    QCOMPARE(histories.size(), size_t(20));
    QCOMPARE(histories[0], (std::vector<int>{0}));
    QCOMPARE(histories[1], (std::vector<int>{0, 1}));
    QCOMPARE(histories[5], (std::vector<int>{2, 3, 4, 5}));
    QCOMPARE(histories[19], (std::vector<int>{16, 17, 18, 19}));

    auto imageModel = std::make_shared<IndexModel>();
    FrameAnalyzer imageAnalyzer(imageModel, {}, AnalysisOptions{1, 3, {}});
    QVERIFY(!imageAnalyzer.usesFrames());
    VideoReader again = VideoReader::open(m_clip);
    analyzeVideo(again, imageAnalyzer, nullptr, RunControl());
    QVERIFY(imageModel->histories()[5].empty());
}

void TestVideoPipeline::pipelineRunsOffTheCallingThread() {
    auto model = std::make_shared<IndexModel>(QList<Modality>{Modality::Image}, 5);
    std::atomic<int> calls{0};
    std::atomic<bool> onCaller{false};
    const auto caller = std::this_thread::get_id();
    std::atomic<bool> done{false};
    VideoPipeline pipeline(
        {m_clip, model, {}, AnalysisOptions{1, 8, {}}, std::make_shared<FrameCache>(4)}, RunControl(),
        [&](const FrameStats&) {
            ++calls;
            onCaller = onCaller || std::this_thread::get_id() == caller;
        },
        [&](const std::optional<Error>& error) { done = !error.has_value(); });
    pipeline.start();
    pipeline.wait();
    QVERIFY(done);
    QVERIFY(!onCaller);
    QCOMPARE(calls.load(), 20);
    QCOMPARE(pipeline.stats().size(), size_t(20));
    QVERIFY(!pipeline.isRunning());
}

void TestVideoPipeline::pipelineCancels() {
    auto model = std::make_shared<IndexModel>(QList<Modality>{Modality::Image}, 30);
    RunControl control;
    VideoPipeline pipeline({m_clip, model, {}, AnalysisOptions{}, nullptr}, control,
                           [control](const FrameStats& stats) {
                               if (stats.frame == 2)
                                   control.cancel();
                           });
    pipeline.start();
    try {
        pipeline.wait();
        QFAIL("a cancelled pipeline reported success");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
    QVERIFY(pipeline.stats().size() < 20);
}

void TestVideoPipeline::motionSaliencyFindsTheMovingSquare() {
    PluginRegistry registry;
    PluginRegistry::Options options;
    options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
    options.useDefaultDirs = false;
    registry.load(options);
    const auto model = registry.model(QStringLiteral("saliency.motion"));
    QVERIFY2(model, "saliency.motion is not offered by the saliency plugin");
    QVERIFY(model->modalities().contains(Modality::Video));

    // A textured static scene with a bright square moving 4 px per frame to the right.
    cv::Mat background(120, 160, CV_8UC3);
    cv::randu(background, cv::Scalar::all(60), cv::Scalar::all(100));
    cv::GaussianBlur(background, background, cv::Size(5, 5), 0);
    ModelInput input;
    input.modality = Modality::Video;
    cv::Rect square;
    for (int i = 0; i < 9; ++i) {
        cv::Mat frame = background.clone();
        square = cv::Rect(30 + 4 * i, 50, 20, 20);
        cv::rectangle(frame, square, cv::Scalar(250, 250, 250), cv::FILLED);
        input.frames.push_back(frame);
    }
    input.image = input.frames.back();
    const ModelResult result = runModel(*model, input, {});
    const AttentionMap* map = result.finalMap();
    QVERIFY(map);
    const FrameStats stats = computeFrameStats(*map, input.image.size());
    const cv::Point2d centre(square.x + square.width / 2.0, square.y + square.height / 2.0);
    QVERIFY2(cv::norm(stats.centroid - centre) < 25.0,
             qPrintable(QStringLiteral("centroid %1,%2").arg(stats.centroid.x).arg(stats.centroid.y)));
    const double moving = result.scalars.value("moving_fraction").toDouble();
    QVERIFY2(moving > 0.0 && moving < 0.25, qPrintable(QString::number(moving)));

    // One frame: nothing can have moved.
    ModelInput still;
    still.modality = Modality::Video;
    still.image = background;
    still.frames = {background};
    const ModelResult none = runModel(*model, still, {});
    QCOMPARE(none.scalars.value("moving_fraction").toDouble(), 0.0);
}

QTEST_GUILESS_MAIN(TestVideoPipeline)
#include "tst_videopipeline.moc"
