// SPDX-License-Identifier: MIT
#pragma once
// Analytic test prints for the fingerprint pipeline tests: every pattern has a known orientation, period,
// singular point or minutia. Dark ridges (gray 28) on light valleys (gray 228) inside a round finger area on
// a white background.
#include <cmath>
#include <functional>
#include <opencv2/core.hpp>

namespace al::test {

inline constexpr double kPi = 3.14159265358979323846;

/// Renders gray = 128 + 100 cos(phase(x, y)) inside a disc of `radius` around the centre (255 outside).
inline cv::Mat renderPhase(cv::Size size, double radius, const std::function<double(double, double)>& phase) {
    cv::Mat img(size, CV_8U, cv::Scalar(255));
    const double cx = size.width / 2.0, cy = size.height / 2.0;
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            if (std::hypot(x - cx, y - cy) <= radius)
                img.at<uchar>(y, x) = cv::saturate_cast<uchar>(128.0 + 100.0 * std::cos(phase(x, y)));
    return img;
}

/// Straight parallel ridges with orientation `theta` (radians, counterclockwise on screen) and `period` px.
inline cv::Mat parallelRidges(cv::Size size, double theta, double period) {
    const double nx = std::sin(theta), ny = std::cos(theta); // the ridge normal in pixel coordinates
    return renderPhase(size, 0.45 * std::min(size.width, size.height),
                       [=](double x, double y) { return 2.0 * kPi * (x * nx + y * ny) / period; });
}

/// Parallel ridges with one phase vortex at the centre: one ridge more on one side, i.e. one minutia at the
/// centre whose direction is `angle` (radians, screen convention). `flip` swaps ridges and valleys, turning a
/// ridge ending into a bifurcation and back.
inline cv::Mat minutiaPrint(cv::Size size, double angle, double period, bool flip) {
    const double cx = size.width / 2.0, cy = size.height / 2.0;
    const double a = angle; // the phase vortex adds a ridge to its right: a minutia pointing right (angle 0)
    return renderPhase(size, 0.45 * std::min(size.width, size.height), [=](double x, double y) {
        const double dx = x - cx, dy = y - cy;
        // Frame coordinates: the image rotated back by `a` (counterclockwise on screen = clockwise in
        // pixels).
        const double u = std::cos(a) * dx - std::sin(a) * dy, v = std::sin(a) * dx + std::cos(a) * dy;
        return 2.0 * kPi * v / period + std::atan2(v, u) + (flip ? kPi : 0.0);
    });
}

/// Ridges along level sets of a distance: circles around the centre (a whorl), or hairpins opening to the
/// left (`opening` = -1: a left loop) or to the right (+1: a right loop).
inline cv::Mat loopPrint(cv::Size size, int opening, double period) {
    const double cx = size.width / 2.0, cy = size.height / 2.0;
    return renderPhase(size, 0.45 * std::min(size.width, size.height), [=](double x, double y) {
        const double dx = x - cx, dy = y - cy;
        const bool straight = opening != 0 && dx * opening > 0.0;
        return 2.0 * kPi * (straight ? std::fabs(dy) : std::hypot(dx, dy)) / period;
    });
}

} // namespace al::test
