// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// Minutiae matching of two prints: alignment by rotation/translation voting (a Hough transform over all
/// minutia pairs, after Ratha, Karu, Chen & Jain, "A real-time matching system for large fingerprint
/// databases", IEEE TPAMI 18(8), 1996), then one-to-one greedy pairing within distance and angle tolerances.
#include "attentionlens/FingerprintTypes.h"

#include <QJsonObject>
#include <vector>

namespace al::fp {

struct MatchOptions {
    double distanceTolerance = 15.0; ///< px at 500 ppi: paired minutiae lie at most this far apart
    double angleTolerance = 0.349;   ///< radians (20 degrees): paired minutiae directions differ at most this
    double maxRotation = 3.1416;     ///< radians: rotations larger than this are not considered
    bool requireSameType = false;    ///< pair only endings with endings and bifurcations with bifurcations
};

struct MinutiaPair {
    int a = -1; ///< index into the first print's minutiae
    int b = -1; ///< index into the second print's minutiae
};

struct MatchResult {
    /// Similarity in [0, 1]: paired^2 / (count A * count B), counted only over minutiae that fall inside the
    /// other print's area after alignment (both bounding boxes when no mask is known). 0 without minutiae.
    double score = 0.0;
    std::vector<MinutiaPair> pairs;
    double rotation = 0.0;   ///< radians in (-pi, pi], counterclockwise on screen, mapping A onto B
    cv::Point2d translation; ///< px: b = R(rotation) * a + translation
    double ms = 0.0;         ///< matching time
};

/// Matches the minutiae of print A against print B. Pure function, re-entrant. Coordinates and angles follow
/// FingerprintTypes.h. `maskA`/`maskB` (CV_8U finger areas, may be empty) restrict the score to the overlap.
MatchResult matchMinutiae(const std::vector<Minutia>& a, const std::vector<Minutia>& b,
                          const MatchOptions& options = {}, const cv::Mat& maskA = {},
                          const cv::Mat& maskB = {});

/// Where minutia `m` of A lands in B's frame under the alignment of `result`.
cv::Point2d transformPoint(const MatchResult& result, cv::Point2d p);

/// The two prints side by side (A left, B right, CV_8UC3) with their minutiae and a line between the
/// minutiae of every pair. `grayA`/`grayB` are CV_8UC1 or CV_8UC3 images in the minutiae's coordinates.
cv::Mat renderMatch(const cv::Mat& grayA, const std::vector<Minutia>& a, const cv::Mat& grayB,
                    const std::vector<Minutia>& b, const MatchResult& result);

/// JSON: score, pairs [{a, b}], rotationDegrees, translation {x, y}, ms, and the two minutiae counts.
QJsonObject matchToJson(const MatchResult& result, int countA, int countB);

} // namespace al::fp
