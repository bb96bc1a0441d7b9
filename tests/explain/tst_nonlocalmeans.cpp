// SPDX-License-Identifier: MIT
// Non-local means as attention (Buades et al. 2005): weights, the weighted average, denoising, PSNR.
#include <attentionlens/Error.h>
#include <attentionlens/NonLocalMeans.h>

#include <QTest>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace al;

namespace {

/// Stripes of two grey levels with a square: many repeated patches, like a texture.
cv::Mat syntheticImage(int channels) {
    cv::Mat img(48, 48, CV_8UC1);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x)
            img.at<uchar>(y, x) = ((x / 6) % 2) ? 200 : 50;
    cv::rectangle(img, cv::Rect(18, 18, 12, 12), cv::Scalar(120), cv::FILLED);
    if (channels == 3) {
        cv::Mat colour;
        cv::cvtColor(img, colour, cv::COLOR_GRAY2BGR);
        return colour;
    }
    return img;
}

} // namespace

class TestNonLocalMeans : public QObject {
    Q_OBJECT
private slots:
    void weightsSumToOne_data() {
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("h");
        QTest::newRow("grey h=5") << 1 << 5.0;
        QTest::newRow("grey h=40") << 1 << 40.0;
        QTest::newRow("colour h=10") << 3 << 10.0;
    }
    void weightsSumToOne() {
        QFETCH(int, channels);
        QFETCH(double, h);
        const cv::Mat img = syntheticImage(channels);
        const NonLocalMeansQuery q = nonLocalMeansAt(img, {3, 10}, {2, h, 7});
        QCOMPARE(q.weights.size(), img.size());
        QVERIFY(std::abs(cv::sum(q.weights)[0] - 1.0) < 1e-4);
        // the output is the weighted average, so it lies within the image's range
        QVERIFY(q.output[0] >= 50.0 - 1e-3 && q.output[0] <= 200.0 + 1e-3);
        QVERIFY(q.entropy > 0.0);
    }

    void identicalPatchesGetTheHighestWeight() {
        const cv::Mat img = syntheticImage(1);
        const cv::Point query(3, 10);
        const NonLocalMeansQuery q = nonLocalMeansAt(img, query, {2, 10.0, 7});
        double maxW = 0.0;
        cv::minMaxLoc(q.weights, nullptr, &maxW);
        // the query itself and its copies one stripe period (12 px) away share the maximum weight
        QVERIFY(std::abs(q.weights.at<float>(query) - maxW) < 1e-7);
        QVERIFY(std::abs(q.weights.at<float>(query + cv::Point(12, 0)) - maxW) < 1e-7);
        QCOMPARE(q.distances.at<float>(query + cv::Point(12, 0)), 0.f);
        // a patch across an edge is dissimilar and weighs far less
        QVERIFY(q.weights.at<float>(query + cv::Point(3, 0)) < 0.01 * maxW);
    }

    void temperatureFlattensTheWeights() {
        const cv::Mat img = syntheticImage(1);
        const double sharp = nonLocalMeansAt(img, {3, 10}, {2, 5.0, 7}).entropy;
        const double flat = nonLocalMeansAt(img, {3, 10}, {2, 200.0, 7}).entropy;
        QVERIFY2(flat > sharp + 1.0, qPrintable(QStringLiteral("%1 vs %2").arg(flat).arg(sharp)));
        QVERIFY(flat <= std::log(double(img.total())) + 1e-6);
    }

    void denoisingImprovesPsnr_data() {
        QTest::addColumn<int>("channels");
        QTest::newRow("grey") << 1;
        QTest::newRow("colour") << 3;
    }
    void denoisingImprovesPsnr() {
        QFETCH(int, channels);
        const cv::Mat clean = syntheticImage(channels);
        const cv::Mat noisy = addGaussianNoise(clean, 20.0, 7);
        const double before = psnr(clean, noisy);
        QVERIFY(before > 20.0 && before < 25.0); // 20*log10(255/20) = 22.1 dB
        const cv::Mat denoised = nonLocalMeansDenoise(noisy, {2, 20.0, 5});
        QCOMPARE(denoised.type(), clean.type());
        const double after = psnr(clean, denoised);
        QVERIFY2(after > before + 3.0, qPrintable(QStringLiteral("%1 -> %2 dB").arg(before).arg(after)));
    }

    void psnrCurveHasAnInteriorOptimum() {
        const cv::Mat clean = syntheticImage(1);
        const cv::Mat noisy = addGaussianNoise(clean, 20.0, 3);
        const std::vector<double> hs{1.0, 20.0, 1000.0};
        const std::vector<PsnrPoint> curve = psnrVersusH(clean, noisy, hs, {2, 0.0, 5});
        QCOMPARE(int(curve.size()), 3);
        // a tiny h averages nothing (PSNR of the noisy image), a huge h blurs over edges
        QVERIFY(std::abs(curve[0].psnr - psnr(clean, noisy)) < 0.5);
        QVERIFY(curve[1].psnr > curve[0].psnr + 3.0);
        QVERIFY(curve[1].psnr > curve[2].psnr + 3.0);
        // the shared pass gives what one denoising gives
        const double single = psnr(clean, nonLocalMeansDenoise(noisy, {2, 20.0, 5}));
        QVERIFY(std::abs(single - curve[1].psnr) < 1e-9);
    }

    void psnrOfKnownError() {
        const cv::Mat a(8, 8, CV_8UC1, cv::Scalar(100)), b(8, 8, CV_8UC1, cv::Scalar(110));
        QVERIFY(std::abs(psnr(a, b) - 10.0 * std::log10(255.0 * 255.0 / 100.0)) < 1e-9);
        QVERIFY(std::isinf(psnr(a, a)));
    }

    void cancellationStopsTheCurve() {
        RunControl control;
        control.cancel();
        const cv::Mat clean = syntheticImage(1);
        try {
            psnrVersusH(clean, clean, {10.0}, {2, 0.0, 3}, control);
            QFAIL("expected Cancelled");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Cancelled);
        }
    }

    void badArgumentsAreRejected() {
        const cv::Mat img = syntheticImage(1);
        QVERIFY_THROWS_EXCEPTION(Error, nonLocalMeansAt(img, {48, 0}, {2, 10.0, 7}));
        QVERIFY_THROWS_EXCEPTION(Error, nonLocalMeansAt(img, {0, 0}, {2, 0.0, 7}));
        QVERIFY_THROWS_EXCEPTION(Error, nonLocalMeansAt(cv::Mat(), {0, 0}, {2, 10.0, 7}));
        QVERIFY_THROWS_EXCEPTION(Error, nonLocalMeansDenoise(img, {2, 10.0, 0}));
        QVERIFY_THROWS_EXCEPTION(Error, psnr(img, syntheticImage(3)));
    }
};

QTEST_APPLESS_MAIN(TestNonLocalMeans)
#include "tst_nonlocalmeans.moc"
