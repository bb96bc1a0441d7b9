// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// Accuracy of the fingerprint pipeline on generated prints with ground truth (`attentionlens-cli fingerprint
/// evaluate`): orientation RMSE away from singular points, ridge-period error, singular-point detection,
/// minutiae precision/recall/F1 (clean master prints and distorted noisy impressions separately),
/// FVC-protocol matching error rates (Maio et al., "FVC2000: Fingerprint Verification Competition", PAMI
/// 2002) and the rule-based class accuracy. The metric functions work on plain inputs so they can be tested
/// by hand.
///
/// Synthetic prints do not measure accuracy on real sensors; these numbers compare versions of the pipeline.
#include "attentionlens/FingerprintTypes.h"
#include "attentionlens/RunControl.h"

#include <QJsonObject>
#include <array>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace al::fp {

/// Difference of two orientations (axes, radians), in [0, pi/2].
double axialAngleDifference(double a, double b);
/// Difference of two directions (radians), in [0, pi].
double directionDifference(double a, double b);

/// Root-mean-square orientation error in degrees over the pixels where `valid` is set (CV_8U). `truth` and
/// `estimate` are CV_32F radians (axes); an estimate of another size is resampled (nearest) to the truth's.
/// Returns {rmse, pixels}; rmse is 0 when no pixel is valid.
std::pair<double, int> orientationRmseDegrees(const cv::Mat& truth, const cv::Mat& estimate,
                                              const cv::Mat& valid);

/// Mean absolute ridge-period error in pixels over `valid` pixels where the estimate is positive.
/// Returns {error, pixels}.
std::pair<double, int> meanPeriodError(const cv::Mat& truth, const cv::Mat& estimate, const cv::Mat& valid);

/// `mask` (CV_8U) eroded by `border` pixels and without the discs of radius `radius` around the points.
cv::Mat evaluationRegion(const cv::Mat& mask, double border, const std::vector<SingularPoint>& points,
                         double radius);

/// One-to-one pairing of truth items with detected items.
struct PairingCounts {
    int truePositives = 0;
    int falsePositives = 0;                 ///< detected, unpaired
    int falseNegatives = 0;                 ///< truth, unpaired
    std::vector<std::pair<int, int>> pairs; ///< (truth index, detected index)
    double precision() const;
    double recall() const;
    double f1() const;
    PairingCounts& operator+=(const PairingCounts& other);
};

/// Type-agnostic minutiae pairing: candidates within `maxDistance` pixels and `maxAngle` radians of direction
/// difference, taken greedily by increasing distance so that each minutia is used at most once.
PairingCounts pairMinutiae(const std::vector<Minutia>& truth, const std::vector<Minutia>& detected,
                           double maxDistance = 16.0,
                           double maxAngle = 30.0 * 3.14159265358979323846 / 180.0);

/// Singular points of the same type within `maxDistance` pixels, one-to-one, greedily by distance.
PairingCounts pairSingularPoints(const std::vector<SingularPoint>& truth,
                                 const std::vector<SingularPoint>& detected, double maxDistance = 16.0);

/// Verification error rates from similarity scores (higher = more alike), FVC definitions:
/// FMR(t) = share of impostor scores >= t, FNMR(t) = share of genuine scores < t.
struct ErrorRates {
    double eer = 0.0;     ///< min over t of max(FMR(t), FNMR(t)): the equal error rate, rounded up
    double fmr100 = 0.0;  ///< lowest FNMR with FMR <= 1%
    double fmr1000 = 0.0; ///< lowest FNMR with FMR <= 0.1%
    double eerThreshold = 0.0;
    int genuine = 0;
    int impostor = 0;
};
/// Throws Error(BadInput) when either list is empty.
ErrorRates computeErrorRates(const std::vector<double>& genuine, const std::vector<double>& impostor);

/// Feature accuracy accumulated over a set of prints.
struct FeatureScores {
    int prints = 0;
    double orientationSquaredSum = 0.0; ///< degrees^2
    long long orientationPixels = 0;
    double periodAbsSum = 0.0;
    long long periodPixels = 0;
    PairingCounts singular;
    PairingCounts minutiae;
    /// Scored truth minutiae of each type (Ending, Bifurcation, Other) and how many of them were paired: the
    /// recall per type, a diagnostic next to the type-agnostic scores.
    std::array<int, 3> truthMinutiaeByType{};
    std::array<int, 3> pairedMinutiaeByType{};
    int classCorrect = 0;
    std::array<std::array<int, kFingerprintClassCount>, kFingerprintClassCount>
        confusion{}; ///< [truth][found]

    double orientationRmse() const;
    double periodError() const;
    double classAccuracy() const { return prints ? double(classCorrect) / prints : 0.0; }
};

struct FingerprintEvaluationOptions {
    int fingers = 10;    ///< [2, 10000]; classes cycle arch, tented arch, left loop, right loop, whorl
    int impressions = 4; ///< per finger, [2, 64]
    std::uint64_t seed = 1;
    cv::Size size{400, 400};
    double minutiaDistance = 16.0; ///< px
    double minutiaAngle = 30.0 * 3.14159265358979323846 / 180.0;
    double singularDistance = 16.0;  ///< px
    double singularExclusion = 24.0; ///< orientation error is measured this far from singular points
    double borderMargin = 16.0;      ///< px from the finger's edge that are not scored (minutiae, fields)
    /// Optional: sees every distorted impression (not the clean masters) with its truth before it is
    /// analysed, in order, on the calling thread; scores another classifier on the same prints (the
    /// attention classifier of `fingerprint evaluate`, FingerprintClassifier.h).
    std::function<void(const cv::Mat& gray, const FingerprintTruth& truth)> observeImpression;
};

/// The pipeline under test: analysis of one 8-bit print (result in the print's pixels) and a similarity
/// score of two analysed prints.
using AnalyzeFunction = std::function<FingerprintTruth(const cv::Mat& gray)>;
using MatchFunction = std::function<double(const FingerprintTruth& a, const FingerprintTruth& b)>;

struct FingerprintEvaluationReport {
    FingerprintEvaluationOptions options;
    FeatureScores clean;       ///< master prints: no distortion, no noise
    FeatureScores impressions; ///< distorted, noisy impressions
    ErrorRates matching;
    std::vector<double> genuineScores;
    std::vector<double> impostorScores;
    double meanMasterMinutiae = 0.0;
    double elapsedMs = 0.0;
};

/// Generates the fingers, analyses every master and impression, matches by the FVC protocol (genuine: every
/// pair of impressions of a finger; impostor: the first impressions of every pair of fingers). Minutiae and
/// field pixels within options.borderMargin of the truth mask's edge are not scored. Honours cancellation;
/// throws Error(BadInput) for options out of range.
FingerprintEvaluationReport evaluateFingerprints(const FingerprintEvaluationOptions& options,
                                                 const AnalyzeFunction& analyze, const MatchFunction& match,
                                                 const RunControl& control = RunControl());

/// The same with the project's pipeline (analyzeFingerprint, matchMinutiae).
FingerprintEvaluationReport evaluateFingerprintPipeline(const FingerprintEvaluationOptions& options,
                                                        const RunControl& control = RunControl());

/// The report as JSON (options, clean, impressions, matching, elapsedMs); numbers rounded for reading.
QJsonObject fingerprintEvaluationToJson(const FingerprintEvaluationReport& report);

} // namespace al::fp
