// SPDX-License-Identifier: MIT
// Faithfulness checks against a synthetic classifier whose evidence is known exactly: class 0's probability
// is the mean brightness inside a fixed box, so every correct explanation must point into that box.
#include "attentionlens/Error.h"
#include "attentionlens/Faithfulness.h"

#include <QtTest>
#include <opencv2/imgproc.hpp>

using namespace al;

namespace {

const cv::Rect kBox(24, 16, 16, 8); // the only pixels the synthetic model looks at
const cv::Size kSize(64, 48);

std::vector<double> boxScores(const cv::Mat& image) {
    cv::Mat gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    const double p = cv::mean(gray(kBox))[0] / 255.0;
    return {p, 1.0 - p};
}

cv::Mat brightImage() {
    return cv::Mat(kSize, CV_8UC3, cv::Scalar(255, 255, 255));
}

cv::Mat boxIndicator(bool inside) {
    cv::Mat m(kSize, CV_32F, cv::Scalar(inside ? 0.0f : 1.0f));
    m(kBox).setTo(inside ? 1.0f : 0.0f);
    return m;
}

double meanIn(const cv::Mat& map, const cv::Rect& r) {
    return cv::mean(map(r))[0];
}

double meanOutside(const cv::Mat& map, const cv::Rect& r) {
    cv::Mat mask(map.size(), CV_8U, cv::Scalar(255));
    mask(r).setTo(0);
    return cv::mean(map, mask)[0];
}

} // namespace

class TestFaithfulness : public QObject {
    Q_OBJECT
private slots:
    void occlusionIsZeroAwayFromTheEvidence() {
        const cv::Mat map =
            occlusionSensitivity(brightImage(), 0, boxScores, {8, 4, PerturbationBaseline::Black});
        QCOMPARE(map.size(), kSize);
        QCOMPARE(map.type(), CV_32FC1);
        // Pixels whose every covering patch misses the box get exactly zero drop.
        QCOMPARE(double(map.at<float>(0, 0)), 0.0);
        QCOMPARE(double(map.at<float>(47, 63)), 0.0);
        double maxv = 0;
        cv::Point at;
        cv::minMaxLoc(map, nullptr, &maxv, nullptr, &at);
        QVERIFY(kBox.contains(at));
    }

    void occlusionWithoutOverlapIsExact() {
        // Patches on an 8-pixel grid: the two patches inside the 16x8 box each remove half of its brightness.
        const cv::Mat map =
            occlusionSensitivity(brightImage(), 0, boxScores, {8, 8, PerturbationBaseline::Black});
        QVERIFY(std::abs(meanIn(map, kBox) - 0.5) < 1e-6);
        QVERIFY(std::abs(meanOutside(map, kBox)) < 1e-6);
    }

    void occlusionOfTheOtherClassIsNegative() {
        const cv::Mat map = occlusionSensitivity(brightImage(), 1, boxScores);
        QVERIFY(meanIn(map, kBox) < -0.1);
    }

    void riseConcentratesOnTheBox() {
        const RiseOptions options{500, 7, 0.5, 7};
        const cv::Mat map = riseSaliency(brightImage(), 0, boxScores, options);
        QCOMPARE(map.size(), kSize);
        double maxv = 0;
        cv::Point at;
        cv::minMaxLoc(map, nullptr, &maxv, nullptr, &at);
        QVERIFY(cv::Rect(kBox.x - 4, kBox.y - 4, kBox.width + 8, kBox.height + 8).contains(at));
        QVERIFY2(
            meanIn(map, kBox) > meanOutside(map, kBox) + 0.05,
            qPrintable(QStringLiteral("in %1 out %2").arg(meanIn(map, kBox)).arg(meanOutside(map, kBox))));
        // The estimator is unbiased: its mean is near E[f] / p * p = E[f] = keep for a white image.
        QVERIFY(std::abs(cv::mean(map)[0] - 0.5) < 0.1);
        // Deterministic per seed.
        const cv::Mat again = riseSaliency(brightImage(), 0, boxScores, options);
        QCOMPARE(cv::norm(map, again, cv::NORM_INF), 0.0);
    }

    void deletionFallsFastForTheTrueMap() {
        const CurveOptions options{16, PerturbationBaseline::Black, PerturbationBaseline::Blur};
        const PerturbationCurve good =
            deletionCurve(brightImage(), boxIndicator(true), 0, boxScores, options);
        const PerturbationCurve bad =
            deletionCurve(brightImage(), boxIndicator(false), 0, boxScores, options);
        QCOMPARE(int(good.fraction.size()), 17);
        QCOMPARE(good.score.front(), 1.0);
        QVERIFY(std::abs(good.score.back()) < 1e-9);
        // The box is 128 of 3072 pixels: after the first step (192 pixels) the true map removed it all.
        QVERIFY(good.score[1] < 1e-9);
        QVERIFY(std::abs(good.auc - 1.0 / 16 / 2) < 1e-9);
        QVERIFY(bad.auc > 0.9);
    }

    void insertionRisesFastForTheTrueMap() {
        const CurveOptions options{16, PerturbationBaseline::Black, PerturbationBaseline::Black};
        const PerturbationCurve good =
            insertionCurve(brightImage(), boxIndicator(true), 0, boxScores, options);
        const PerturbationCurve bad =
            insertionCurve(brightImage(), boxIndicator(false), 0, boxScores, options);
        QVERIFY(std::abs(good.score.front()) < 1e-9);
        QCOMPARE(good.score[1], 1.0);
        QVERIFY(good.auc > 0.9);
        QVERIFY(bad.auc < 0.1);
        const QJsonObject json = curveToJson(good);
        QCOMPARE(json.value("score").toArray().size(), 17);
        QCOMPARE(json.value("auc").toDouble(), good.auc);
    }

    void spearman_data() {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical") << "identical" << 1.0;
        QTest::newRow("monotone transform") << "cube" << 1.0;
        QTest::newRow("inverted") << "inverted" << -1.0;
        QTest::newRow("constant") << "constant" << 0.0;
    }
    void spearman() {
        QFETCH(QString, relation);
        QFETCH(double, expected);
        cv::Mat a(12, 16, CV_32F);
        cv::randu(a, 0.0, 1.0);
        cv::Mat b;
        if (relation == "identical")
            b = a.clone();
        else if (relation == "cube")
            cv::pow(a, 3.0, b);
        else if (relation == "inverted")
            b = 1.0 - a;
        else
            b = cv::Mat(a.size(), CV_32F, cv::Scalar(0.3));
        QVERIFY(std::abs(spearmanCorrelation(a, b) - expected) < 1e-9);
    }

    void spearmanWithTiesMatchesHandComputation() {
        // a = [1 2 2 3], ranks [1 2.5 2.5 4]; b = [1 3 2 4], ranks [1 3 2 4].
        // Pearson of the ranks: cov = 2.5, var_a = 4.5, var_b = 5 -> 2.5 / sqrt(22.5) (times n cancels).
        const cv::Mat a = (cv::Mat_<float>(1, 4) << 1, 2, 2, 3);
        const cv::Mat b = (cv::Mat_<float>(1, 4) << 1, 3, 2, 4);
        QVERIFY(std::abs(spearmanCorrelation(a, b) - 4.5 / std::sqrt(4.5 * 5.0)) < 1e-9);
    }

    void spearmanResizesTheSecondMap() {
        cv::Mat a(64, 64, CV_32F);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                a.at<float>(y, x) = float(x + 64 * y);
        cv::Mat small;
        cv::resize(a, small, cv::Size(16, 16), 0, 0, cv::INTER_AREA);
        QVERIFY(spearmanCorrelation(a, small) > 0.99);
    }

    void badInputIsRefused_data() {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 6; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void badInputIsRefused() {
        QFETCH(int, which);
        try {
            switch (which) {
            case 0:
                occlusionSensitivity(cv::Mat(), 0, boxScores);
                break;
            case 1:
                occlusionSensitivity(brightImage(), 2, boxScores);
                break;
            case 2:
                occlusionSensitivity(brightImage(), 0, boxScores, {0, 4, PerturbationBaseline::Black});
                break;
            case 3:
                riseSaliency(brightImage(), 0, boxScores, {10, 1, 0.5, 1});
                break;
            case 4:
                deletionCurve(brightImage(), cv::Mat(), 0, boxScores);
                break;
            default:
                spearmanCorrelation(cv::Mat(4, 4, CV_8U), cv::Mat(4, 4, CV_32F));
            }
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
        }
    }

    void cancellationStopsRise() {
        const RunControl control;
        int calls = 0;
        const ClassScorer counting = [&](const cv::Mat& image) {
            if (++calls == 5)
                control.cancel();
            return boxScores(image);
        };
        try {
            riseSaliency(brightImage(), 0, counting, {1000, 7, 0.5, 1}, control);
            QFAIL("not cancelled");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::Cancelled);
        }
        QVERIFY(calls < 10);
    }

    void baselines() {
        const cv::Mat image = brightImage();
        QCOMPARE(cv::countNonZero(baselineImage(image, PerturbationBaseline::Black).reshape(1)), 0);
        QCOMPARE(cv::mean(baselineImage(image, PerturbationBaseline::Mean))[0], 255.0);
        QVERIFY(perturbationBaselineFromString("blur").value_or(PerturbationBaseline::Black) ==
                PerturbationBaseline::Blur);
        QVERIFY(!perturbationBaselineFromString("grey"));
    }
};

QTEST_GUILESS_MAIN(TestFaithfulness)
#include "tst_faithfulness.moc"
