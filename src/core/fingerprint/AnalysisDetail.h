// SPDX-License-Identifier: MIT
#pragma once
// Internal stages of the fingerprint pipeline (not installed). All maps are at 500 ppi, the geometry
// conventions of FingerprintTypes.h hold: angles counterclockwise on screen, orientation in [0, pi).
#include "attentionlens/FingerprintAnalysis.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <opencv2/core.hpp>
#include <vector>

namespace al::fp {
/// Translation context of the pipeline's user-visible strings.
class FpText {
    Q_DECLARE_TR_FUNCTIONS(al::Fingerprint)
};
} // namespace al::fp

namespace al::fp::detail {

inline constexpr int kBlock = 16;
/// The 8-neighbourhood in ring order N, NE, E, SE, S, SW, W, NW (clockwise on screen): bit i of a
/// neighbour code is the pixel at (kDx[i], kDy[i]).
inline constexpr std::array<int, 8> kDx{0, 1, 1, 1, 0, -1, -1, -1};
inline constexpr std::array<int, 8> kDy{-1, -1, 0, 1,
                                        1,  1,  0, -1}; ///< block size of the frequency and quality maps (px)
inline constexpr double kPi = 3.14159265358979323846;

/// Normalised image (CV_32F, zero local mean, unit local deviation, ridges positive) and the local
/// standard deviation of the gray levels (CV_32F) used for segmentation and contrast.
struct Normalized {
    cv::Mat image;
    cv::Mat localStd; ///< over ~2 ridge periods, inside the finger (contrast)
};
/// CV_8U mask, 255 = finger area (the largest region of ridge contrast, holes filled).
cv::Mat segmentForeground(const cv::Mat& gray8);
Normalized normalizeImage(const cv::Mat& gray8, const cv::Mat& mask, bool darkRidges);

struct OrientationField {
    cv::Mat theta;      ///< CV_32F ridge orientation in [0, pi)
    cv::Mat coherence;  ///< CV_32F in [0, 1]
    cv::Mat cos2;       ///< CV_32F cos(2 theta) of the smoothed field (unit length where defined)
    cv::Mat sin2;       ///< CV_32F sin(2 theta)
    cv::Mat coarseCos2; ///< more strongly smoothed field for singular points and classification
    cv::Mat coarseSin2;
};
OrientationField estimateOrientation(const cv::Mat& normalized, const cv::Mat& mask);

/// Per-pixel ridge period (CV_32F, px) and per-block validity (CV_8U on the block grid).
struct PeriodField {
    cv::Mat period;
    cv::Mat blockValid;
};
PeriodField estimatePeriod(const cv::Mat& normalized, const OrientationField& field, const cv::Mat& mask);

/// Per-pixel quality level 0..4 (CV_8U), NBIS/MINDTCT style.
cv::Mat estimateQuality(const Normalized& normalized, const OrientationField& field,
                        const PeriodField& period, const cv::Mat& mask);

/// Contextual Gabor filter (CV_32F, ridges positive, 0 outside the mask).
cv::Mat gaborEnhance(const cv::Mat& normalized, const cv::Mat& theta, const cv::Mat& period,
                     const cv::Mat& mask);
/// Ridges (enhanced > 0 inside the mask) as 255, small specks removed.
cv::Mat binarize(const cv::Mat& enhanced, const cv::Mat& mask);
/// One-pixel-wide 8-connected skeleton (Zhang & Suen 1984), 255 = skeleton.
cv::Mat thin(const cv::Mat& binary);

/// Minutiae found on the skeleton plus the candidates the clean-up removed (for the transparency view).
struct MinutiaeResult {
    std::vector<Minutia> minutiae;
    std::vector<Minutia> removed;
};
MinutiaeResult extractMinutiae(const cv::Mat& skeleton, const OrientationField& field, const cv::Mat& period,
                               const cv::Mat& mask, const cv::Mat& quality, const AnalysisOptions& options);

std::vector<SingularPoint> findSingularPoints(const OrientationField& field, const cv::Mat& mask);
FingerprintClass classify(const std::vector<SingularPoint>& points, const OrientationField& field);

/// Fills result.stages with the display image of every stage (needs all other fields of `result`).
void addStageImages(AnalysisResult& result, const cv::Mat& normalized, const std::vector<Minutia>& removed);

// Small geometry helpers shared by the stages.
inline double wrapAngle(double a) { // to [0, 2 pi)
    a = std::fmod(a, 2.0 * kPi);
    return a < 0.0 ? a + 2.0 * kPi : a;
}
inline double angleDiff(double a, double b) { // |a - b| on the circle, in [0, pi]
    const double d = std::fabs(wrapAngle(a - b));
    return d > kPi ? 2.0 * kPi - d : d;
}
/// Angle of the pixel-coordinate direction (dx, dy) in the screen convention.
inline double directionAngle(double dx, double dy) {
    return wrapAngle(std::atan2(-dy, dx));
}

/// Bilinear sample of a CV_32F map, clamped at the border.
inline float sampleBilinear(const cv::Mat& m, double x, double y) {
    x = std::clamp(x, 0.0, double(m.cols - 1));
    y = std::clamp(y, 0.0, double(m.rows - 1));
    const int x0 = std::min(int(x), m.cols - 2 < 0 ? 0 : m.cols - 2);
    const int y0 = std::min(int(y), m.rows - 2 < 0 ? 0 : m.rows - 2);
    const int x1 = std::min(x0 + 1, m.cols - 1), y1 = std::min(y0 + 1, m.rows - 1);
    const double fx = x - x0, fy = y - y0;
    const float* r0 = m.ptr<float>(y0);
    const float* r1 = m.ptr<float>(y1);
    return float((r0[x0] * (1 - fx) + r0[x1] * fx) * (1 - fy) + (r1[x0] * (1 - fx) + r1[x1] * fx) * fy);
}

/// Orientation in [0, pi) at a point from the doubled-angle field.
inline double orientationAt(const cv::Mat& cos2, const cv::Mat& sin2, double x, double y) {
    const double a = 0.5 * std::atan2(sampleBilinear(sin2, x, y), sampleBilinear(cos2, x, y));
    return a < 0.0 ? a + kPi : a;
}

} // namespace al::fp::detail
