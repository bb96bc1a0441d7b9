// SPDX-License-Identifier: MIT
// Impressions of the master pattern (SFinGe, Cappelli, Maio & Maltoni 2002): a rigid displacement and
// rotation, an elastic distortion that grows away from the contact centre (after Cappelli, Maio & Maltoni's
// skin distortion model, 2001), pressure by grey-level erosion/dilation, uneven dryness, blur, contrast and
// noise. The truth (singular points, minutiae, orientation, period, mask) goes through the same mapping.
#include "GeneratorDetail.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace al::fp::detail {

namespace {

// Impression pixel q -> master pixel P(q) = c + R(-phi) (q - c - t) + s(q) D(q).
struct Warp {
    cv::Point2d centre;
    cv::Point2d translation;
    double rotation = 0.0; // counterclockwise on screen
    double reach = 1.0;    // distance from the contact centre where the distortion reaches full strength
    std::array<cv::Vec6d, 3> waves{}; // (ax, ay, kx, ky, phase, unused)

    cv::Point2d toMaster(cv::Point2d q) const {
        const cv::Point2d d = q - centre - translation;
        const double c = std::cos(rotation), s = std::sin(rotation);
        const double strength = std::pow(std::min(1.0, std::hypot(d.x, d.y) / reach), 1.5);
        cv::Point2d p{centre.x + c * d.x - s * d.y, centre.y + s * d.x + c * d.y};
        for (const cv::Vec6d& w : waves) {
            const double v = std::sin(w[2] * q.x + w[3] * q.y + w[4]) * strength;
            p.x += w[0] * v;
            p.y += w[1] * v;
        }
        return p;
    }
    // Inverse of toMaster by fixed-point iteration (the distortion is small and smooth).
    cv::Point2d toImpression(cv::Point2d p) const {
        const double c = std::cos(rotation), s = std::sin(rotation);
        const auto rotate = [c, s](cv::Point2d v) {
            return cv::Point2d{c * v.x + s * v.y, -s * v.x + c * v.y};
        };
        cv::Point2d q = centre + translation + rotate(p - centre);
        for (int i = 0; i < 12; ++i)
            q += rotate(p - toMaster(q));
        return q;
    }
};

Warp randomWarp(cv::Size size, Rng& rng) {
    Warp w;
    w.centre = {size.width * 0.5, size.height * 0.5};
    w.translation = {rng.uniform(-30.0, 30.0), rng.uniform(-30.0, 30.0)};
    w.rotation = rng.uniform(-15.0, 15.0) * kPi / 180.0;
    w.reach = 0.45 * std::min(size.width, size.height);
    for (cv::Vec6d& wave : w.waves) {
        const double wavelength = rng.uniform(250.0, 600.0);
        const double direction = rng.uniform(0.0, 2.0 * kPi);
        wave = {rng.uniform(-3.5, 3.5),
                rng.uniform(-3.5, 3.5),
                2.0 * kPi * std::cos(direction) / wavelength,
                2.0 * kPi * std::sin(direction) / wavelength,
                rng.uniform(0.0, 2.0 * kPi),
                0.0};
    }
    return w;
}

double angleOf(cv::Point2d v) {
    const double a = std::atan2(-v.y, v.x);
    return a < 0 ? a + 2.0 * kPi : a;
}

bool insideMask(const cv::Mat& mask, cv::Point2d q) {
    const int x = int(std::lround(q.x)), y = int(std::lround(q.y));
    return x >= 0 && y >= 0 && x < mask.cols && y < mask.rows && mask.at<uchar>(y, x);
}

// Per-pixel truth orientation: the master orientation at P(q), carried by the inverse Jacobian of P.
cv::Mat warpOrientation(const cv::Mat& masterOrientation, const cv::Mat& mapX, const cv::Mat& mapY) {
    cv::Mat sampled;
    cv::remap(masterOrientation, sampled, mapX, mapY, cv::INTER_NEAREST, cv::BORDER_REPLICATE);
    cv::Mat out(mapX.size(), CV_32F);
    for (int y = 0; y < out.rows; ++y)
        for (int x = 0; x < out.cols; ++x) {
            const int x0 = std::max(0, x - 1), x1 = std::min(out.cols - 1, x + 1);
            const int y0 = std::max(0, y - 1), y1 = std::min(out.rows - 1, y + 1);
            const double a = (mapX.at<float>(y, x1) - mapX.at<float>(y, x0)) / (x1 - x0);
            const double b = (mapX.at<float>(y1, x) - mapX.at<float>(y0, x)) / (y1 - y0);
            const double c = (mapY.at<float>(y, x1) - mapY.at<float>(y, x0)) / (x1 - x0);
            const double d = (mapY.at<float>(y1, x) - mapY.at<float>(y0, x)) / (y1 - y0);
            const double theta = sampled.at<float>(y, x);
            const double vx = std::cos(theta), vy = -std::sin(theta); // master direction, pixels
            // Solve J u = v for the impression direction u (J = [[a, b], [c, d]]).
            const double det = a * d - b * c;
            const cv::Point2d u{(d * vx - b * vy) / det, (a * vy - c * vx) / det};
            out.at<float>(y, x) = float(std::fmod(angleOf(u), kPi));
        }
    return out;
}

// Grey-level ink in [0, 1]: pressure, dryness and a fade towards the edge of the contact area.
cv::Mat inkImage(const cv::Mat& ridges, const cv::Mat& mask, Rng& rng) {
    const double threshold = rng.uniform(-0.2, 0.2);
    const double dryness = rng.uniform(0.0, 0.35);
    cv::Mat blotches(ridges.size() / 8, CV_32F);
    for (auto& v : cv::Mat_<float>(blotches))
        v = float(rng.uniform(-1.0, 1.0));
    cv::resize(blotches, blotches, ridges.size(), 0, 0, cv::INTER_CUBIC);
    cv::GaussianBlur(blotches, blotches, {0, 0}, 6.0);
    cv::Mat ink(ridges.size(), CV_32F);
    for (int y = 0; y < ink.rows; ++y)
        for (int x = 0; x < ink.cols; ++x) {
            const double r = ridges.at<float>(y, x) - threshold - dryness * blotches.at<float>(y, x);
            ink.at<float>(y, x) = float(0.5 + 0.5 * std::tanh(2.5 * r));
        }
    const double pressure = rng.uniform(-1.0, 1.0); // pressed hard: ridges widen; lightly: they thin
    if (std::abs(pressure) > 0.4) {
        const cv::Mat k = cv::getStructuringElement(cv::MORPH_ELLIPSE, {3, 3});
        pressure > 0 ? cv::dilate(ink, ink, k) : cv::erode(ink, ink, k);
    }
    cv::Mat padded, dist;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    cv::distanceTransform(padded, dist, cv::DIST_L2, 3);
    dist = dist(cv::Rect(1, 1, mask.cols, mask.rows)) / 12.0f;
    cv::min(dist, 1.0, dist);
    return ink.mul(dist);
}

cv::Mat sensorImage(const cv::Mat& ink, Rng& rng) {
    const double background = rng.uniform(215.0, 250.0);
    const double ridge = rng.uniform(20.0, 90.0);
    cv::Mat gray = background - (background - ridge) * ink;
    cv::GaussianBlur(gray, gray, {0, 0}, rng.uniform(0.5, 1.3));
    const double noise = rng.uniform(3.0, 10.0);
    for (auto& v : cv::Mat_<float>(gray))
        v += float(noise * rng.normal());
    cv::Mat out;
    gray.convertTo(out, CV_8U); // saturates
    return out;
}

} // namespace

cv::Mat renderClean(const cv::Mat& ridges, const cv::Mat& mask) {
    cv::Mat gray = 135.0 - 105.0 * ridges; // ridges (+1) dark, valleys (-1) light
    gray.setTo(250.0, ~mask);
    cv::Mat out;
    gray.convertTo(out, CV_8U);
    return out;
}

GeneratedImpression makeImpression(const cv::Mat& ridges, const FingerprintTruth& master, Rng& rng) {
    const cv::Size size = ridges.size();
    const Warp warp = randomWarp(size, rng);
    cv::Mat mapX(size, CV_32F), mapY(size, CV_32F);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x) {
            const cv::Point2d p = warp.toMaster({double(x), double(y)});
            mapX.at<float>(y, x) = float(p.x);
            mapY.at<float>(y, x) = float(p.y);
        }
    GeneratedImpression imp;
    imp.rotation = warp.rotation;
    imp.translation = warp.translation;
    FingerprintTruth& truth = imp.truth;
    truth.fingerprintClass = master.fingerprintClass;
    cv::Mat warpedRidges;
    cv::remap(ridges, warpedRidges, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
    cv::remap(master.mask, truth.mask, mapX, mapY, cv::INTER_NEAREST, cv::BORDER_CONSTANT, 0);
    cv::remap(master.period, truth.period, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    truth.orientation = warpOrientation(master.orientation, mapX, mapY);
    imp.image = sensorImage(inkImage(warpedRidges, truth.mask, rng), rng);

    for (const SingularPoint& s : master.singularPoints) {
        const cv::Point2d q = warp.toImpression({s.x, s.y});
        if (insideMask(truth.mask, q))
            truth.singularPoints.push_back({q.x, q.y, s.type});
    }
    for (const Minutia& m : master.minutiae) {
        const cv::Point2d q = warp.toImpression({m.x, m.y});
        if (!insideMask(truth.mask, q))
            continue;
        const cv::Point2d ahead =
            warp.toImpression({m.x + 4.0 * std::cos(m.angle), m.y - 4.0 * std::sin(m.angle)});
        truth.minutiae.push_back({q.x, q.y, angleOf(ahead - q), m.type, m.quality});
    }
    return imp;
}

} // namespace al::fp::detail
