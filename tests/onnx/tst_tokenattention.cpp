// SPDX-License-Identifier: MIT
#include <attentionlens/Error.h>
#include <attentionlens/TokenAttention.h>

#include <QTest>
#include <cmath>

using namespace al;

namespace {

cv::Mat rowStochastic(int n, unsigned seed) {
    cv::RNG rng(seed);
    cv::Mat m(n, n, CV_32FC1);
    rng.fill(m, cv::RNG::UNIFORM, 0.01, 1.0);
    for (int r = 0; r < n; ++r)
        m.row(r) /= cv::sum(m.row(r))[0];
    return m;
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    return cv::norm(a, b, cv::NORM_INF);
}

} // namespace

class TestTokenAttention : public QObject {
    Q_OBJECT
private slots:
    void fuseHeads_data() {
        QTest::addColumn<QString>("fusion");
        QTest::addColumn<float>("expected");
        QTest::newRow("mean") << "mean" << 2.0f;
        QTest::newRow("max") << "max" << 3.0f;
        QTest::newRow("min") << "min" << 1.0f;
    }
    void fuseHeads() {
        QFETCH(QString, fusion);
        QFETCH(float, expected);
        const std::vector<cv::Mat> heads = {cv::Mat(3, 3, CV_32FC1, cv::Scalar(1)),
                                            cv::Mat(3, 3, CV_32FC1, cv::Scalar(3)),
                                            cv::Mat(3, 3, CV_32FC1, cv::Scalar(2))};
        const cv::Mat fused = al::fuseHeads(heads, *headFusionFromString(fusion));
        QCOMPARE(fused.size(), cv::Size(3, 3));
        QVERIFY(maxAbsDiff(fused, cv::Mat(3, 3, CV_32FC1, cv::Scalar(expected))) < 1e-6);
        QCOMPARE(toString(*headFusionFromString(fusion)), fusion);
    }
    void fuseHeadsRejectsMismatch() {
        QVERIFY_THROWS_EXCEPTION(Error, al::fuseHeads({}, HeadFusion::Mean));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            al::fuseHeads({cv::Mat::eye(3, 3, CV_32FC1), cv::Mat::eye(4, 4, CV_32FC1)}, HeadFusion::Max));
    }
    void tokenToGridPicksTheRowAfterTheOffset() {
        cv::Mat a(5, 5, CV_32FC1);
        for (int i = 0; i < 25; ++i)
            a.at<float>(i) = float(i);
        const cv::Mat g = tokenToGrid(a, 0, 1, 2, 2); // CLS row, patches 1..4 as 2x2
        QCOMPARE(g.size(), cv::Size(2, 2));
        QCOMPARE(g.at<float>(0, 0), 1.f);
        QCOMPARE(g.at<float>(1, 1), 4.f);
        QVERIFY_THROWS_EXCEPTION(Error, tokenToGrid(a, 0, 2, 2, 2));
    }
    void rolloutOfIdentityIsIdentity() {
        const cv::Mat eye = cv::Mat::eye(6, 6, CV_32FC1);
        const cv::Mat r = attentionRollout({{eye, eye}, {eye}}, HeadFusion::Mean, 0.5);
        QVERIFY(maxAbsDiff(r, eye) < 1e-6);
    }
    void rolloutWithoutResidualIsTheProductLastLayerFirst() {
        const cv::Mat a1 = rowStochastic(5, 1), a2 = rowStochastic(5, 2);
        const cv::Mat r = attentionRollout({{a1}, {a2}}, HeadFusion::Mean, 0.0);
        QVERIFY(maxAbsDiff(r, cv::Mat(a2 * a1)) < 1e-5);
        QVERIFY(maxAbsDiff(r, cv::Mat(a1 * a2)) > 1e-4); // order matters, so the check above can fail
    }
    void rolloutAddsTheResidualAndStaysRowStochastic() {
        const cv::Mat a = rowStochastic(7, 3);
        const cv::Mat r = attentionRollout({{a}}, HeadFusion::Mean, 0.5);
        const cv::Mat expected = 0.5 * a + 0.5 * cv::Mat::eye(7, 7, CV_32FC1);
        QVERIFY(maxAbsDiff(r, expected) < 1e-6);
        const cv::Mat deep =
            attentionRollout({{a, rowStochastic(7, 4)}, {a}, {rowStochastic(7, 5)}}, HeadFusion::Max, 0.3);
        for (int row = 0; row < deep.rows; ++row)
            QVERIFY(std::abs(cv::sum(deep.row(row))[0] - 1.0) < 1e-5);
    }
    void discardRatioZeroesTheWeakestOffDiagonalLinks() {
        const cv::Mat a = rowStochastic(8, 6);
        const cv::Mat r = attentionRollout({{a}}, HeadFusion::Mean, 0.0, 0.5);
        const int zeros = 64 - cv::countNonZero(r);
        QVERIFY2(zeros >= 24 && zeros <= 32, qPrintable(QString::number(zeros)));
        for (int i = 0; i < 8; ++i)
            QVERIFY(r.at<float>(i, i) > 0.f || a.at<float>(i, i) == 0.f);
    }
    void entropyOfUniformRowsIsLogN() {
        const cv::Mat uniform(4, 16, CV_32FC1, cv::Scalar(1.0 / 16));
        const cv::Mat h = rowEntropy(uniform);
        for (int i = 0; i < 4; ++i)
            QVERIFY(std::abs(h.at<float>(i) - std::log(16.0)) < 1e-5);
        QVERIFY(std::abs(rowEntropy(cv::Mat::eye(3, 3, CV_32FC1)).at<float>(1)) < 1e-7);
    }
    // Regression: the first head's type was never checked, so a non-float first head reached cv::add and a
    // cv::Exception escaped the core.
    void fuseHeadsRejectsANonFloatFirstHead_data() {
        QTest::addColumn<QString>("fusion");
        QTest::newRow("mean") << "mean";
        QTest::newRow("max") << "max";
        QTest::newRow("min") << "min";
    }
    void fuseHeadsRejectsANonFloatFirstHead() {
        QFETCH(QString, fusion);
        const HeadFusion f = *headFusionFromString(fusion);
        QVERIFY_THROWS_EXCEPTION(Error, al::fuseHeads({cv::Mat::eye(3, 3, CV_8UC1)}, f));
        QVERIFY_THROWS_EXCEPTION(
            Error, al::fuseHeads({cv::Mat::eye(3, 3, CV_8UC1), cv::Mat::eye(3, 3, CV_32FC1)}, f));
    }
    // Regression: empty matrices reached the discard step, which read values[0] of an empty vector.
    void rolloutRejectsEmptyMatrices() {
        QVERIFY_THROWS_EXCEPTION(Error, attentionRollout({{cv::Mat()}}, HeadFusion::Mean, 0.5, 0.5));
        QVERIFY_THROWS_EXCEPTION(Error, attentionRollout({{}}, HeadFusion::Mean, 0.5, 0.0));
    }
    // Regression: rows * cols was computed in int, so a hostile manifest grid (65536 x 65536) wrapped to 0,
    // passed the fit check and a cv::Exception escaped from reshape.
    void tokenToGridRejectsGridsThatDoNotFit_data() {
        QTest::addColumn<int>("token");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("int overflow") << 0 << 1 << 65536 << 65536;
        QTest::newRow("zero rows") << 0 << 1 << 0 << 2;
        QTest::newRow("negative cols") << 0 << 1 << 2 << -2;
        QTest::newRow("negative offset") << 0 << -1 << 2 << 2;
        QTest::newRow("token past the end") << 5 << 1 << 2 << 2;
        QTest::newRow("one too many patches") << 0 << 2 << 2 << 2;
    }
    void tokenToGridRejectsGridsThatDoNotFit() {
        QFETCH(int, token);
        QFETCH(int, offset);
        QFETCH(int, rows);
        QFETCH(int, cols);
        const cv::Mat a = rowStochastic(5, 3);
        QVERIFY_THROWS_EXCEPTION(Error, tokenToGrid(a, token, offset, rows, cols));
    }
    void rowEntropyRejectsNonFloatInput() {
        QVERIFY_THROWS_EXCEPTION(Error, rowEntropy(cv::Mat::eye(3, 3, CV_8UC1)));
        QVERIFY_THROWS_EXCEPTION(Error, rowEntropy(cv::Mat()));
    }
};

QTEST_GUILESS_MAIN(TestTokenAttention)
#include "tst_tokenattention.moc"
