// SPDX-License-Identifier: MIT
// Itti-Koch-Niebur internals: the N(.) operator and the pop-out behaviour of each conspicuity map.
#include "IttiKoch.h"
#include "IttiKochInternal.h"
#include "SaliencyScenes.h"
#include "attentionlens/Error.h"

#include <QtTest>

using namespace al;
using namespace al::saliency::test;
namespace itti = al::saliency::itti;

namespace {

const cv::Size kSize(640, 480);
// A dense display (80 px pitch): the coarse surrounds then hold several neighbours, as in pop-out
// experiments.
constexpr int kCols = 8;
constexpr int kRows = 6;

// A map of `count` equal Gaussian bumps of height `height` on a weak noise floor.
cv::Mat bumps(int count, float height, unsigned seed = 3) {
    cv::Mat map(60, 80, CV_32F);
    cv::RNG rng(seed);
    rng.fill(map, cv::RNG::UNIFORM, 0.0, 0.02);
    for (int i = 0; i < count; ++i) {
        const cv::Point at(10 + (i % 4) * 20, 12 + (i / 4) * 24);
        cv::Mat bump(map.size(), CV_32F, cv::Scalar(0));
        bump.at<float>(at) = 1.f;
        cv::GaussianBlur(bump, bump, cv::Size(), 2.0);
        double maxValue = 0.0;
        cv::minMaxLoc(bump, nullptr, &maxValue);
        map += bump * (height / maxValue);
    }
    return map;
}

ModelResult runItti(const cv::Mat& image, const ParamValues& params = {}, const RunControl& control = {}) {
    ModelInput input;
    input.image = image;
    return saliency::createIttiKochModel()->run(input, params, control);
}

const cv::Mat& mapData(const ModelResult& result, const QString& name) {
    for (const AttentionMap& map : result.maps)
        if (map.name == name)
            return map.data;
    static const cv::Mat none;
    return none;
}

} // namespace

class TestIttiKoch : public QObject {
    Q_OBJECT

private slots:
    void normalizationPromotesSinglePeak_data();
    void normalizationPromotesSinglePeak();
    void normalizationOfFlatMapIsZero();
    void acrossScaleDifferenceIsAtCentreScale();
    void popOut_data();
    void popOut();
    void colourPopOutIsMoreConspicuousInColourThanOrientation_data();
    void colourPopOutIsMoreConspicuousInColourThanOrientation();
    void featureMapsAreNamedAndScaled();
    void orientationChannelMatchesBarAngle_data();
    void orientationChannelMatchesBarAngle();
    void colourOnlyWeightsFollowColour();
    void zeroWeightsAreBadInput();
    void cancellationBetweenStages_data();
    void cancellationBetweenStages();
};

void TestIttiKoch::normalizationPromotesSinglePeak_data() {
    QTest::addColumn<int>("peaks");
    QTest::newRow("2 equal peaks") << 2;
    QTest::newRow("4 equal peaks") << 4;
    QTest::newRow("8 equal peaks") << 8;
}

void TestIttiKoch::normalizationPromotesSinglePeak() {
    QFETCH(int, peaks);
    const cv::Mat single = itti::normalizeN(bumps(1, 1.f));
    const cv::Mat many = itti::normalizeN(bumps(peaks, 1.f));
    double singleMax = 0.0, manyMax = 0.0;
    cv::minMaxLoc(single, nullptr, &singleMax);
    cv::minMaxLoc(many, nullptr, &manyMax);
    QVERIFY2(singleMax > 0.9, qPrintable(QString::number(singleMax))); // (M - 0)^2 with M = 1
    QVERIFY2(manyMax < 0.1 * singleMax, qPrintable(QString("%1 vs %2").arg(manyMax).arg(singleMax)));
    // One peak much stronger than the others survives, weaker by the mean of the others.
    cv::Mat dominant = bumps(peaks, 0.4f);
    dominant += bumps(1, 0.6f);
    double dominantMax = 0.0;
    cv::minMaxLoc(itti::normalizeN(dominant), nullptr, &dominantMax);
    QVERIFY(dominantMax > manyMax && dominantMax < singleMax);
}

void TestIttiKoch::normalizationOfFlatMapIsZero() {
    const cv::Mat flat(30, 40, CV_32F, cv::Scalar(0.7));
    QCOMPARE(cv::countNonZero(itti::normalizeN(flat)), 0);
}

void TestIttiKoch::acrossScaleDifferenceIsAtCentreScale() {
    const cv::Mat centre(40, 60, CV_32F, cv::Scalar(0.25));
    const cv::Mat surround(5, 8, CV_32F, cv::Scalar(1.0));
    const cv::Mat diff = itti::acrossScaleDifference(centre, surround);
    QCOMPARE(diff.size(), centre.size());
    QVERIFY(std::abs(cv::mean(diff)[0] - 0.75) < 1e-5);
}

void TestIttiKoch::popOut_data() {
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QPoint>("cell");
    for (const QString& feature : {"colour", "orientation", "intensity"})
        for (const QPoint& cell : {QPoint(1, 1), QPoint(6, 4), QPoint(0, 5), QPoint(7, 0)})
            QTest::addRow("%s odd item in cell %d,%d", qPrintable(feature), cell.x(), cell.y())
                << feature << cell;
}

// The conspicuity map of the odd feature peaks on the odd item (and so does the saliency map).
void TestIttiKoch::popOut() {
    QFETCH(QString, feature);
    QFETCH(QPoint, cell);
    const cv::Point odd(cell.x(), cell.y());
    cv::Mat image;
    if (feature == "colour") // red among green, equal (r+g+b)/3, all vertical
        image = barScene(kSize, odd, cv::Scalar(0, 255, 0), 90, cv::Scalar(0, 0, 255), 90, kCols, kRows);
    else if (feature == "orientation") // one 45-degree bar among vertical ones, all white
        image = barScene(kSize, odd, cv::Scalar::all(200), 90, cv::Scalar::all(200), 45, kCols, kRows);
    else // one bright disc among dim ones
        image = discScene(kSize, odd, cv::Scalar::all(90), cv::Scalar::all(250), 22, kCols, kRows);
    const ModelResult result = runItti(image);
    const cv::Point target = gridCentre(kSize, kCols, kRows, odd.x, odd.y);
    const double tolerance = 24 + 16; // item half-size + one cell at scale 4
    for (const QString& name : {"conspicuity/" + feature, QString("saliency")}) {
        const cv::Mat& map = mapData(result, name);
        QVERIFY2(!map.empty(), qPrintable(name));
        const cv::Point2d peak = peakInInput(map, kSize);
        QVERIFY2(distance(peak, target) <= tolerance,
                 qPrintable(QString("%1 peaks at (%2, %3), the odd item is at (%4, %5)")
                                .arg(name)
                                .arg(peak.x)
                                .arg(peak.y)
                                .arg(target.x)
                                .arg(target.y)));
    }
}

void TestIttiKoch::colourPopOutIsMoreConspicuousInColourThanOrientation_data() {
    QTest::addColumn<QPoint>("cell");
    QTest::newRow("cell 1,1") << QPoint(1, 1);
    QTest::newRow("cell 5,3") << QPoint(5, 3);
    QTest::newRow("cell 7,5") << QPoint(7, 5);
}

void TestIttiKoch::colourPopOutIsMoreConspicuousInColourThanOrientation() {
    QFETCH(QPoint, cell);
    const cv::Mat image = barScene(kSize, {cell.x(), cell.y()}, cv::Scalar(0, 255, 0), 90,
                                   cv::Scalar(0, 0, 255), 90, kCols, kRows);
    const ModelResult result = runItti(image);
    const double colour = peakToMean(mapData(result, "conspicuity/colour"));
    const double orientation = peakToMean(mapData(result, "conspicuity/orientation"));
    QVERIFY2(colour > orientation,
             qPrintable(QString("colour %1, orientation %2").arg(colour).arg(orientation)));
}

void TestIttiKoch::featureMapsAreNamedAndScaled() {
    const cv::Mat image = barScene(kSize, {2, 2}, cv::Scalar(0, 255, 0), 90, cv::Scalar(0, 0, 255), 45);
    const ModelResult result = runItti(image);
    int features = 0;
    for (const AttentionMap& map : result.maps)
        if (map.name.startsWith("feature/")) {
            ++features;
            QCOMPARE(map.group, QString("Feature maps"));
        }
    QCOMPARE(features, 42);
    // Feature maps sit at their centre scale: level 2 is a quarter of the input per side.
    const cv::Mat& c2 = mapData(result, "feature/orientation/45/c2s5");
    QCOMPARE(c2.size(), cv::Size(160, 120));
    QCOMPARE(mapData(result, "feature/rg/c3s6").size(), cv::Size(80, 60));
    QCOMPARE(mapData(result, "feature/intensity/c4s8").size(), cv::Size(40, 30));
    QCOMPARE(mapData(result, "saliency").size(), cv::Size(40, 30));
    QCOMPARE(mapData(result, "conspicuity/colour").size(), cv::Size(40, 30));
}

void TestIttiKoch::orientationChannelMatchesBarAngle_data() {
    QTest::addColumn<int>("angle");
    for (int angle : {0, 45, 90, 135})
        QTest::addRow("%d degrees", angle) << angle;
}

// Angles are counter-clockwise from horizontal as seen on screen: "/" is 45 degrees, "\\" is 135.
void TestIttiKoch::orientationChannelMatchesBarAngle() {
    QFETCH(int, angle);
    cv::Mat image(kSize, CV_8UC3, cv::Scalar::all(0));
    const cv::Point centre(320, 240);
    drawBar(image, centre, angle, cv::Size2f(10.f, 64.f), cv::Scalar::all(220));
    const ModelResult result = runItti(image);
    int best = -1;
    float bestValue = -1.f;
    for (int channel : {0, 45, 90, 135}) {
        const cv::Mat& map = mapData(result, QString("feature/orientation/%1/c2s5").arg(channel));
        QVERIFY(!map.empty());
        const float value = map.at<float>(centre.y / 4, centre.x / 4); // scale 2
        if (value > bestValue) {
            bestValue = value;
            best = channel;
        }
    }
    QCOMPARE(best, angle);
}

void TestIttiKoch::colourOnlyWeightsFollowColour() {
    // A bright odd disc elsewhere competes with the red one; with colour weight only, the red disc wins.
    cv::Mat image = discScene(kSize, {1, 2}, cv::Scalar(0, 160, 0), cv::Scalar(0, 0, 160), 22, kCols, kRows);
    const cv::Point bright = gridCentre(kSize, kCols, kRows, 5, 0);
    cv::circle(image, bright, 22, cv::Scalar::all(255), cv::FILLED);
    const ModelResult result =
        runItti(image, {{"weight_intensity", 0.0}, {"weight_color", 1.0}, {"weight_orientation", 0.0}});
    const cv::Point2d peak = peakInInput(mapData(result, "saliency"), kSize);
    QVERIFY2(distance(peak, gridCentre(kSize, kCols, kRows, 1, 2)) <= 40,
             qPrintable(QString("peak at (%1, %2)").arg(peak.x).arg(peak.y)));
}

void TestIttiKoch::zeroWeightsAreBadInput() {
    const cv::Mat image = discScene({160, 120}, {1, 1}, cv::Scalar(0, 160, 0), cv::Scalar(0, 0, 160), 8);
    try {
        runItti(image, {{"weight_intensity", 0.0}, {"weight_color", 0.0}, {"weight_orientation", 0.0}});
        QFAIL("expected al::Error");
    } catch (const Error& e) {
        QVERIFY(e.code() == ErrorCode::BadInput);
        QVERIFY2(e.message().contains("weight_color"), qPrintable(e.message()));
    }
}

void TestIttiKoch::cancellationBetweenStages_data() {
    QTest::addColumn<int>("cancelAtReport");
    QTest::newRow("after pyramids") << 1;
    QTest::newRow("during colour") << 3;
    QTest::newRow("during orientation") << 4;
}

// Cancelling from the progress callback stops the run at the next stage boundary.
void TestIttiKoch::cancellationBetweenStages() {
    QFETCH(int, cancelAtReport);
    int reports = 0;
    RunControl control;
    control = RunControl([&](double, const QString&) {
        if (++reports == cancelAtReport)
            control.cancel();
    });
    const cv::Mat image = barScene(kSize, {2, 2}, cv::Scalar::all(200), 90, cv::Scalar::all(200), 45);
    try {
        runItti(image, {}, control);
        QFAIL("expected al::Error(Cancelled)");
    } catch (const Error& e) {
        QVERIFY(e.code() == ErrorCode::Cancelled);
    }
    QCOMPARE(reports, cancelAtReport);
}

QTEST_GUILESS_MAIN(TestIttiKoch)
#include "tst_ittikoch.moc"
