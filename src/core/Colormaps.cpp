// SPDX-License-Identifier: MIT
// Colour tables for the heat maps, and the stored names of the display options.
#include "EnumNames.h"
#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/core.hpp>
#include <utility>

namespace al {

namespace {

using Rgb = std::array<double, 3>; // components in [0,1]

// The names are stored in settings and accepted by the CLI, so they never change once published.
constexpr std::array<std::pair<Colormap, const char*>, 6> kColormapNames{{
    {Colormap::Turbo, "turbo"},
    {Colormap::Jet, "jet"},
    {Colormap::Viridis, "viridis"},
    {Colormap::Inferno, "inferno"},
    {Colormap::Magma, "magma"},
    {Colormap::Gray, "gray"},
}};

constexpr std::array<std::pair<Normalization, const char*>, 3> kNormalizationNames{{
    {Normalization::MinMax, "minmax"},
    {Normalization::Percentile, "percentile"},
    {Normalization::Fixed, "fixed"},
}};

constexpr std::array<std::pair<Upsampling, const char*>, 2> kUpsamplingNames{{
    {Upsampling::Bilinear, "bilinear"},
    {Upsampling::Nearest, "nearest"},
}};

using detail::nameOf;
using detail::valueOf;

// Turbo: Anton Mikhailov, "Turbo, An Improved Rainbow Colormap for Visualization", Google AI Blog, 2019,
// evaluated with the degree-5 polynomial approximation (per channel) published with it by Ruofei Du.
Rgb turbo(double x) {
    const double x2 = x * x, x3 = x2 * x, x4 = x3 * x, x5 = x4 * x;
    return {0.13572138 + 4.61539260 * x - 42.66032258 * x2 + 132.13108234 * x3 - 152.94239396 * x4 +
                59.28637943 * x5,
            0.09140261 + 2.19418839 * x + 4.84296658 * x2 - 14.18503333 * x3 + 4.27729857 * x4 +
                2.82956604 * x5,
            0.10667330 + 12.64194608 * x - 60.58204836 * x2 + 110.36276771 * x3 - 89.90310912 * x4 +
                27.34824973 * x5};
}

// Jet: the classic piecewise-linear definition (MATLAB's jet), each channel a clipped "tent" of width 4/8
// centred at 3/4 (red), 1/2 (green) and 1/4 (blue).
Rgb jet(double x) {
    auto tent = [x](double centre) { return std::clamp(1.5 - std::abs(4.0 * x - 4.0 * centre), 0.0, 1.0); };
    return {tent(0.75), tent(0.5), tent(0.25)};
}

// viridis/inferno/magma: van der Walt & Smith, "A better default colormap for Matplotlib" (SciPy 2015).
// Ten evenly spaced samples (0, 1/9, ..., 1) of each map as 8-bit sRGB; the LUT interpolates them with a
// Catmull-Rom spline, which stays within a few units of the published 256-entry tables.
using ControlPoints = std::array<std::uint32_t, 10>;
constexpr ControlPoints kViridis{0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E,
                                 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725};
constexpr ControlPoints kInferno{0x000004, 0x1B0C42, 0x4B0C6B, 0x781C6D, 0xA52C60,
                                 0xCF4446, 0xED6925, 0xFB9A06, 0xF7D03C, 0xFCFFA4};
constexpr ControlPoints kMagma{0x000004, 0x180F3E, 0x451077, 0x721F81, 0x9F2F7F,
                               0xCD4071, 0xF1605D, 0xFD9567, 0xFEC98D, 0xFCFDBF};

double channel(std::uint32_t rgb, int c) {
    return ((rgb >> (16 - 8 * c)) & 0xFF) / 255.0;
}

Rgb spline(const ControlPoints& points, double x) {
    const int last = static_cast<int>(points.size()) - 1;
    const double pos = x * last;
    const int i = std::clamp(static_cast<int>(std::floor(pos)), 0, last - 1);
    const double t = pos - i;
    const int i0 = std::max(i - 1, 0), i2 = i + 1, i3 = std::min(i + 2, last);
    Rgb out{};
    for (int c = 0; c < 3; ++c) {
        const double p0 = channel(points[i0], c), p1 = channel(points[i], c);
        const double p2 = channel(points[i2], c), p3 = channel(points[i3], c);
        // Catmull-Rom tangents; at the ends the missing neighbour is the end point itself.
        const double m1 = (p2 - p0) / (i2 - i0), m2 = (p3 - p1) / (i3 - i);
        const double t2 = t * t, t3 = t2 * t;
        out[c] =
            (2 * t3 - 3 * t2 + 1) * p1 + (t3 - 2 * t2 + t) * m1 + (-2 * t3 + 3 * t2) * p2 + (t3 - t2) * m2;
    }
    return out;
}

Rgb evaluate(Colormap colormap, double x) {
    switch (colormap) {
    case Colormap::Turbo:
        return turbo(x);
    case Colormap::Jet:
        return jet(x);
    case Colormap::Viridis:
        return spline(kViridis, x);
    case Colormap::Inferno:
        return spline(kInferno, x);
    case Colormap::Magma:
        return spline(kMagma, x);
    case Colormap::Gray:
        break;
    }
    return {x, x, x};
}

cv::Mat buildLut(Colormap colormap) {
    cv::Mat lut(1, 256, CV_8UC3);
    auto* px = lut.ptr<cv::Vec3b>();
    for (int i = 0; i < 256; ++i) {
        const Rgb rgb = evaluate(colormap, i / 255.0);
        for (int c = 0; c < 3; ++c)
            px[i][2 - c] = cv::saturate_cast<uchar>(std::clamp(rgb[c], 0.0, 1.0) * 255.0);
    }
    return lut;
}

} // namespace

QString toString(Colormap c) {
    return nameOf(kColormapNames, c);
}

std::optional<Colormap> colormapFromString(const QString& name) {
    // "grey" is a common spelling in the UI languages we ship.
    if (name.trimmed().compare(QLatin1String("grey"), Qt::CaseInsensitive) == 0)
        return Colormap::Gray;
    return valueOf(kColormapNames, name);
}

QString toString(Normalization n) {
    return nameOf(kNormalizationNames, n);
}

std::optional<Normalization> normalizationFromString(const QString& name) {
    return valueOf(kNormalizationNames, name);
}

QString toString(Upsampling u) {
    return nameOf(kUpsamplingNames, u);
}

std::optional<Upsampling> upsamplingFromString(const QString& name) {
    return valueOf(kUpsamplingNames, name);
}

QStringList colormapNames() {
    QStringList names;
    for (const auto& entry : kColormapNames)
        names << QString::fromLatin1(entry.second);
    return names;
}

const cv::Mat& colormapLut(Colormap colormap) {
    // Built once on first use; function-local statics are initialised thread-safely.
    static const std::array<cv::Mat, 6> luts = [] {
        std::array<cv::Mat, 6> all;
        for (const auto& [value, name] : kColormapNames)
            all[static_cast<std::size_t>(value)] = buildLut(value);
        return all;
    }();
    const auto index = static_cast<std::size_t>(colormap);
    return luts.at(index < luts.size() ? index : static_cast<std::size_t>(Colormap::Gray));
}

cv::Mat colorize(const cv::Mat& map01, Colormap colormap) {
    if (map01.empty() || map01.channels() != 1 || (map01.depth() != CV_32F && map01.depth() != CV_8U)) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::Colormaps",
                                        "Cannot colour a map of type %1: expected a non-empty single-channel "
                                        "8-bit or 32-bit float matrix.")
                .arg(QString::fromStdString(cv::typeToString(map01.type()))));
    }
    const cv::Vec3b* lut = colormapLut(colormap).ptr<cv::Vec3b>();
    cv::Mat out(map01.size(), CV_8UC3);
    for (int y = 0; y < map01.rows; ++y) {
        auto* dst = out.ptr<cv::Vec3b>(y);
        if (map01.depth() == CV_8U) {
            const uchar* src = map01.ptr<uchar>(y);
            for (int x = 0; x < map01.cols; ++x)
                dst[x] = lut[src[x]];
        } else {
            const float* src = map01.ptr<float>(y);
            for (int x = 0; x < map01.cols; ++x) {
                // The negated comparison sends NaN to entry 0.
                const float v = src[x];
                const int q = !(v > 0.f) ? 0 : (v >= 1.f ? 255 : static_cast<int>(v * 255.f + 0.5f));
                dst[x] = lut[q];
            }
        }
    }
    return out;
}

} // namespace al
