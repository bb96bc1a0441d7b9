// SPDX-License-Identifier: MIT
// The finger's layout and fields: silhouette, singular points by class, orientation (zero-pole model with the
// Vizcaya-Gerhardt correction; arches by an analytic bump field), ridge period map.
#include "GeneratorDetail.h"

#include <algorithm>

namespace al::fp::detail {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream) {
    // SplitMix64 (Steele, Lea & Flood, OOPSLA 2014).
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double SingularCorrection::apply(double alpha) const {
    const double step = 2.0 * kPi / 8.0;
    const double t = std::clamp((alpha + kPi) / step, 0.0, 8.0);
    const int i = std::min(int(t), 7);
    const double frac = t - i;
    return g[i] + frac * (g[i + 1] - g[i]);
}

namespace {

SingularCorrection randomCorrection(Rng& rng) {
    // Vizcaya & Gerhardt (1996): g_k(alpha) piecewise linear through 8 samples; perturbing the identity
    // bends the loops and whorls the way real ones are, instead of the zero-pole model's symmetric shapes.
    SingularCorrection c;
    for (int k = 0; k < 8; ++k)
        c.g[k] = -kPi + 2.0 * kPi * k / 8.0 + rng.uniform(-0.3, 0.3);
    c.g[8] = c.g[0] + 2.0 * kPi;
    return c;
}

void placeSingularPoints(FingerLayout& layout, Rng& rng) {
    const Silhouette& s = layout.silhouette;
    const double a = s.halfWidth;
    const auto add = [&layout, &rng](double x, double y, SingularType type) {
        layout.singularPoints.push_back({x, y, type});
        layout.corrections.push_back(randomCorrection(rng));
    };
    switch (layout.fingerprintClass) {
    case FingerprintClass::Arch:
        layout.archCentre = {s.centre.x + rng.uniform(-0.1, 0.1) * a,
                             s.centre.y + rng.uniform(-0.1, 0.25) * a};
        layout.archWidth = rng.uniform(0.35, 0.55) * a;
        layout.archHeight = rng.uniform(0.8, 1.3) * layout.archWidth;
        break;
    case FingerprintClass::TentedArch: {
        const cv::Point2d core{s.centre.x + rng.uniform(-0.1, 0.1) * a,
                               s.centre.y + rng.uniform(-0.15, 0.1) * a};
        add(core.x, core.y, SingularType::Core);
        add(core.x + rng.uniform(-0.08, 0.08) * a, core.y + rng.uniform(0.35, 0.55) * a, SingularType::Delta);
        break;
    }
    case FingerprintClass::LeftLoop:
    case FingerprintClass::RightLoop: {
        // Seen on the image, a left loop's ridges enter and leave on the left; its delta is on the right.
        const double side = layout.fingerprintClass == FingerprintClass::LeftLoop ? 1.0 : -1.0;
        const cv::Point2d core{s.centre.x + side * rng.uniform(-0.2, 0.0) * a,
                               s.centre.y + rng.uniform(-0.3, 0.0) * a};
        add(core.x, core.y, SingularType::Core);
        add(core.x + side * rng.uniform(0.45, 0.65) * a, core.y + rng.uniform(0.5, 0.75) * a,
            SingularType::Delta);
        break;
    }
    case FingerprintClass::Whorl: {
        const cv::Point2d c{s.centre.x + rng.uniform(-0.1, 0.1) * a,
                            s.centre.y + rng.uniform(-0.25, 0.0) * a};
        const double dx = rng.uniform(-0.1, 0.1) * a;
        const double dy = rng.uniform(0.1, 0.2) * a;
        add(c.x - dx, c.y - dy, SingularType::Core);
        add(c.x + dx, c.y + dy, SingularType::Core);
        const double deltaY = c.y + rng.uniform(0.55, 0.75) * a;
        add(c.x - rng.uniform(0.5, 0.65) * a, deltaY + rng.uniform(-0.05, 0.05) * a, SingularType::Delta);
        add(c.x + rng.uniform(0.5, 0.65) * a, deltaY + rng.uniform(-0.05, 0.05) * a, SingularType::Delta);
        break;
    }
    }
}

} // namespace

FingerLayout makeLayout(FingerprintClass fingerprintClass, cv::Size size, Rng& rng) {
    FingerLayout layout;
    layout.fingerprintClass = fingerprintClass;
    Silhouette& s = layout.silhouette;
    s.centre = {size.width * rng.uniform(0.47, 0.53), size.height * rng.uniform(0.48, 0.54)};
    s.halfWidth = size.width * rng.uniform(0.36, 0.43);
    s.top = size.height * rng.uniform(0.40, 0.45);
    s.bottom = size.height * rng.uniform(0.44, 0.52);
    s.bottomExponent = rng.uniform(2.5, 4.0);
    placeSingularPoints(layout, rng);

    layout.basePeriod = rng.uniform(8.8, 10.0);
    layout.periodSlope = rng.uniform(0.2, 0.8) / (0.5 * size.height); // coarser towards the finger tip's base
    // Three long waves shape the period map; three shorter ones vary it locally, which forces ridges to split
    // or end and so sets the minutiae density (SFinGe's minutiae come from such frequency changes).
    for (size_t i = 0; i < layout.periodWaves.size(); ++i) {
        const bool local = i >= 3;
        const double wavelength = local ? rng.uniform(50.0, 120.0) : rng.uniform(150.0, 400.0);
        const double direction = rng.uniform(0.0, 2.0 * kPi);
        layout.periodWaves[i] = {local ? rng.uniform(0.5, 0.9) : rng.uniform(0.1, 0.3),
                                 2.0 * kPi * std::cos(direction) / wavelength,
                                 2.0 * kPi * std::sin(direction) / wavelength, rng.uniform(0.0, 2.0 * kPi)};
    }
    return layout;
}

cv::Mat silhouetteMask(const Silhouette& s, cv::Size size) {
    cv::Mat mask(size, CV_8U);
    for (int y = 0; y < size.height; ++y) {
        auto* row = mask.ptr<uchar>(y);
        const double dy = y - s.centre.y;
        const double v =
            dy < 0 ? std::pow(std::abs(dy) / s.top, 2.0) : std::pow(dy / s.bottom, s.bottomExponent);
        for (int x = 0; x < size.width; ++x) {
            const double u = (x - s.centre.x) / s.halfWidth;
            row[x] = u * u + v <= 1.0 ? 255 : 0;
        }
    }
    return mask;
}

double orientationAt(const FingerLayout& layout, double x, double y) {
    double theta = 0.0;
    if (layout.fingerprintClass == FingerprintClass::Arch) {
        // Ridges follow the curves y_up = h * exp(-(x-xc)^2 / (2 w^2)), flattening towards top and bottom.
        const double dx = x - layout.archCentre.x;
        const double w = layout.archWidth;
        const double fade = std::exp(-std::pow((y - layout.archCentre.y) / (2.2 * w), 2.0));
        const double slope = -layout.archHeight * dx / (w * w) * std::exp(-dx * dx / (2.0 * w * w)) * fade;
        theta = std::atan(slope);
    } else {
        // Zero-pole model (Sherlock & Monro 1993): theta = 1/2 [sum_cores g(arg(z - c)) - sum_deltas
        // g(arg(z - d))] with angles counterclockwise on screen (y up), so that a core has Poincare index
        // +1/2 (the orientation turns with the path around it) and a delta -1/2.
        for (size_t i = 0; i < layout.singularPoints.size(); ++i) {
            const SingularPoint& p = layout.singularPoints[i];
            const double alpha = std::atan2(-(y - p.y), x - p.x);
            const double g = layout.corrections[i].apply(alpha);
            theta += p.type == SingularType::Core ? 0.5 * g : -0.5 * g;
        }
    }
    theta = std::fmod(theta, kPi);
    return theta < 0 ? theta + kPi : theta;
}

cv::Mat orientationField(const FingerLayout& layout, cv::Size size) {
    cv::Mat field(size, CV_32F);
    for (int y = 0; y < size.height; ++y) {
        auto* row = field.ptr<float>(y);
        for (int x = 0; x < size.width; ++x)
            row[x] = float(orientationAt(layout, x, y));
    }
    return field;
}

cv::Mat periodField(const FingerLayout& layout, cv::Size size) {
    cv::Mat field(size, CV_32F);
    const double cy = layout.silhouette.centre.y;
    for (int y = 0; y < size.height; ++y) {
        auto* row = field.ptr<float>(y);
        for (int x = 0; x < size.width; ++x) {
            double p = layout.basePeriod + layout.periodSlope * (y - cy);
            for (const cv::Vec4d& w : layout.periodWaves)
                p += w[0] * std::cos(w[1] * x + w[2] * y + w[3]);
            row[x] = float(std::clamp(p, 8.0, 11.0));
        }
    }
    return field;
}

} // namespace al::fp::detail
