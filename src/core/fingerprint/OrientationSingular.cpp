// SPDX-License-Identifier: MIT
// Singular points by the Poincare index and the rule-based class of the fingerprint pipeline.
#include "AnalysisDetail.h"

#include <opencv2/imgproc.hpp>

namespace al::fp::detail {

namespace {

constexpr int kGridStep = 4;
constexpr double kRadius = 8.0;
constexpr int kSamples = 16;

// Poincare index (Kawagoe & Tojo, "Fingerprint pattern classification", Pattern Recognition 17(3), 1984):
// the orientation change along a closed counterclockwise curve, each step wrapped into (-pi/2, pi/2].
// About +pi around a core (loop), -pi around a delta, +2pi around a whorl centre, 0 elsewhere.
double poincareIndex(const cv::Mat& c2, const cv::Mat& s2, double x, double y, double radius) {
    double sum = 0.0;
    double prev = orientationAt(c2, s2, x + radius, y);
    for (int k = 1; k <= kSamples; ++k) {
        const double phi = 2.0 * kPi * k / kSamples;
        const double cur = orientationAt(c2, s2, x + radius * std::cos(phi), y - radius * std::sin(phi));
        double d = cur - prev;
        if (d > kPi / 2)
            d -= kPi;
        else if (d <= -kPi / 2)
            d += kPi;
        sum += d;
        prev = cur;
    }
    return sum;
}

struct Detection {
    cv::Point2d centre;
    int cells = 0;
    double index = 0.0;
};

// Direction (screen angle) in which a core's loop opens: where the ridges around it run radially. With the
// field near a core modelled as theta = phi/2 + c, the ridges are radial at phi = 2c, the argument of
// sum exp(i(2 theta - phi)).
double openingDirection(const OrientationField& f, cv::Point2d core) {
    double re = 0.0, im = 0.0;
    for (int k = 0; k < 32; ++k) {
        const double phi = 2.0 * kPi * k / 32;
        const double t = orientationAt(f.coarseCos2, f.coarseSin2, core.x + 20.0 * std::cos(phi),
                                       core.y - 20.0 * std::sin(phi));
        re += std::cos(2.0 * t - phi);
        im += std::sin(2.0 * t - phi);
    }
    return wrapAngle(std::atan2(im, re));
}

} // namespace

std::vector<SingularPoint> findSingularPoints(const OrientationField& field, const cv::Mat& mask) {
    cv::Mat padded, dist;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    cv::distanceTransform(padded, dist, cv::DIST_L2, 3);
    const int gw = mask.cols / kGridStep, gh = mask.rows / kGridStep;
    cv::Mat kind = cv::Mat::zeros(gh, gw, CV_8U); // 1 core, 2 delta, 3 whorl centre
    cv::Mat index = cv::Mat::zeros(gh, gw, CV_32F);
    for (int gy = 0; gy < gh; ++gy)
        for (int gx = 0; gx < gw; ++gx) {
            const double x = gx * kGridStep + kGridStep / 2.0, y = gy * kGridStep + kGridStep / 2.0;
            if (dist.at<float>(int(y) + 1, int(x) + 1) < 16.0f)
                continue;
            const double p = poincareIndex(field.coarseCos2, field.coarseSin2, x, y, kRadius);
            index.at<float>(gy, gx) = float(p);
            kind.at<uchar>(gy, gx) = p > 1.5 * kPi ? 3 : p > 0.5 * kPi ? 1 : p < -0.5 * kPi ? 2 : 0;
        }
    std::vector<SingularPoint> points;
    std::vector<Detection> cores, deltas;
    for (uchar k = 1; k <= 3; ++k) {
        cv::Mat labels, stats, centroids;
        const int n = cv::connectedComponentsWithStats(kind == k, labels, stats, centroids, 8, CV_32S);
        for (int i = 1; i < n; ++i) {
            Detection d;
            d.centre = cv::Point2d(centroids.at<double>(i, 0) * kGridStep + kGridStep / 2.0,
                                   centroids.at<double>(i, 1) * kGridStep + kGridStep / 2.0);
            d.cells = stats.at<int>(i, cv::CC_STAT_AREA);
            (k == 2 ? deltas : cores).push_back(d);
            if (k == 3)
                cores.push_back(d); // a whorl centre: two cores too close to be told apart
        }
    }
    // A core and a delta closer than a ridge or two are noise in the field (a dipole), not a pattern.
    std::vector<bool> coreGone(cores.size()), deltaGone(deltas.size());
    for (size_t i = 0; i < cores.size(); ++i)
        for (size_t j = 0; j < deltas.size(); ++j)
            if (!coreGone[i] && !deltaGone[j] && cv::norm(cores[i].centre - deltas[j].centre) < 14.0)
                coreGone[i] = deltaGone[j] = true;
    for (size_t i = 0; i < cores.size(); ++i)
        if (!coreGone[i])
            points.push_back({cores[i].centre.x, cores[i].centre.y, SingularType::Core});
    for (size_t j = 0; j < deltas.size(); ++j)
        if (!deltaGone[j])
            points.push_back({deltas[j].centre.x, deltas[j].centre.y, SingularType::Delta});
    return points;
}

// Rules after Karu & Jain, "Fingerprint classification", Pattern Recognition 29(3), 1996: no singular
// point -> arch; two cores (or a core and two deltas) -> whorl; one core -> a loop opening to the side of its
// ridges, or a tented arch when the core opens straight down (towards its delta).
FingerprintClass classify(const std::vector<SingularPoint>& points, const OrientationField& field) {
    std::vector<cv::Point2d> cores, deltas;
    for (const SingularPoint& p : points)
        (p.type == SingularType::Core ? cores : deltas).emplace_back(p.x, p.y);
    if (cores.size() >= 2 || (cores.size() == 1 && deltas.size() >= 2))
        return FingerprintClass::Whorl;
    if (cores.empty())
        return FingerprintClass::Arch;
    const double opening = openingDirection(field, cores.front());
    const double down = 1.5 * kPi;
    if (!deltas.empty()) {
        const cv::Point2d v = deltas.front() - cores.front();
        const double toDelta = directionAngle(v.x, v.y);
        if (angleDiff(toDelta, down) < kPi / 7 && angleDiff(opening, down) < kPi / 5)
            return FingerprintClass::TentedArch;
        if (std::fabs(std::cos(opening)) < 0.3) // opening ambiguous: the delta lies opposite the opening
            return v.x > 0 ? FingerprintClass::LeftLoop : FingerprintClass::RightLoop;
    } else if (angleDiff(opening, down) < kPi / 9) {
        return FingerprintClass::TentedArch;
    }
    return std::cos(opening) < 0.0 ? FingerprintClass::LeftLoop : FingerprintClass::RightLoop;
}

} // namespace al::fp::detail
