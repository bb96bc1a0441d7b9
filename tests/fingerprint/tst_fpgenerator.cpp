// SPDX-License-Identifier: MIT
// The synthetic fingerprint generator: determinism, singular points by class (with their Poincare index on
// the truth orientation field), ridge coverage, minutiae on drawn patterns, impressions' truth mapping, truth
// JSON.
#include "attentionlens/Error.h"
#include "attentionlens/FingerprintGenerator.h"
#include "fingerprint/GeneratorDetail.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTest>
#include <opencv2/imgproc.hpp>

using namespace al::fp;

namespace {

constexpr double kPi = 3.14159265358979323846;

GeneratedFinger makeFinger(FingerprintClass c, std::uint64_t seed, int impressions) {
    GeneratorOptions o;
    o.fingerprintClass = c;
    o.seed = seed;
    o.impressions = impressions;
    o.size = {256, 256};
    return generateFinger(o);
}

// Poincare index of an axial field on a circle around (x, y), counterclockwise on screen.
double poincareIndex(const cv::Mat& orientation, double x, double y, double radius) {
    constexpr int kSteps = 48;
    double total = 0.0, previous = 0.0;
    for (int i = 0; i <= kSteps; ++i) {
        const double phi = 2.0 * kPi * i / kSteps;
        const int px = int(std::lround(x + radius * std::cos(phi))),
                  py = int(std::lround(y - radius * std::sin(phi)));
        const double theta = orientation.at<float>(std::clamp(py, 0, orientation.rows - 1),
                                                   std::clamp(px, 0, orientation.cols - 1));
        if (i > 0)
            total += std::remainder(theta - previous, kPi);
        previous = theta;
    }
    return total / (2.0 * kPi);
}

int countType(const std::vector<SingularPoint>& points, SingularType type) {
    return int(std::count_if(points.begin(), points.end(),
                             [type](const SingularPoint& p) { return p.type == type; }));
}

} // namespace

class TestFpGenerator : public QObject {
    Q_OBJECT
private slots:
    void deterministicPerSeed() {
        const GeneratedFinger a = makeFinger(FingerprintClass::LeftLoop, 7, 2);
        const GeneratedFinger b = makeFinger(FingerprintClass::LeftLoop, 7, 2);
        const GeneratedFinger c = makeFinger(FingerprintClass::LeftLoop, 8, 2);
        QCOMPARE(a.master.image.type(), CV_8UC1);
        QCOMPARE(a.master.image.size(), cv::Size(256, 256));
        QCOMPARE(cv::norm(a.master.image, b.master.image, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(a.impressions[1].image, b.impressions[1].image, cv::NORM_INF), 0.0);
        QCOMPARE(a.master.truth.minutiae.size(), b.master.truth.minutiae.size());
        QVERIFY(cv::norm(a.master.image, c.master.image, cv::NORM_L1) > 0.0);
        QVERIFY(cv::norm(a.impressions[0].image, a.impressions[1].image, cv::NORM_L1) > 0.0);
    }

    void singularPointsByClass_data() {
        QTest::addColumn<int>("cls");
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("deltas");
        QTest::addColumn<int>("deltaSide"); // +1: delta right of the core, -1: left, 0: any
        QTest::newRow("arch") << int(FingerprintClass::Arch) << 0 << 0 << 0;
        QTest::newRow("tented arch") << int(FingerprintClass::TentedArch) << 1 << 1 << 0;
        QTest::newRow("left loop") << int(FingerprintClass::LeftLoop) << 1 << 1 << 1;
        QTest::newRow("right loop") << int(FingerprintClass::RightLoop) << 1 << 1 << -1;
        QTest::newRow("whorl") << int(FingerprintClass::Whorl) << 2 << 2 << 0;
    }
    void singularPointsByClass() {
        QFETCH(int, cls);
        QFETCH(int, cores);
        QFETCH(int, deltas);
        QFETCH(int, deltaSide);
        for (std::uint64_t seed : {1u, 2u}) {
            const GeneratedFinger f = makeFinger(FingerprintClass(cls), seed, 0);
            const FingerprintTruth& t = f.master.truth;
            QCOMPARE(int(t.fingerprintClass), cls);
            QCOMPARE(countType(t.singularPoints, SingularType::Core), cores);
            QCOMPARE(countType(t.singularPoints, SingularType::Delta), deltas);
            for (const SingularPoint& p : t.singularPoints) {
                // A core turns the ridges by +pi along a counterclockwise loop (index +1/2), a delta by -pi.
                const double index = poincareIndex(t.orientation, p.x, p.y, 10.0);
                QVERIFY2(std::abs(index - (p.type == SingularType::Core ? 0.5 : -0.5)) < 0.05,
                         qPrintable(QStringLiteral("index %1").arg(index)));
            }
            if (deltaSide != 0) {
                const auto core =
                    std::find_if(t.singularPoints.begin(), t.singularPoints.end(),
                                 [](const SingularPoint& p) { return p.type == SingularType::Core; });
                const auto delta =
                    std::find_if(t.singularPoints.begin(), t.singularPoints.end(),
                                 [](const SingularPoint& p) { return p.type == SingularType::Delta; });
                QVERIFY((delta->x - core->x) * deltaSide > 0.0);
            }
        }
    }

    void ridgesCoverTheFingerAtThePeriod() {
        const GeneratedFinger f = makeFinger(FingerprintClass::Whorl, 11, 0);
        const cv::Mat& mask = f.master.truth.mask;
        const double area = cv::countNonZero(mask);
        QVERIFY(area > 0.4 * mask.total());
        QVERIFY(cv::countNonZero((cv::abs(f.ridges) > 0.1f) & mask) > 0.9 * area);
        double lo = 0.0, hi = 0.0;
        cv::minMaxLoc(f.master.truth.period, &lo, &hi, nullptr, nullptr, mask);
        QVERIFY(lo >= 8.0 && hi <= 11.0);
        QVERIFY(f.iterations > 3);
        // Ridge spacing: sign changes along the image's middle column, where ridges cross it.
        int changes = 0, samples = 0;
        const int x = mask.cols / 2;
        for (int y = 1; y < mask.rows; ++y)
            if (mask.at<uchar>(y, x) && mask.at<uchar>(y - 1, x)) {
                ++samples;
                changes += (f.ridges.at<float>(y, x) > 0) != (f.ridges.at<float>(y - 1, x) > 0);
            }
        const double spacing = 2.0 * samples / std::max(1, changes); // >= the period (ridges may be oblique)
        QVERIFY2(spacing > 7.0 && spacing < 20.0, qPrintable(QString::number(spacing)));
    }

    void masterMinutiaeOnDrawnPattern() {
        cv::Mat ridges(300, 400, CV_32F, cv::Scalar(-1.0f));
        cv::line(ridges, {100, 150}, {200, 150}, cv::Scalar(1.0f), 3);
        cv::line(ridges, {200, 150}, {300, 100}, cv::Scalar(1.0f), 3);
        cv::line(ridges, {200, 150}, {300, 200}, cv::Scalar(1.0f), 3);
        const cv::Mat mask(ridges.size(), CV_8U, cv::Scalar(255));
        const std::vector<Minutia> m = detail::extractMasterMinutiae(ridges, mask, 10.0);
        struct Expected {
            double x, y, angle;
            MinutiaType type;
        };
        const Expected expected[] = {
            {100, 150, 0.0, MinutiaType::Ending}, // into its ridge: to the right
            {300, 100, std::atan2(-50.0, -100.0) + 2 * kPi, MinutiaType::Ending}, // back towards the fork
            {300, 200, std::atan2(50.0, -100.0), MinutiaType::Ending},
            {200, 150, 0.0, MinutiaType::Bifurcation}, // into the valley between the branches
        };
        QCOMPARE(m.size(), std::size(expected));
        for (const Expected& e : expected) {
            const auto hit = std::find_if(m.begin(), m.end(), [&e](const Minutia& k) {
                // Thinning moves a fork of 3 px wide strokes a few pixels along the stem.
                return k.type == e.type && std::hypot(k.x - e.x, k.y - e.y) < 5.0;
            });
            QVERIFY2(hit != m.end(),
                     qPrintable(QStringLiteral("missing minutia at %1,%2").arg(e.x).arg(e.y)));
            QVERIFY2(std::abs(std::remainder(hit->angle - e.angle, 2 * kPi)) < 15.0 * kPi / 180.0,
                     qPrintable(QStringLiteral("angle %1, expected %2").arg(hit->angle).arg(e.angle)));
        }
    }

    void thinningGivesOnePixelLines() {
        cv::Mat binary = cv::Mat::zeros(60, 60, CV_8U);
        cv::rectangle(binary, cv::Rect(10, 25, 40, 7), cv::Scalar(255), cv::FILLED);
        const cv::Mat skel = detail::thinZhangSuen(binary);
        for (int x = 15; x < 45; ++x)
            QCOMPARE(cv::countNonZero(skel.col(x)), 1);
    }

    void impressionTruthFollowsTheTransform() {
        const GeneratedFinger f = makeFinger(FingerprintClass::RightLoop, 5, 3);
        const std::vector<Minutia>& master = f.master.truth.minutiae;
        QVERIFY(master.size() >= 10);
        const cv::Point2d centre(128.0, 128.0);
        for (const GeneratedImpression& imp : f.impressions) {
            QCOMPARE(imp.image.size(), f.master.image.size());
            QVERIFY(!imp.truth.minutiae.empty());
            QVERIFY(imp.truth.minutiae.size() <= master.size());
            const double c = std::cos(imp.rotation), s = std::sin(imp.rotation);
            int matched = 0;
            for (const Minutia& q : imp.truth.minutiae) {
                // Rigid part of the forward map; the elastic part moves points by up to ~10 px and turns them
                // a little.
                const auto near = std::find_if(master.begin(), master.end(), [&](const Minutia& p) {
                    const cv::Point2d d(p.x - centre.x, p.y - centre.y);
                    const cv::Point2d r =
                        centre + imp.translation + cv::Point2d(c * d.x + s * d.y, -s * d.x + c * d.y);
                    return std::hypot(r.x - q.x, r.y - q.y) < 14.0 &&
                           std::abs(std::remainder(p.angle + imp.rotation - q.angle, 2 * kPi)) < 0.35;
                });
                matched += near != master.end();
                QVERIFY(imp.truth.mask.at<uchar>(int(std::lround(q.y)), int(std::lround(q.x))));
            }
            QVERIFY2(matched >= 0.95 * imp.truth.minutiae.size(), qPrintable(QString::number(matched)));
            QCOMPARE(imp.truth.singularPoints.size() <= f.master.truth.singularPoints.size(), true);
        }
    }

    void truthJsonRoundTrip() {
        FingerprintTruth t;
        t.fingerprintClass = FingerprintClass::TentedArch;
        t.singularPoints = {{10.5, 20.25, SingularType::Core}, {30, 40, SingularType::Delta}};
        t.minutiae = {{1, 2, 0.5, MinutiaType::Ending, 1.0}, {3, 4, 6.0, MinutiaType::Bifurcation, 0.5}};
        const QJsonObject json = truthToJson(t);
        QCOMPARE(json.value(QStringLiteral("class")).toString(), QStringLiteral("tented_arch"));
        const FingerprintTruth back = truthFromJson(json);
        QCOMPARE(back.fingerprintClass, t.fingerprintClass);
        QCOMPARE(back.singularPoints.size(), size_t(2));
        QCOMPARE(back.singularPoints[1].type, SingularType::Delta);
        QVERIFY(std::abs(back.singularPoints[0].y - 20.25) < 0.01);
        QCOMPARE(back.minutiae.size(), size_t(2));
        QCOMPARE(back.minutiae[1].type, MinutiaType::Bifurcation);
        QVERIFY(std::abs(back.minutiae[1].angle - 6.0) < 1e-4);
        QVERIFY(std::abs(back.minutiae[1].quality - 0.5) < 1e-4);
    }

    void truthJsonErrorsNameTheField_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("class") << QStringLiteral("class") << QJsonValue(QStringLiteral("spiral"));
        QTest::newRow("minutiae") << QStringLiteral("minutiae") << QJsonValue(3);
        QTest::newRow("minutia x") << QStringLiteral("minutiae")
                                   << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("y"), 1}}});
        QTest::newRow("singular type")
            << QStringLiteral("singularPoints")
            << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("x"), 1},
                                                 {QStringLiteral("y"), 1},
                                                 {QStringLiteral("type"), QStringLiteral("x")}}});
    }
    void truthJsonErrorsNameTheField() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        FingerprintTruth t;
        t.minutiae = {{1, 2, 0.5, MinutiaType::Ending, 1.0}};
        QJsonObject json = truthToJson(t);
        json.insert(key, value);
        try {
            truthFromJson(json);
            QFAIL("no error");
        } catch (const al::Error& e) {
            QCOMPARE(e.code(), al::ErrorCode::BadInput);
            QVERIFY2(e.message().contains(key), qPrintable(e.message()));
        }
    }

    void optionsOutOfRangeAreRefused_data() {
        QTest::addColumn<int>("impressions");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("word");
        QTest::newRow("impressions") << 65 << 256 << QStringLiteral("impressions");
        QTest::newRow("size") << 1 << 100 << QStringLiteral("size");
    }
    void optionsOutOfRangeAreRefused() {
        QFETCH(int, impressions);
        QFETCH(int, width);
        QFETCH(QString, word);
        GeneratorOptions o;
        o.impressions = impressions;
        o.size = {width, 256};
        try {
            generateFinger(o);
            QFAIL("no error");
        } catch (const al::Error& e) {
            QCOMPARE(e.code(), al::ErrorCode::BadInput);
            QVERIFY2(e.message().contains(word), qPrintable(e.message()));
        }
    }

    void classNames() {
        QCOMPARE(fingerprintClassOptions().size(), kFingerprintClassCount);
        for (int c = 0; c < kFingerprintClassCount; ++c) {
            const QString name = fingerprintClassOption(FingerprintClass(c));
            QCOMPARE(parseFingerprintClass(name), std::optional(FingerprintClass(c)));
            QCOMPARE(parseFingerprintClass(name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'))),
                     std::optional(FingerprintClass(c)));
        }
        QVERIFY(!parseFingerprintClass(QStringLiteral("spiral")).has_value());
    }

    void pngCarries500Ppi() {
        const GeneratedImpression print = generatePrint(FingerprintClass::Arch, 3, {256, 256});
        QCOMPARE(print.image.size(), cv::Size(256, 256));
        const QImage decoded = QImage::fromData(encodeFingerprintPng(print.image), "PNG");
        QCOMPARE(decoded.size(), QSize(256, 256));
        QVERIFY(decoded.isGrayscale());
        QVERIFY(std::abs(decoded.dotsPerMeterX() * 0.0254 - 500.0) < 0.5);
        QCOMPARE(int(decoded.pixelColor(100, 120).red()), int(print.image.at<uchar>(120, 100)));
    }
};

QTEST_GUILESS_MAIN(TestFpGenerator)
#include "tst_fpgenerator.moc"
