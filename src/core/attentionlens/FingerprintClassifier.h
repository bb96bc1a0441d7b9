// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// The learned fingerprint class model with spatial attention (model package `fingerprint-class-attn`,
/// trained in training/train_fingerprint.py) as the fingerprint code sees it: run it on a gray print, read
/// its five class probabilities and its attention map, and measure whether the attention peak lies near a
/// singular point (core or delta) - the check of `fingerprint evaluate` and the Fingerprint workspace.
#include "attentionlens/AttentionMap.h"
#include "attentionlens/FingerprintTypes.h"
#include "attentionlens/RunControl.h"

#include <QJsonObject>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace al {
class AttentionModel;
}

namespace al::fp {

/// Id of the bundled package.
inline constexpr const char* kFingerprintClassifierId = "fingerprint-class-attn";
/// Name of the attention output the classifier pools with (the softmax over its grid).
inline constexpr const char* kFingerprintAttentionOutput = "attention";
/// The radius for "attention peak near a singular point", in print pixels at 500 ppi.
inline constexpr double kAttentionPeakRadius = 25.0;

/// One run of the classifier on one print.
struct FingerprintClassification {
    FingerprintClass fingerprintClass = FingerprintClass::Arch; ///< the most probable class
    std::array<double, kFingerprintClassCount> probabilities{}; ///< in FingerprintClass order
    AttentionMap attention; ///< the pooling weights, region in print pixels (whole print)
    cv::Point2d peak;       ///< centre of the attention map's highest cell, in print pixels
    double elapsedMs = 0.0;
};

/// Runs `model` on an 8-bit gray print (CV_8UC1; CV_8UC3 BGR is accepted too). The model must label its
/// outputs with the five class names (arch, tented_arch, left_loop, right_loop, whorl, in any order) and
/// return the map kFingerprintAttentionOutput (else its final map). Throws Error(BadInput) for an empty
/// image or a model that is not a fingerprint classifier (naming the model), and whatever runModel()
/// throws. Re-entrant when the model is (the onnx plugin's models are).
FingerprintClassification classifyFingerprint(const AttentionModel& model, const cv::Mat& print,
                                              const RunControl& control = RunControl());

/// Centre of the highest cell of `map` in input pixels of a `printSize` input (through map.region).
cv::Point2d attentionPeak(const AttentionMap& map, cv::Size printSize);

/// Distance from `point` to the nearest singular point (any type), or nullopt when there is none.
std::optional<double> nearestSingularPointDistance(cv::Point2d point,
                                                   const std::vector<SingularPoint>& points);

/// Scores of the classifier over a set of prints with ground truth.
struct ClassifierScores {
    int prints = 0;
    int classCorrect = 0;
    std::array<std::array<int, kFingerprintClassCount>, kFingerprintClassCount>
        confusion{}; ///< [truth][found]
    /// Prints that count for the peak check: not arches, and at least one true singular point in the print.
    int peakPrints = 0;
    int peakHits = 0;                  ///< of those, peak within `radius` of a true singular point
    std::vector<double> peakDistances; ///< of those, the distance to the nearest true singular point
    double radius = kAttentionPeakRadius;
    double elapsedMs = 0.0; ///< total classifier time

    /// Adds one print: its truth and what the classifier found.
    void add(const FingerprintTruth& truth, const FingerprintClassification& found);
    double classAccuracy() const { return prints ? double(classCorrect) / prints : 0.0; }
    double peakRate() const { return peakPrints ? double(peakHits) / peakPrints : 0.0; }
    double medianPeakDistance() const; ///< 0 when no print counted
};

/// {modelId, prints, classAccuracy, classConfusion, peakRadiusPixels, peakPrints, peakHits,
///  peakNearSingularPoint, medianPeakDistancePixels, meanMilliseconds}; rates rounded to 4 digits.
QJsonObject classifierScoresToJson(const ClassifierScores& scores, const QString& modelId);

} // namespace al::fp
