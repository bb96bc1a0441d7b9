// SPDX-License-Identifier: MIT
// The fingerprint pipeline on analytic prints with known orientation, period, minutiae and singular points,
// on the generator's prints, and its failure paths.
#include "FingerprintTestImages.h"

#include "attentionlens/Error.h"
#include "attentionlens/FingerprintAnalysis.h"
#include "attentionlens/FingerprintGenerator.h"

#include <QJsonArray>
#include <QtTest>
#include <opencv2/imgproc.hpp>

using namespace al;
using namespace al::fp;
using al::test::kPi;

namespace {

double axialDiff(double a, double b) {
    double d = std::fmod(std::fabs(a - b), kPi);
    return d > kPi / 2 ? kPi - d : d;
}

double circularDiff(double a, double b) {
    double d = std::fmod(std::fabs(a - b), 2 * kPi);
    return d > kPi ? 2 * kPi - d : d;
}

const Minutia* nearest(const std::vector<Minutia>& m, double x, double y) {
    const Minutia* best = nullptr;
    for (const Minutia& c : m)
        if (!best || std::hypot(c.x - x, c.y - y) < std::hypot(best->x - x, best->y - y))
            best = &c;
    return best;
}

// Pixels inside the mask at least `margin` from its border.
cv::Mat interior(const cv::Mat& mask, int margin) {
    cv::Mat in;
    cv::erode(mask, in,
              cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * margin + 1, 2 * margin + 1)),
              cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    return in;
}

} // namespace

class TestFpAnalysis : public QObject {
    Q_OBJECT
private slots:
    void orientationAndPeriod_data();
    void orientationAndPeriod();
    void minutiaPosition_data();
    void minutiaPosition();
    void singularPointsAndClass_data();
    void singularPointsAndClass();
    void everyStageHasAnImage();
    void dpiResamples();
    void jsonHasTheFeatures();
    void generatedPrintIsAnalysed();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void cancelStops();
};

void TestFpAnalysis::orientationAndPeriod_data() {
    QTest::addColumn<double>("degrees");
    QTest::addColumn<double>("period");
    for (double deg : {0.0, 30.0, 60.0, 90.0, 135.0})
        for (double period : {8.0, 11.0})
            QTest::addRow("%g deg, %g px", deg, period) << deg << period;
}

void TestFpAnalysis::orientationAndPeriod() {
    QFETCH(double, degrees);
    QFETCH(double, period);
    const AnalysisResult r =
        analyzeFingerprint(test::parallelRidges({200, 200}, degrees * kPi / 180.0, period));
    const cv::Mat in = interior(r.features.mask, 12);
    QVERIFY2(cv::countNonZero(in) > 10000, "the finger area was not found");
    QCOMPARE(r.features.mask.at<uchar>(0, 0), uchar(0)); // the white corner is background
    double sumSq = 0.0, periodErr = 0.0;
    int n = 0;
    for (int y = 0; y < in.rows; ++y)
        for (int x = 0; x < in.cols; ++x)
            if (in.at<uchar>(y, x)) {
                const double d = axialDiff(r.features.orientation.at<float>(y, x), degrees * kPi / 180.0);
                sumSq += d * d;
                periodErr += std::fabs(r.features.period.at<float>(y, x) - period);
                ++n;
            }
    const double rmseDeg = std::sqrt(sumSq / n) * 180.0 / kPi;
    QVERIFY2(rmseDeg < 2.0, qPrintable(QString::number(rmseDeg)));
    QVERIFY2(periodErr / n < 0.05 * period, qPrintable(QString::number(periodErr / n)));
    // Parallel ridges have no minutiae and no singular points: an arch.
    QVERIFY2(r.features.minutiae.size() <= 2, qPrintable(QString::number(r.features.minutiae.size())));
    QVERIFY(r.features.singularPoints.empty());
    QCOMPARE(r.features.fingerprintClass, FingerprintClass::Arch);
}

void TestFpAnalysis::minutiaPosition_data() {
    QTest::addColumn<double>("degrees");
    QTest::addColumn<bool>("flip");
    for (double deg : {0.0, 45.0, 100.0, 180.0, 290.0})
        for (bool flip : {false, true})
            QTest::addRow("%g deg %s", deg, flip ? "flipped" : "plain") << deg << flip;
}

void TestFpAnalysis::minutiaPosition() {
    QFETCH(double, degrees);
    QFETCH(bool, flip);
    const double angle = degrees * kPi / 180.0;
    const AnalysisResult r = analyzeFingerprint(test::minutiaPrint({200, 200}, angle, 10.0, flip));
    const Minutia* m = nearest(r.features.minutiae, 100.0, 100.0);
    QVERIFY2(m, "no minutia found");
    QVERIFY2(std::hypot(m->x - 100.0, m->y - 100.0) <= 6.0,
             qPrintable(QStringLiteral("at %1,%2").arg(m->x).arg(m->y)));
    QVERIFY2(circularDiff(m->angle, angle) <= 20.0 * kPi / 180.0,
             qPrintable(QStringLiteral("angle %1").arg(m->angle * 180.0 / kPi)));
    QVERIFY2(r.features.minutiae.size() <= 2, qPrintable(QString::number(r.features.minutiae.size())));
    // Swapping ridges and valleys turns an ending into a bifurcation at the same place and direction
    // (the ISO/IEC 19794-2 duality).
    const AnalysisResult dual = analyzeFingerprint(test::minutiaPrint({200, 200}, angle, 10.0, !flip));
    const Minutia* d = nearest(dual.features.minutiae, 100.0, 100.0);
    QVERIFY(d);
    QVERIFY(d->type != m->type);
    QVERIFY(m->type != MinutiaType::Other && d->type != MinutiaType::Other);
}

void TestFpAnalysis::singularPointsAndClass_data() {
    QTest::addColumn<int>("opening");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("minCores");
    QTest::newRow("rings: whorl") << 0 << int(FingerprintClass::Whorl) << 2;
    QTest::newRow("hairpins opening left") << -1 << int(FingerprintClass::LeftLoop) << 1;
    QTest::newRow("hairpins opening right") << 1 << int(FingerprintClass::RightLoop) << 1;
}

void TestFpAnalysis::singularPointsAndClass() {
    QFETCH(int, opening);
    QFETCH(int, cls);
    QFETCH(int, minCores);
    const AnalysisResult r = analyzeFingerprint(test::loopPrint({240, 240}, opening, 10.0));
    int cores = 0;
    for (const SingularPoint& p : r.features.singularPoints) {
        QCOMPARE(p.type, SingularType::Core);
        QVERIFY2(std::hypot(p.x - 120.0, p.y - 120.0) < 12.0,
                 qPrintable(QStringLiteral("%1,%2").arg(p.x).arg(p.y)));
        ++cores;
    }
    QVERIFY2(cores >= minCores, qPrintable(QString::number(cores)));
    QCOMPARE(int(r.features.fingerprintClass), cls);
}

void TestFpAnalysis::everyStageHasAnImage() {
    const AnalysisResult r = analyzeFingerprint(test::minutiaPrint({160, 160}, 1.0, 9.0, false));
    const QStringList expected{
        QStringLiteral("input"),       QStringLiteral("segmentation"), QStringLiteral("normalized"),
        QStringLiteral("orientation"), QStringLiteral("coherence"),    QStringLiteral("frequency"),
        QStringLiteral("quality"),     QStringLiteral("enhanced"),     QStringLiteral("binary"),
        QStringLiteral("skeleton"),    QStringLiteral("minutiae"),     QStringLiteral("singular")};
    QStringList ids;
    for (const AnalysisStage& s : r.stages) {
        ids << s.id;
        QCOMPARE(s.image.type(), CV_8UC3);
        QCOMPARE(s.image.size(), r.gray.size());
        QVERIFY(!s.title.isEmpty());
        QVERIFY(s.explanation.endsWith(QLatin1Char('.')));
        if (!s.values.empty()) {
            QCOMPARE(s.values.type(), CV_32F);
            QCOMPARE(s.values.size(), r.gray.size());
        }
    }
    QCOMPARE(ids, expected);
    QVERIFY(r.stage(QStringLiteral("quality")));
    QVERIFY(!r.stage(QStringLiteral("nope")));
    double sum = 0.0;
    for (const StageTiming& t : r.timings)
        sum += t.ms;
    QVERIFY(std::fabs(sum - r.totalMs) < 1e-6);
    double qmin = 0.0, qmax = 0.0;
    cv::minMaxLoc(r.quality, &qmin, &qmax);
    QVERIFY(qmin >= 0.0 && qmax <= 4.0);
    QCOMPARE(qmax, 4.0);
    QVERIFY(r.fingerQuality > 40 && r.fingerQuality <= 100);
}

void TestFpAnalysis::dpiResamples() {
    // A 1000 dpi scan of 10 px ridges is a 500 ppi print of 5 px ridges at half the size.
    AnalysisOptions options;
    options.dpi = 1000.0;
    const AnalysisResult r = analyzeFingerprint(test::parallelRidges({320, 320}, 0.5, 16.0), options);
    QCOMPARE(r.gray.size(), cv::Size(160, 160));
    QCOMPARE(r.scale, 0.5);
    const cv::Mat in = interior(r.features.mask, 8);
    QVERIFY(cv::countNonZero(in) > 1000);
    QVERIFY2(std::fabs(cv::mean(r.features.period, in)[0] - 8.0) < 0.5,
             qPrintable(QString::number(cv::mean(r.features.period, in)[0])));
}

void TestFpAnalysis::jsonHasTheFeatures() {
    const AnalysisResult r = analyzeFingerprint(test::loopPrint({240, 240}, -1, 10.0));
    const QJsonObject json = analysisToJson(r);
    QCOMPARE(json.value(QStringLiteral("width")).toInt(), 240);
    QCOMPARE(json.value(QStringLiteral("minutiae")).toArray().size(), qsizetype(r.features.minutiae.size()));
    QCOMPARE(json.value(QStringLiteral("singularPoints")).toArray().size(),
             qsizetype(r.features.singularPoints.size()));
    QCOMPARE(json.value(QStringLiteral("stages")).toArray().size(), qsizetype(r.stages.size()));
    QVERIFY(json.value(QStringLiteral("timingsMs")).toObject().contains(QStringLiteral("enhanced")));
    const FingerprintTruth back = truthFromJson(json); // the generator's truth format
    QCOMPARE(back.fingerprintClass, FingerprintClass::LeftLoop);
    QCOMPARE(back.minutiae.size(), r.features.minutiae.size());
}

void TestFpAnalysis::generatedPrintIsAnalysed() {
    const GeneratedImpression g = generatePrint(FingerprintClass::RightLoop, 7, cv::Size(320, 320), true);
    const AnalysisResult r = analyzeFingerprint(g.image);
    QCOMPARE(r.features.fingerprintClass, g.truth.fingerprintClass);
    // Orientation away from the singular points and the border.
    cv::Mat in = interior(r.features.mask & g.truth.mask, 10);
    for (const SingularPoint& p : g.truth.singularPoints)
        cv::circle(in, cv::Point2d(p.x, p.y), 24, cv::Scalar(0), cv::FILLED);
    double sumSq = 0.0;
    int n = 0;
    for (int y = 0; y < in.rows; y += 2)
        for (int x = 0; x < in.cols; x += 2)
            if (in.at<uchar>(y, x)) {
                const double d =
                    axialDiff(r.features.orientation.at<float>(y, x), g.truth.orientation.at<float>(y, x));
                sumSq += d * d;
                ++n;
            }
    QVERIFY(n > 1000);
    QVERIFY2(std::sqrt(sumSq / n) * 180.0 / kPi < 8.0,
             qPrintable(QString::number(std::sqrt(sumSq / n) * 180.0 / kPi)));
    // At least half of the true minutiae are found within 16 px and 30 degrees.
    int found = 0;
    for (const Minutia& t : g.truth.minutiae) {
        for (const Minutia& m : r.features.minutiae)
            if (std::hypot(m.x - t.x, m.y - t.y) <= 16.0 && circularDiff(m.angle, t.angle) <= kPi / 6) {
                ++found;
                break;
            }
    }
    QVERIFY2(found * 2 >= int(g.truth.minutiae.size()),
             qPrintable(QStringLiteral("%1 of %2").arg(found).arg(g.truth.minutiae.size())));
}

void TestFpAnalysis::rejectsBadInput_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << 0 << 500.0 << QStringLiteral("empty");
    QTest::newRow("tiny") << 40 << 500.0 << QStringLiteral("64..4096");
    QTest::newRow("dpi too low") << 200 << 50.0 << QStringLiteral("100..2000");
    QTest::newRow("tiny after resampling") << 200 << 2000.0 << QStringLiteral("64..4096");
}

void TestFpAnalysis::rejectsBadInput() {
    QFETCH(int, width);
    QFETCH(double, dpi);
    QFETCH(QString, message);
    const cv::Mat image = width > 0 ? cv::Mat(width, width, CV_8U, cv::Scalar(128)) : cv::Mat();
    AnalysisOptions options;
    options.dpi = dpi;
    try {
        analyzeFingerprint(image, options);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestFpAnalysis::cancelStops() {
    RunControl control;
    control.cancel();
    try {
        analyzeFingerprint(test::parallelRidges({128, 128}, 0.0, 9.0), {}, control);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
}

QTEST_GUILESS_MAIN(TestFpAnalysis)
#include "tst_fpanalysis.moc"
