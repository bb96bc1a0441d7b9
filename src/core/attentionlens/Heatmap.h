// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionMap.h"

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>
#include <optional>

namespace al {

enum class Normalization {
    MinMax,     ///< (v - min) / (max - min)
    Percentile, ///< clip to [p_low, p_high] percentiles, then min-max
    Fixed,      ///< clip to [fixedMin, fixedMax], then scale
};
enum class Colormap { Turbo, Jet, Viridis, Inferno, Magma, Gray };
enum class Upsampling { Bilinear, Nearest };
/// How the centre view composes image and map.
enum class ViewMode { Original, Overlay, SideBySide, MapOnly };

QString toString(Normalization n);
std::optional<Normalization> normalizationFromString(const QString& name);
QString toString(Colormap c);
std::optional<Colormap> colormapFromString(const QString& name);
QStringList colormapNames();
QString toString(Upsampling u);
std::optional<Upsampling> upsamplingFromString(const QString& name);

/// Display controls; the defaults are what the app starts with.
struct RenderOptions {
    Normalization normalization = Normalization::MinMax;
    double percentileLow = 1.0;   ///< Percentile mode, in [0,100)
    double percentileHigh = 99.0; ///< Percentile mode, in (percentileLow,100]
    double fixedMin = 0.0;        ///< Fixed mode
    double fixedMax = 1.0;        ///< Fixed mode, > fixedMin
    Colormap colormap = Colormap::Turbo;
    double alpha = 0.5;           ///< map opacity over the image, [0,1]
    Upsampling upsampling = Upsampling::Bilinear;
    bool threshold = false;       ///< hide normalised values below thresholdValue
    double thresholdValue = 0.5;  ///< in [0,1] of the normalised map
    bool contour = false;         ///< draw the iso-line at thresholdValue instead of / on top of the fill
};

/// Normalises a CV_32FC1 map into [0,1] (CV_32FC1). A constant map becomes all zeros.
/// NaN/Inf are treated as the minimum. Precondition: non-empty CV_32FC1, else throws Error(BadInput).
cv::Mat normalizeMap(const cv::Mat& map, const RenderOptions& options);

/// Resamples a [0,1] map to `size`, placing it over `region` (input pixel coords; empty = whole).
/// Pixels outside the region are 0. Output CV_32FC1 of `size`.
cv::Mat upsampleMap(const cv::Mat& map01, cv::Size size, const cv::Rect2d& region, Upsampling mode);

/// Colours a [0,1] CV_32FC1 or CV_8UC1 map; returns CV_8UC3 BGR.
cv::Mat colorize(const cv::Mat& map01, Colormap colormap);

/// The 256-entry BGR lookup table of a colormap (CV_8UC3, 1x256). Turbo after Mikhailov (Google, 2019);
/// viridis/inferno/magma after van der Walt & Smith (matplotlib, 2015).
const cv::Mat& colormapLut(Colormap colormap);

/// Renders `map` over `imageBgr` (CV_8UC3) with the options: normalise, upsample to the image size,
/// colourise, alpha-blend, then threshold/contour. Returns a new CV_8UC3 image of the image's size.
/// This is the app's hot path (benchmarked: <= 3 ms at 1920x1080 on one core).
cv::Mat renderOverlay(const cv::Mat& imageBgr, const AttentionMap& map, const RenderOptions& options);

/// Renders the map alone, colourised, at `size` (CV_8UC3).
cv::Mat renderMap(const AttentionMap& map, cv::Size size, const RenderOptions& options);

/// Composes a view: Original -> the image; Overlay -> renderOverlay; MapOnly -> renderMap;
/// SideBySide -> image and overlay next to each other (width doubled).
cv::Mat renderView(const cv::Mat& imageBgr, const AttentionMap* map, ViewMode mode,
                   const RenderOptions& options);

/// Value of the map under an input pixel (x, y), sampled like the renderer (nearest cell), or nullopt when
/// the point lies outside the map's region.
std::optional<float> sampleMapAt(const AttentionMap& map, cv::Size inputSize, cv::Point2d inputPoint);

} // namespace al
