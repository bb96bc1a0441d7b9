// SPDX-License-Identifier: MIT
#pragma once

// Building blocks of the Itti-Koch model, exposed for the tests.

#include "attentionlens/RunControl.h"

#include <QString>
#include <array>
#include <opencv2/core.hpp>
#include <vector>

namespace al::saliency::itti {

inline constexpr int kLevels = 9; ///< pyramid levels 0..8
inline constexpr int kCentreLevels[] = {2, 3, 4};
inline constexpr int kDeltas[] = {3, 4};
inline constexpr int kConspicuityLevel = 4; ///< scale of the conspicuity and saliency maps
inline constexpr int kOrientations[] = {0, 45, 90, 135};

/// The map normalisation operator N(.): scale to [0, M], find the mean m of the local maxima other than
/// the global one, multiply by (M - m)^2. A map with one strong peak is promoted, a map with many
/// comparable peaks is suppressed. A flat map becomes all zeros.
cv::Mat normalizeN(const cv::Mat& map, float maxValue = 1.f);

/// |centre (-) surround|: the surround is interpolated to the centre's size, then subtracted.
cv::Mat acrossScaleDifference(const cv::Mat& centre, const cv::Mat& surround);

/// Feature pyramids, indexed by level 0..8: intensity at levels 1..8; opponency and orientation energy at
/// the levels the centre-surround stage uses (2..8). Unused levels are left empty.
struct Pyramids {
    std::vector<cv::Mat> intensity;                  ///< I = (r+g+b)/3, values in [0,1]
    std::vector<cv::Mat> redGreen;                   ///< R - G
    std::vector<cv::Mat> blueYellow;                 ///< B - Y
    std::array<std::vector<cv::Mat>, 4> orientation; ///< Gabor energy per kOrientations entry
};
Pyramids buildPyramids(const cv::Mat& bgr8);

/// One centre-surround feature map at its centre scale.
struct FeatureMap {
    QString channel; ///< "intensity", "rg", "by", "orientation/45", ...
    int centre = 0;
    int surround = 0;
    cv::Mat data;
};

struct IttiOutput {
    std::vector<FeatureMap> features; ///< 6 intensity, 6 RG, 6 BY, 24 orientation
    cv::Mat intensity;                ///< conspicuity maps (before the final N) at kConspicuityLevel
    cv::Mat colour;
    cv::Mat orientation;
    cv::Mat saliency;
};

struct IttiWeights {
    double intensity = 1.0;
    double colour = 1.0;
    double orientation = 1.0;
};

/// Runs the whole model; reports progress per stage and checks for cancellation between stages.
IttiOutput computeItti(const cv::Mat& bgr8, const IttiWeights& weights, const RunControl& control);

} // namespace al::saliency::itti
