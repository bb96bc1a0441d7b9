// SPDX-License-Identifier: MIT
#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace al;

Q_DECLARE_METATYPE(al::Normalization)
Q_DECLARE_METATYPE(al::Colormap)
Q_DECLARE_METATYPE(al::Upsampling)
Q_DECLARE_METATYPE(al::ViewMode)
Q_DECLARE_METATYPE(cv::Rect2d)

namespace {

cv::Mat row(const QVector<float>& values) {
    cv::Mat m(1, static_cast<int>(values.size()), CV_32FC1);
    for (int i = 0; i < values.size(); ++i)
        m.at<float>(0, i) = values[i];
    return m;
}

AttentionMap mapOf(const cv::Mat& data, cv::Rect2d region = {}) {
    AttentionMap m;
    m.name = QStringLiteral("test");
    m.data = data;
    m.region = region;
    return m;
}

cv::Mat randomImage(cv::Size size, int seed = 7) {
    cv::Mat image(size, CV_8UC3);
    cv::RNG rng(seed);
    rng.fill(image, cv::RNG::UNIFORM, 0, 256);
    return image;
}

// A smooth bump: high in the middle, low at the borders.
cv::Mat blob(cv::Size grid) {
    cv::Mat m(grid, CV_32FC1);
    for (int y = 0; y < grid.height; ++y) {
        for (int x = 0; x < grid.width; ++x) {
            const double dx = (x + 0.5) / grid.width - 0.5, dy = (y + 0.5) / grid.height - 0.5;
            m.at<float>(y, x) = static_cast<float>(std::exp(-(dx * dx + dy * dy) * 10.0));
        }
    }
    return m;
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    return cv::norm(a, b, cv::NORM_INF);
}

cv::Vec3b lutAt(Colormap c, int i) {
    return colormapLut(c).at<cv::Vec3b>(0, i);
}

} // namespace

class TestHeatmap : public QObject {
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void constantMapBecomesZeros_data();
    void constantMapBecomesZeros();
    void nonFiniteValuesCountAsMinimum();
    void invalidInputsThrow_data();
    void invalidInputsThrow();
    void enumNamesRoundTrip();
    void lutEndpoints_data();
    void lutEndpoints();
    void lutLuminanceIsMonotonic_data();
    void lutLuminanceIsMonotonic();
    void upsamplePlacesMapInRegion_data();
    void upsamplePlacesMapInRegion();
    void bilinearUpsamplingInterpolates();
    void overlayAlphaZeroIsOriginal();
    void overlayAlphaOneIsColourisedMap_data();
    void overlayAlphaOneIsColourisedMap();
    void overlayOutsideRegionShowsImage();
    void thresholdHidesLowValues();
    void contourDrawsOnlyNearIsoLine();
    void renderView_data();
    void renderView();
    void sampleMapAt_data();
    void sampleMapAt();
    void sampleMatchesNearestRenderer();
};

void TestHeatmap::normalize_data() {
    QTest::addColumn<QVector<float>>("input");
    QTest::addColumn<Normalization>("mode");
    QTest::addColumn<double>("a"); // percentile low / fixed min
    QTest::addColumn<double>("b"); // percentile high / fixed max
    QTest::addColumn<QVector<float>>("expected");

    QTest::newRow("minmax") << QVector<float>{0, 1, 2, 3, 4} << Normalization::MinMax << 0.0 << 0.0
                            << QVector<float>{0, 0.25f, 0.5f, 0.75f, 1};
    QTest::newRow("minmax negative") << QVector<float>{-2, 0, 2, 1} << Normalization::MinMax << 0.0 << 0.0
                                     << QVector<float>{0, 0.5f, 1, 0.75f};
    // 0..100 shuffled: the 10th/90th percentiles are 10 and 90 exactly.
    QVector<float> hundred;
    for (int i = 0; i <= 100; ++i)
        hundred << static_cast<float>((i * 37) % 101);
    QVector<float> expectedHundred;
    for (float v : hundred)
        expectedHundred << std::clamp((v - 10.f) / 80.f, 0.f, 1.f);
    QTest::newRow("percentile exact ranks")
        << hundred << Normalization::Percentile << 10.0 << 90.0 << expectedHundred;
    // 0..10: rank 0.5 and 9.5 interpolate between neighbours, giving the range [0.5, 9.5].
    QTest::newRow("percentile interpolated")
        << QVector<float>{10, 0, 5, 1, 9, 2, 8, 3, 7, 4, 6} << Normalization::Percentile << 5.0 << 95.0
        << QVector<float>{1,        0,        0.5f,     0.5f / 9, 8.5f / 9, 1.5f / 9,
                          7.5f / 9, 2.5f / 9, 6.5f / 9, 3.5f / 9, 5.5f / 9};
    QTest::newRow("percentile full range = minmax")
        << QVector<float>{3, 1, 2} << Normalization::Percentile << 0.0 << 100.0 << QVector<float>{1, 0, 0.5f};
    QTest::newRow("fixed clips") << QVector<float>{-1, 0, 0.25f, 0.5f, 2} << Normalization::Fixed << 0.0
                                 << 0.5 << QVector<float>{0, 0, 0.5f, 1, 1};
    QTest::newRow("fixed wide") << QVector<float>{0, 5} << Normalization::Fixed << -10.0 << 10.0
                                << QVector<float>{0.5f, 0.75f};
}

void TestHeatmap::normalize() {
    QFETCH(QVector<float>, input);
    QFETCH(Normalization, mode);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(QVector<float>, expected);
    RenderOptions o;
    o.normalization = mode;
    if (mode == Normalization::Percentile) {
        o.percentileLow = a;
        o.percentileHigh = b;
    } else if (mode == Normalization::Fixed) {
        o.fixedMin = a;
        o.fixedMax = b;
    }
    const cv::Mat out = normalizeMap(row(input), o);
    QCOMPARE(out.type(), CV_32FC1);
    QCOMPARE(out.cols, input.size());
    for (int i = 0; i < input.size(); ++i) {
        if (std::abs(out.at<float>(0, i) - expected[i]) > 1e-5f)
            QFAIL(qPrintable(QStringLiteral("element %1 (input %2): got %3, expected %4")
                                 .arg(i)
                                 .arg(input[i])
                                 .arg(out.at<float>(0, i))
                                 .arg(expected[i])));
    }
}

void TestHeatmap::constantMapBecomesZeros_data() {
    QTest::addColumn<Normalization>("mode");
    QTest::newRow("minmax") << Normalization::MinMax;
    QTest::newRow("percentile") << Normalization::Percentile;
}

void TestHeatmap::constantMapBecomesZeros() {
    QFETCH(Normalization, mode);
    RenderOptions o;
    o.normalization = mode;
    const cv::Mat out = normalizeMap(cv::Mat(6, 5, CV_32FC1, cv::Scalar(3.5)), o);
    QCOMPARE(cv::countNonZero(out), 0);
    QCOMPARE(out.size(), cv::Size(5, 6));
}

void TestHeatmap::nonFiniteValuesCountAsMinimum() {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    for (Normalization mode : {Normalization::MinMax, Normalization::Percentile, Normalization::Fixed}) {
        RenderOptions o;
        o.normalization = mode;
        o.percentileLow = 0.0;
        o.percentileHigh = 100.0;
        o.fixedMin = 2.0;
        o.fixedMax = 4.0;
        const cv::Mat out = normalizeMap(row({nan, 2, inf, 3, -inf, 4}), o);
        QVERIFY(cv::checkRange(out, true, nullptr, 0.0, 1.0001)); // upper bound is exclusive
        QCOMPARE(out.at<float>(0, 0), 0.f);
        QCOMPARE(out.at<float>(0, 2), 0.f);
        QCOMPARE(out.at<float>(0, 4), 0.f);
        QCOMPARE(out.at<float>(0, 3), 0.5f); // the range comes from the finite values only
        QCOMPARE(out.at<float>(0, 5), 1.f);
    }
    // All non-finite: nothing to scale, all zeros.
    QCOMPARE(cv::countNonZero(normalizeMap(row({nan, inf}), RenderOptions{})), 0);
}

void TestHeatmap::invalidInputsThrow_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<Normalization>("mode");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::newRow("empty map") << CV_32FC1 << true << Normalization::MinMax << 0.0 << 0.0;
    QTest::newRow("8-bit map") << CV_8UC1 << false << Normalization::MinMax << 0.0 << 0.0;
    QTest::newRow("3-channel map") << CV_32FC3 << false << Normalization::MinMax << 0.0 << 0.0;
    QTest::newRow("percentile low >= high") << CV_32FC1 << false << Normalization::Percentile << 50.0 << 50.0;
    QTest::newRow("percentile > 100") << CV_32FC1 << false << Normalization::Percentile << 1.0 << 101.0;
    QTest::newRow("fixed max <= min") << CV_32FC1 << false << Normalization::Fixed << 1.0 << 0.0;
}

void TestHeatmap::invalidInputsThrow() {
    QFETCH(int, type);
    QFETCH(bool, empty);
    QFETCH(Normalization, mode);
    QFETCH(double, a);
    QFETCH(double, b);
    RenderOptions o;
    o.normalization = mode;
    o.percentileLow = o.fixedMin = a;
    o.percentileHigh = o.fixedMax = b;
    const cv::Mat map = empty ? cv::Mat() : cv::Mat(4, 4, type, cv::Scalar::all(1));
    try {
        normalizeMap(map, o);
        QFAIL("normalizeMap accepted invalid input");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY(!e.message().isEmpty());
    }
    // The renderer reports the same problems instead of crashing or leaking a cv::Exception.
    QVERIFY_THROWS_EXCEPTION(Error, renderOverlay(randomImage({8, 8}), mapOf(map), o));
}

void TestHeatmap::enumNamesRoundTrip() {
    for (const QString& name : colormapNames())
        QCOMPARE(toString(*colormapFromString(name)), name);
    QCOMPARE(colormapNames().size(), 6);
    QCOMPARE(colormapFromString(QStringLiteral(" Viridis ")), std::optional<Colormap>(Colormap::Viridis));
    QVERIFY(!colormapFromString(QStringLiteral("rainbow")).has_value());
    for (auto n : {Normalization::MinMax, Normalization::Percentile, Normalization::Fixed})
        QCOMPARE(normalizationFromString(toString(n)), std::optional<Normalization>(n));
    for (auto u : {Upsampling::Bilinear, Upsampling::Nearest})
        QCOMPARE(upsamplingFromString(toString(u)), std::optional<Upsampling>(u));
    QVERIFY(!upsamplingFromString(QStringLiteral("cubic")).has_value());
}

void TestHeatmap::lutEndpoints_data() {
    QTest::addColumn<Colormap>("colormap");
    QTest::addColumn<int>("index");
    QTest::addColumn<QColor>("expected"); // published values (sRGB)
    QTest::addColumn<int>("tolerance");
    // matplotlib's tables: viridis/magma entries 0, 128, 255; inferno 0, 255.
    QTest::newRow("viridis 0") << Colormap::Viridis << 0 << QColor(68, 1, 84) << 3;
    QTest::newRow("viridis 128") << Colormap::Viridis << 128 << QColor(33, 145, 140) << 4;
    QTest::newRow("viridis 255") << Colormap::Viridis << 255 << QColor(253, 231, 37) << 3;
    QTest::newRow("inferno 0") << Colormap::Inferno << 0 << QColor(0, 0, 4) << 3;
    QTest::newRow("inferno 255") << Colormap::Inferno << 255 << QColor(252, 255, 164) << 3;
    QTest::newRow("magma 0") << Colormap::Magma << 0 << QColor(0, 0, 4) << 3;
    QTest::newRow("magma 128") << Colormap::Magma << 128 << QColor(183, 55, 121) << 4;
    QTest::newRow("magma 255") << Colormap::Magma << 255 << QColor(252, 253, 191) << 3;
    // Jet's defining formula: dark blue (0,0,0.5) -> (0.5,1,0.5) -> dark red (0.5,0,0).
    QTest::newRow("jet 0") << Colormap::Jet << 0 << QColor(0, 0, 128) << 1;
    QTest::newRow("jet 255") << Colormap::Jet << 255 << QColor(128, 0, 0) << 1;
    QTest::newRow("gray 0") << Colormap::Gray << 0 << QColor(0, 0, 0) << 0;
    QTest::newRow("gray 200") << Colormap::Gray << 200 << QColor(200, 200, 200) << 0;
    QTest::newRow("gray 255") << Colormap::Gray << 255 << QColor(255, 255, 255) << 0;
    // Turbo's published table starts at (48,18,59), has a green-yellow middle and ends at (122,4,3); the
    // polynomial approximation we evaluate deviates by up to ~35 at the very ends.
    QTest::newRow("turbo 0") << Colormap::Turbo << 0 << QColor(48, 18, 59) << 35;
    QTest::newRow("turbo 128") << Colormap::Turbo << 128 << QColor(164, 252, 60) << 20;
    QTest::newRow("turbo 255") << Colormap::Turbo << 255 << QColor(122, 4, 3) << 25;
}

void TestHeatmap::lutEndpoints() {
    QFETCH(Colormap, colormap);
    QFETCH(int, index);
    QFETCH(QColor, expected);
    QFETCH(int, tolerance);
    const cv::Mat& lut = colormapLut(colormap);
    QCOMPARE(lut.type(), CV_8UC3);
    QCOMPARE(lut.size(), cv::Size(256, 1));
    const cv::Vec3b bgr = lut.at<cv::Vec3b>(0, index);
    const int dr = std::abs(bgr[2] - expected.red());
    const int dg = std::abs(bgr[1] - expected.green());
    const int db = std::abs(bgr[0] - expected.blue());
    if (std::max({dr, dg, db}) > tolerance)
        QFAIL(qPrintable(QStringLiteral("RGB %1,%2,%3 vs expected %4 (tolerance %5)")
                             .arg(bgr[2])
                             .arg(bgr[1])
                             .arg(bgr[0])
                             .arg(expected.name())
                             .arg(tolerance)));
}

void TestHeatmap::lutLuminanceIsMonotonic_data() {
    QTest::addColumn<Colormap>("colormap");
    QTest::newRow("viridis") << Colormap::Viridis;
    QTest::newRow("inferno") << Colormap::Inferno;
    QTest::newRow("magma") << Colormap::Magma;
    QTest::newRow("gray") << Colormap::Gray;
}

void TestHeatmap::lutLuminanceIsMonotonic() {
    QFETCH(Colormap, colormap);
    auto luma = [](cv::Vec3b c) { return 0.2126 * c[2] + 0.7152 * c[1] + 0.0722 * c[0]; }; // Rec. 709
    double previous = luma(lutAt(colormap, 0));
    for (int i = 1; i < 256; ++i) {
        const double current = luma(lutAt(colormap, i));
        // 8-bit rounding can wobble by a fraction of a level, never more.
        if (current < previous - 0.75)
            QFAIL(qPrintable(
                QStringLiteral("luminance drops at %1: %2 -> %3").arg(i).arg(previous).arg(current)));
        previous = std::max(previous, current);
    }
    QVERIFY(luma(lutAt(colormap, 255)) - luma(lutAt(colormap, 0)) > 150.0);
}

void TestHeatmap::upsamplePlacesMapInRegion_data() {
    QTest::addColumn<cv::Rect2d>("region");
    QTest::addColumn<QList<QPoint>>("points");
    QTest::addColumn<QList<double>>("values");
    const cv::Rect2d integral(20, 10, 40, 30);
    QTest::newRow("integral region") << integral
                                     << QList<QPoint>{{20, 10}, {39, 24}, {40, 24}, {39, 25}, {59, 39},
                                                      {19, 10}, {60, 10}, {20, 9},  {20, 40}}
                                     << QList<double>{0.25, 0.25, 0.5, 0.75, 1.0, 0, 0, 0, 0};
    // Pixel centres inside [20.4, 60.4) x [10.6, 40.6): columns 20..59, rows 11..40; cells split
    // at 40.4/25.6.
    QTest::newRow("fractional region")
        << cv::Rect2d(20.4, 10.6, 40, 30)
        << QList<QPoint>{{20, 11}, {39, 25}, {40, 25}, {39, 26}, {59, 40}, {20, 10}, {60, 20}, {19, 20}}
        << QList<double>{0.25, 0.25, 0.5, 0.75, 1.0, 0, 0, 0};
    QTest::newRow("whole image") << cv::Rect2d()
                                 << QList<QPoint>{{0, 0}, {49, 39}, {50, 0}, {0, 40}, {99, 79}}
                                 << QList<double>{0.25, 0.25, 0.5, 0.75, 1.0};
    QTest::newRow("region partly outside")
        << cv::Rect2d(-50, -40, 100, 80) << QList<QPoint>{{0, 0}, {49, 39}, {50, 39}, {49, 40}}
        << QList<double>{1.0, 1.0, 0, 0};
    QTest::newRow("region partly outside, bottom right")
        << cv::Rect2d(50, 40, 100, 80) << QList<QPoint>{{50, 40}, {99, 79}, {49, 40}, {50, 39}}
        << QList<double>{0.25, 0.25, 0, 0};
    // Regression: x + width overflowed to +Inf, which was read as 0 and made the covered area the whole
    // image.
    QTest::newRow("region right of the image, far edge overflows")
        << cv::Rect2d(1e308, 0, 1e308, 80) << QList<QPoint>{{0, 0}, {50, 40}, {99, 79}}
        << QList<double>{0, 0, 0};
    QTest::newRow("region with NaN origin")
        << cv::Rect2d(std::nan(""), 0, 100, 80) << QList<QPoint>{{0, 0}, {99, 79}} << QList<double>{0, 0};
}

void TestHeatmap::upsamplePlacesMapInRegion() {
    QFETCH(cv::Rect2d, region);
    QFETCH(QList<QPoint>, points);
    QFETCH(QList<double>, values);
    const cv::Mat map = (cv::Mat_<float>(2, 2) << 0.25f, 0.5f, 0.75f, 1.0f);
    const cv::Mat up = upsampleMap(map, cv::Size(100, 80), region, Upsampling::Nearest);
    QCOMPARE(up.size(), cv::Size(100, 80));
    QCOMPARE(up.type(), CV_32FC1);
    for (int i = 0; i < points.size(); ++i) {
        const float got = up.at<float>(points[i].y(), points[i].x());
        if (std::abs(got - values[i]) > 1e-6)
            QFAIL(qPrintable(QStringLiteral("pixel (%1,%2): got %3, expected %4")
                                 .arg(points[i].x())
                                 .arg(points[i].y())
                                 .arg(got)
                                 .arg(values[i])));
    }
}

void TestHeatmap::bilinearUpsamplingInterpolates() {
    const cv::Mat map = (cv::Mat_<float>(1, 2) << 0.f, 1.f);
    const cv::Mat up = upsampleMap(map, cv::Size(40, 4), {}, Upsampling::Bilinear);
    // Cell centres sit at x = 10 and 30; outside them the edge value holds, between them it ramps linearly.
    QCOMPARE(up.at<float>(0, 0), 0.f);
    QCOMPARE(up.at<float>(3, 39), 1.f);
    QVERIFY(std::abs(up.at<float>(1, 20) - 0.525f) < 1e-3f); // centre 20.5 -> (20.5-10)/20
    for (int x = 1; x < 40; ++x)
        QVERIFY(up.at<float>(2, x) >= up.at<float>(2, x - 1));
}

void TestHeatmap::overlayAlphaZeroIsOriginal() {
    const cv::Mat image = randomImage({160, 90});
    RenderOptions o;
    o.alpha = 0.0;
    const cv::Mat out = renderOverlay(image, mapOf(blob({16, 9})), o);
    QCOMPARE(out.size(), image.size());
    QCOMPARE(out.type(), CV_8UC3);
    QCOMPARE(maxAbsDiff(out, image), 0.0);
    QVERIFY(out.data != image.data);
    o.alpha = 0.5; // and a half-transparent map really changes it
    QVERIFY(maxAbsDiff(renderOverlay(image, mapOf(blob({16, 9})), o), image) > 10.0);
}

void TestHeatmap::overlayAlphaOneIsColourisedMap_data() {
    QTest::addColumn<Upsampling>("upsampling");
    QTest::addColumn<Colormap>("colormap");
    QTest::addColumn<double>("maxDiff");
    QTest::addColumn<double>("meanDiff");
    // Map values are multiples of 1/255, so nearest sampling has no rounding to disagree about.
    QTest::newRow("nearest turbo") << Upsampling::Nearest << Colormap::Turbo << 0.0 << 0.0;
    QTest::newRow("nearest viridis") << Upsampling::Nearest << Colormap::Viridis << 0.0 << 0.0;
    // The renderer interpolates 8-bit levels, the reference floats: one LUT step apart at most.
    QTest::newRow("bilinear jet") << Upsampling::Bilinear << Colormap::Jet << 8.0 << 0.5;
    QTest::newRow("bilinear magma") << Upsampling::Bilinear << Colormap::Magma << 8.0 << 0.5;
}

void TestHeatmap::overlayAlphaOneIsColourisedMap() {
    QFETCH(Upsampling, upsampling);
    QFETCH(Colormap, colormap);
    QFETCH(double, maxDiff);
    QFETCH(double, meanDiff);
    cv::Mat data(6, 8, CV_32FC1);
    for (int i = 0; i < 48; ++i)
        data.at<float>(i / 8, i % 8) = static_cast<float>((i * 53) % 256) / 255.f;
    data.at<float>(0, 0) = 0.f;
    data.at<float>(5, 7) = 1.f;
    RenderOptions o;
    o.alpha = 1.0;
    o.colormap = colormap;
    o.upsampling = upsampling;
    const cv::Size size(200, 150);
    const cv::Mat out = renderOverlay(randomImage(size), mapOf(data), o);
    const cv::Mat expected = colorize(upsampleMap(normalizeMap(data, o), size, {}, upsampling), colormap);
    cv::Mat diff;
    cv::absdiff(out, expected, diff);
    QVERIFY2(maxAbsDiff(out, expected) <= maxDiff, qPrintable(QString::number(maxAbsDiff(out, expected))));
    const cv::Scalar mean = cv::mean(diff);
    QVERIFY((mean[0] + mean[1] + mean[2]) / 3.0 <= meanDiff);
}

void TestHeatmap::overlayOutsideRegionShowsImage() {
    const cv::Mat image = randomImage({100, 80});
    RenderOptions o;
    o.alpha = 1.0;
    const cv::Mat out = renderOverlay(image, mapOf(blob({4, 4}), cv::Rect2d(20, 10, 40, 30)), o);
    const cv::Rect inside(20, 10, 40, 30);
    cv::Mat outsideMask(image.size(), CV_8UC1, cv::Scalar(255));
    outsideMask(inside).setTo(0);
    cv::Mat diff;
    cv::absdiff(out, image, diff);
    QCOMPARE(cv::norm(diff, cv::NORM_INF, outsideMask), 0.0);
    QVERIFY(cv::norm(diff(inside), cv::NORM_INF) > 10.0);
}

void TestHeatmap::thresholdHidesLowValues() {
    const cv::Mat data = (cv::Mat_<float>(1, 2) << 0.2f, 0.8f); // minmax -> 0 and 1
    const cv::Mat image = randomImage({64, 32});
    RenderOptions o;
    o.alpha = 1.0;
    o.upsampling = Upsampling::Nearest;
    o.threshold = true;
    o.thresholdValue = 0.5;
    o.colormap = Colormap::Viridis;
    const cv::Mat out = renderOverlay(image, mapOf(data), o);
    const cv::Rect left(0, 0, 32, 32), right(32, 0, 32, 32);
    QCOMPARE(maxAbsDiff(out(left), image(left)), 0.0); // below the threshold: the original shows
    const cv::Mat top(right.size(), CV_8UC3, cv::Scalar(lutAt(Colormap::Viridis, 255)));
    QCOMPARE(maxAbsDiff(out(right), top), 0.0);
    o.threshold = false; // without the threshold the low half is coloured too
    QVERIFY(maxAbsDiff(renderOverlay(image, mapOf(data), o)(left), image(left)) > 10.0);
}

void TestHeatmap::contourDrawsOnlyNearIsoLine() {
    const cv::Size size(320, 240);
    const cv::Mat image(size, CV_8UC3, cv::Scalar(90, 120, 150));
    const AttentionMap map = mapOf(blob({32, 24}));
    RenderOptions o;
    o.alpha = 0.0; // only the contour changes pixels
    o.contour = true;
    o.thresholdValue = 0.5;
    const cv::Mat out = renderOverlay(image, map, o);
    cv::Mat anyChannel;
    cv::Mat diff;
    cv::absdiff(out, image, diff);
    cv::cvtColor(diff, anyChannel, cv::COLOR_BGR2GRAY);
    const cv::Mat changedMask = anyChannel > 0;
    QVERIFY(cv::countNonZero(changedMask) > 200);
    // Reference iso-line from the float path: the border of {normalised >= threshold}.
    const cv::Mat up = upsampleMap(normalizeMap(map.data, o), size, {}, Upsampling::Bilinear);
    const cv::Mat inside = up >= 0.5f;
    cv::Mat border;
    cv::morphologyEx(inside, border, cv::MORPH_GRADIENT, cv::Mat());
    cv::Mat notBorder = border == 0, distance;
    cv::distanceTransform(notBorder, distance, cv::DIST_L2, 3);
    double farthest = 0.0;
    cv::minMaxLoc(distance, nullptr, &farthest, nullptr, nullptr, changedMask);
    QVERIFY2(farthest <= 4.0,
             qPrintable(QStringLiteral("changed pixel %1 px from the iso-line").arg(farthest)));
    // The line is white-on-dark: some pixels are (near) white.
    cv::Mat white;
    cv::inRange(out, cv::Scalar::all(240), cv::Scalar::all(255), white);
    QVERIFY(cv::countNonZero(white) > 100);
    QCOMPARE(cv::countNonZero(changedMask(cv::Rect(0, 0, 20, 20))), 0);
    // Regression: the line around an interior blob is closed (its start and end once left a gap).
    cv::Mat unchanged = changedMask == 0, toLine;
    cv::distanceTransform(unchanged, toLine, cv::DIST_L2, 3);
    double gap = 0.0;
    cv::minMaxLoc(toLine, nullptr, &gap, nullptr, nullptr, border);
    QVERIFY2(gap <= 3.0, qPrintable(QStringLiteral("iso-line pixel %1 px from the drawn line").arg(gap)));
}

void TestHeatmap::renderView_data() {
    QTest::addColumn<ViewMode>("mode");
    QTest::addColumn<bool>("withMap");
    QTest::addColumn<int>("widthFactor");
    QTest::newRow("original") << ViewMode::Original << true << 1;
    QTest::newRow("overlay") << ViewMode::Overlay << true << 1;
    QTest::newRow("map only") << ViewMode::MapOnly << true << 1;
    QTest::newRow("side by side") << ViewMode::SideBySide << true << 2;
    QTest::newRow("side by side, no map") << ViewMode::SideBySide << false << 2;
    QTest::newRow("overlay, no map") << ViewMode::Overlay << false << 1;
}

void TestHeatmap::renderView() {
    QFETCH(ViewMode, mode);
    QFETCH(bool, withMap);
    QFETCH(int, widthFactor);
    const cv::Mat image = randomImage({120, 70});
    const AttentionMap map = mapOf(blob({12, 7}));
    const RenderOptions o;
    const cv::Mat view = al::renderView(image, withMap ? &map : nullptr, mode, o);
    QCOMPARE(view.size(), cv::Size(image.cols * widthFactor, image.rows));
    QCOMPARE(view.type(), CV_8UC3);
    const cv::Mat overlay = withMap ? renderOverlay(image, map, o) : image;
    const cv::Mat left = view(cv::Rect(0, 0, image.cols, image.rows));
    switch (mode) {
    case ViewMode::Original:
        QCOMPARE(maxAbsDiff(view, image), 0.0);
        break;
    case ViewMode::Overlay:
        QCOMPARE(maxAbsDiff(view, overlay), 0.0);
        break;
    case ViewMode::MapOnly:
        QCOMPARE(maxAbsDiff(view, renderMap(map, image.size(), o)), 0.0);
        QVERIFY(maxAbsDiff(view, image) > 10.0);
        break;
    case ViewMode::SideBySide:
        QCOMPARE(maxAbsDiff(left, image), 0.0);
        QCOMPARE(maxAbsDiff(view(cv::Rect(image.cols, 0, image.cols, image.rows)), overlay), 0.0);
        break;
    }
}

void TestHeatmap::sampleMapAt_data() {
    QTest::addColumn<cv::Rect2d>("region");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<double>("expected"); // NaN: outside
    const double outside = std::numeric_limits<double>::quiet_NaN();
    const cv::Rect2d r(20, 10, 40, 30);
    QTest::newRow("top-left cell") << r << QPointF(20, 10) << 0.25;
    QTest::newRow("bottom-right cell") << r << QPointF(59.9, 39.9) << 1.0;
    QTest::newRow("second column") << r << QPointF(40, 12) << 0.5;
    QTest::newRow("second row") << r << QPointF(21, 25) << 0.75;
    QTest::newRow("left of region") << r << QPointF(19.9, 20) << outside;
    QTest::newRow("right edge is outside") << r << QPointF(60, 20) << outside;
    QTest::newRow("below region") << r << QPointF(30, 40) << outside;
    QTest::newRow("whole image corner") << cv::Rect2d() << QPointF(99.5, 79.5) << 1.0;
    QTest::newRow("whole image origin") << cv::Rect2d() << QPointF(0, 0) << 0.25;
    QTest::newRow("outside image") << cv::Rect2d() << QPointF(100, 5) << outside;
}

void TestHeatmap::sampleMapAt() {
    QFETCH(cv::Rect2d, region);
    QFETCH(QPointF, point);
    QFETCH(double, expected);
    const AttentionMap map = mapOf((cv::Mat_<float>(2, 2) << 0.25f, 0.5f, 0.75f, 1.0f), region);
    const auto value = al::sampleMapAt(map, cv::Size(100, 80), cv::Point2d(point.x(), point.y()));
    if (std::isnan(expected)) {
        QVERIFY(!value.has_value());
    } else {
        QVERIFY(value.has_value());
        QCOMPARE(*value, static_cast<float>(expected));
    }
}

void TestHeatmap::sampleMatchesNearestRenderer() {
    // Ten cells over 73 pixels: cell borders fall between pixels at non-integer positions.
    cv::Mat data(7, 10, CV_32FC1);
    for (int i = 0; i < 70; ++i)
        data.at<float>(i / 10, i % 10) = static_cast<float>(i) / 69.f;
    const AttentionMap map = mapOf(data, cv::Rect2d(3, 2, 73, 51));
    RenderOptions o;
    o.colormap = Colormap::Gray;
    o.upsampling = Upsampling::Nearest;
    const cv::Size size(80, 60);
    const cv::Mat rendered = renderMap(map, size, o);
    int compared = 0;
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            const auto v = al::sampleMapAt(map, size, cv::Point2d(x + 0.5, y + 0.5));
            if (!v)
                continue;
            ++compared;
            const int expected = cvRound(*v * 255.0);
            if (std::abs(rendered.at<cv::Vec3b>(y, x)[0] - expected) > 1)
                QFAIL(qPrintable(QStringLiteral("pixel (%1,%2) shows %3, sampleMapAt says %4")
                                     .arg(x)
                                     .arg(y)
                                     .arg(rendered.at<cv::Vec3b>(y, x)[0])
                                     .arg(expected)));
        }
    }
    QCOMPARE(compared, 73 * 51);
}

QTEST_GUILESS_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
