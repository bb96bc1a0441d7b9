// SPDX-License-Identifier: MIT
// Metrics of the fingerprint evaluation on hand-made inputs, and one small run of the whole evaluation.
#include "attentionlens/Error.h"
#include "attentionlens/FingerprintEvaluation.h"

#include <QJsonArray>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace al::fp;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

Minutia minutia(double x, double y, double angleDegrees) {
    return {x, y, angleDegrees * kDeg, MinutiaType::Ending, 1.0};
}

} // namespace

class TestFpEvaluation : public QObject {
    Q_OBJECT
private slots:
    void angleDifferences_data() {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("axial");
        QTest::addColumn<double>("direction");
        QTest::newRow("equal") << 30.0 << 30.0 << 0.0 << 0.0;
        QTest::newRow("small") << 10.0 << 25.0 << 15.0 << 15.0;
        QTest::newRow("axial wrap") << 179.0 << 1.0 << 2.0 << 178.0;
        QTest::newRow("opposite") << 0.0 << 180.0 << 0.0 << 180.0;
        QTest::newRow("perpendicular") << 0.0 << 90.0 << 90.0 << 90.0;
        QTest::newRow("direction wrap") << 350.0 << 10.0 << 20.0 << 20.0;
    }
    void angleDifferences() {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, axial);
        QFETCH(double, direction);
        QVERIFY(std::abs(axialAngleDifference(a * kDeg, b * kDeg) / kDeg - axial) < 1e-9);
        QVERIFY(std::abs(directionDifference(a * kDeg, b * kDeg) / kDeg - direction) < 1e-9);
    }

    void orientationRmse() {
        cv::Mat truth(20, 30, CV_32F, cv::Scalar(float(179.0 * kDeg)));
        cv::Mat estimate(20, 30, CV_32F, cv::Scalar(float(3.0 * kDeg))); // 4 degrees across the wrap
        estimate(cv::Rect(0, 0, 30, 10)).setTo(float(169.0 * kDeg));     // 10 degrees on the upper half
        cv::Mat valid(20, 30, CV_8U, cv::Scalar(255));
        auto [rmse, pixels] = orientationRmseDegrees(truth, estimate, valid);
        QCOMPARE(pixels, 600);
        QVERIFY(std::abs(rmse - std::sqrt((16.0 + 100.0) / 2.0)) < 1e-3);
        valid(cv::Rect(0, 0, 30, 10)).setTo(0);
        std::tie(rmse, pixels) = orientationRmseDegrees(truth, estimate, valid);
        QCOMPARE(pixels, 300);
        QVERIFY(std::abs(rmse - 4.0) < 1e-3);
        // An estimate on a coarser grid is resampled to the truth.
        cv::Mat coarse(10, 15, CV_32F, cv::Scalar(float(3.0 * kDeg)));
        std::tie(rmse, pixels) = orientationRmseDegrees(truth, coarse, valid);
        QVERIFY(std::abs(rmse - 4.0) < 1e-3);
    }

    void periodError() {
        const cv::Mat truth(10, 10, CV_32F, cv::Scalar(9.0f));
        cv::Mat estimate(10, 10, CV_32F, cv::Scalar(10.0f));
        estimate.row(0).setTo(0.0f); // no estimate: not scored
        const cv::Mat valid(10, 10, CV_8U, cv::Scalar(255));
        const auto [error, pixels] = meanPeriodError(truth, estimate, valid);
        QCOMPARE(pixels, 90);
        QVERIFY(std::abs(error - 1.0) < 1e-6);
    }

    void evaluationRegionLeavesOutBorderAndSingularPoints() {
        const cv::Mat mask(100, 100, CV_8U, cv::Scalar(255));
        const cv::Mat region = evaluationRegion(mask, 10.0, {{50, 50, SingularType::Core}}, 20.0);
        QCOMPARE(region.at<uchar>(5, 50), uchar(0));  // border (the image edge counts)
        QCOMPARE(region.at<uchar>(50, 60), uchar(0)); // near the core
        QCOMPARE(region.at<uchar>(20, 20), uchar(255));
        QCOMPARE(region.at<uchar>(50, 80), uchar(255));
    }

    void pairingIsOneToOne() {
        const std::vector<Minutia> truth{minutia(10, 10, 0), minutia(12, 10, 0), minutia(100, 100, 90)};
        const std::vector<Minutia> detected{minutia(11, 10, 10), minutia(100, 110, 90), minutia(200, 200, 0)};
        const PairingCounts c = pairMinutiae(truth, detected, 16.0, 30.0 * kDeg);
        QCOMPARE(c.truePositives, 2);
        QCOMPARE(c.falseNegatives, 1);
        QCOMPARE(c.falsePositives, 1);
        QVERIFY(std::abs(c.precision() - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(c.recall() - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(c.f1() - 2.0 / 3.0) < 1e-9);
        QCOMPARE(c.pairs.size(), size_t(2));
    }

    void pairingTolerances_data() {
        QTest::addColumn<double>("dx");
        QTest::addColumn<double>("angle");
        QTest::addColumn<int>("paired");
        QTest::newRow("inside") << 15.9 << 29.0 << 1;
        QTest::newRow("too far") << 16.1 << 0.0 << 0;
        QTest::newRow("angle too large") << 0.0 << 31.0 << 0;
        QTest::newRow("angle across zero") << 0.0 << -25.0 << 1;
        QTest::newRow("opposite direction") << 0.0 << 180.0 << 0;
    }
    void pairingTolerances() {
        QFETCH(double, dx);
        QFETCH(double, angle);
        QFETCH(int, paired);
        const PairingCounts c = pairMinutiae({minutia(50, 50, 0)}, {minutia(50 + dx, 50, angle)});
        QCOMPARE(c.truePositives, paired);
        QCOMPARE(c.falsePositives + c.truePositives, 1);
    }

    void singularPointsNeedTheSameType() {
        const std::vector<SingularPoint> truth{{50, 50, SingularType::Core}, {80, 120, SingularType::Delta}};
        const std::vector<SingularPoint> found{{52, 55, SingularType::Delta}, {82, 118, SingularType::Delta}};
        const PairingCounts c = pairSingularPoints(truth, found, 16.0);
        QCOMPARE(c.truePositives, 1);
        QCOMPARE(c.falseNegatives, 1);
        QCOMPARE(c.falsePositives, 1);
    }

    void errorRates() {
        // Separable scores: no error at any threshold between them.
        ErrorRates r = computeErrorRates({0.9, 0.8, 0.7}, {0.1, 0.2, 0.3, 0.4});
        QCOMPARE(r.eer, 0.0);
        QCOMPARE(r.fmr100, 0.0);
        QCOMPARE(r.genuine, 3);
        QCOMPARE(r.impostor, 4);
        // One genuine below one impostor: at t = 0.5, FNMR = 1/4 and FMR = 1/4.
        r = computeErrorRates({0.9, 0.8, 0.7, 0.2}, {0.1, 0.3, 0.6, 0.05});
        QVERIFY(std::abs(r.eer - 0.25) < 1e-9);
        // FMR <= 1% needs no accepted impostor: the threshold must exceed 0.6, so FNMR = 1/4.
        QVERIFY(std::abs(r.fmr100 - 0.25) < 1e-9);
        QVERIFY(std::abs(r.fmr1000 - 0.25) < 1e-9);
        QVERIFY_THROWS_EXCEPTION(al::Error, computeErrorRates({}, {0.1}));
    }

    void featureScoresAccumulate() {
        FeatureScores s;
        s.orientationSquaredSum = 25.0 * 10 + 100.0 * 30; // 10 pixels at 5 deg, 30 at 10 deg
        s.orientationPixels = 40;
        QVERIFY(std::abs(s.orientationRmse() - std::sqrt(3250.0 / 40.0)) < 1e-9);
        PairingCounts a, b;
        a.truePositives = 3;
        b.falsePositives = 2;
        b.falseNegatives = 1;
        a += b;
        QCOMPARE(a.truePositives, 3);
        QCOMPARE(a.falsePositives, 2);
        QCOMPARE(a.falseNegatives, 1);
    }

    void evaluationWithAnOracleAndABlindAnalyser() {
        // The evaluation generates the prints itself; an analyser that reports nothing must score zero
        // recall, and a matcher that scores every pair alike cannot separate genuine from impostor pairs.
        FingerprintEvaluationOptions o;
        o.fingers = 2;
        o.impressions = 2;
        o.size = {256, 256};
        const AnalyzeFunction blind = [](const cv::Mat& gray) {
            FingerprintTruth t;
            t.fingerprintClass = FingerprintClass::Whorl;
            t.mask = cv::Mat(gray.size(), CV_8U, cv::Scalar(255));
            return t;
        };
        const MatchFunction constant = [](const FingerprintTruth&, const FingerprintTruth&) { return 0.5; };
        const FingerprintEvaluationReport r = evaluateFingerprints(o, blind, constant);
        QCOMPARE(r.clean.prints, 2);
        QCOMPARE(r.impressions.prints, 4);
        QCOMPARE(r.impressions.minutiae.truePositives, 0);
        QCOMPARE(r.impressions.truthMinutiaeByType[0] + r.impressions.truthMinutiaeByType[1],
                 r.impressions.minutiae.falseNegatives);
        QCOMPARE(r.impressions.pairedMinutiaeByType[0], 0);
        QVERIFY(r.impressions.minutiae.falseNegatives > 0);
        QCOMPARE(r.clean.classCorrect, 0); // fingers 0 and 1 are an arch and a tented arch
        QCOMPARE(r.clean.confusion[0][int(FingerprintClass::Whorl)], 1);
        QCOMPARE(r.genuineScores.size(), size_t(2));
        QCOMPARE(r.impostorScores.size(), size_t(1));
        QVERIFY(r.matching.eer >= 0.5);
        QVERIFY(r.meanMasterMinutiae > 0.0);
        const QJsonObject json = fingerprintEvaluationToJson(r);
        QCOMPARE(json.value(QStringLiteral("impressions")).toObject().value(QStringLiteral("prints")).toInt(),
                 4);
        QVERIFY(json.value(QStringLiteral("matching")).toObject().contains(QStringLiteral("fmr1000")));
        QCOMPARE(json.value(QStringLiteral("matching"))
                     .toObject()
                     .value(QStringLiteral("highestImpostorScore"))
                     .toDouble(),
                 0.5);
        // An empty report converts too (no scores: extremes are 0).
        QVERIFY(
            fingerprintEvaluationToJson(FingerprintEvaluationReport()).contains(QStringLiteral("matching")));
    }

    void pipelineEvaluationSmallRun() {
        FingerprintEvaluationOptions o;
        o.fingers = 2;
        o.impressions = 2;
        o.seed = 5;
        o.size = {288, 320};
        const FingerprintEvaluationReport r = evaluateFingerprintPipeline(o);
        const PairingCounts& m = r.impressions.minutiae;
        QVERIFY(m.truePositives + m.falseNegatives > 10);
        QVERIFY2(m.recall() > 0.3, qPrintable(QString::number(m.recall())));
        const auto& paired = r.impressions.pairedMinutiaeByType;
        QCOMPARE(paired[0] + paired[1] + paired[2], m.truePositives);
        QVERIFY2(r.impressions.orientationRmse() < 15.0,
                 qPrintable(QString::number(r.impressions.orientationRmse())));
        QVERIFY(r.impressions.orientationPixels > 10000);
        QVERIFY(r.clean.periodError() < 2.0);
    }

    void optionsOutOfRange() {
        FingerprintEvaluationOptions o;
        o.fingers = 1;
        try {
            evaluateFingerprintPipeline(o);
            QFAIL("no error");
        } catch (const al::Error& e) {
            QCOMPARE(e.code(), al::ErrorCode::BadInput);
            QVERIFY(e.message().contains(QStringLiteral("fingers")));
        }
    }
};

QTEST_GUILESS_MAIN(TestFpEvaluation)
#include "tst_fpevaluation.moc"
