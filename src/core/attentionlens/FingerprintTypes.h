// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// Shared vocabulary of the fingerprint generator, the analysis pipeline, matching and evaluation.
///
/// Geometry conventions (everything uses them):
/// - pixel coordinates: x to the right, y down, origin at the top-left pixel's centre; 500 ppi;
/// - angles in radians, measured counterclockwise from the +x axis as seen on screen (so a direction
///   (dx, dy) in pixel coordinates has angle atan2(-dy, dx)); this is the ISO/IEC 19794-2 convention;
/// - a minutia's angle is in [0, 2*pi) (see Minutia::angle);
/// - a ridge orientation is in [0, pi) (an axis, not a direction).
#include <opencv2/core.hpp>

#include <QString>
#include <optional>
#include <vector>

namespace al::fp {

/// The five Henry classes used by NIST/FVC-style synthetic data.
enum class FingerprintClass { Arch, TentedArch, LeftLoop, RightLoop, Whorl };
inline constexpr int kFingerprintClassCount = 5;

enum class MinutiaType { Ending, Bifurcation, Other };

struct Minutia {
    double x = 0.0;
    double y = 0.0;
    /// Radians in [0, 2*pi). Ridge ending: the direction from the end point into its ridge.
    /// Bifurcation: the direction from the fork point into the valley between the two branches
    /// (the opposite of the direction of the single stem). Both as in ISO/IEC 19794-2.
    double angle = 0.0;
    MinutiaType type = MinutiaType::Ending;
    double quality = 1.0; ///< [0, 1]
};

enum class SingularType { Core, Delta };

struct SingularPoint {
    double x = 0.0;
    double y = 0.0;
    SingularType type = SingularType::Core;
};

/// Ground truth of one generated impression (or the result of analysing a print: same fields).
struct FingerprintTruth {
    FingerprintClass fingerprintClass = FingerprintClass::Arch;
    std::vector<SingularPoint> singularPoints;
    std::vector<Minutia> minutiae;
    cv::Mat orientation; ///< CV_32F, radians in [0, pi), per pixel (may be empty)
    cv::Mat period;      ///< CV_32F, ridge period in pixels, per pixel (may be empty)
    cv::Mat mask;        ///< CV_8U, 255 = finger area (may be empty)
};

} // namespace al::fp
