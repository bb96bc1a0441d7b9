// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Does the attention map say what the model uses? Perturbation-based explanations (occlusion, RISE) that
/// only look at the model's output, deletion and insertion curves that test any map against the model, and
/// rank correlation to compare two maps. Every function works for any image classifier: the model is seen
/// through a ClassScorer (image -> class probabilities), called once per perturbed image (batch 1).

#include "attentionlens/AttentionPlugin.h"

#include <QJsonObject>
#include <functional>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace al {

/// Class probabilities of one image (CV_8UC3 BGR); index = class index. Must be re-entrant.
using ClassScorer = std::function<std::vector<double>(const cv::Mat& image)>;

/// A scorer over an image model: runModel() with top_k set to every class. Throws Error(BadInput) when the
/// model has no top_k parameter (it does not classify) or returns no predictions.
ClassScorer modelScorer(const AttentionModel& model, const ParamValues& params);

/// What replaces removed pixels.
enum class PerturbationBaseline {
    Black, ///< zeros: "no ink" for the digit models, the classic choice of deletion
    Blur,  ///< a strong Gaussian blur of the image: removes detail but keeps the colour distribution
    Mean,  ///< the image's mean colour
};

/// The perturbed-away version of `image` (same size and type).
cv::Mat baselineImage(const cv::Mat& image, PerturbationBaseline baseline);

struct OcclusionOptions {
    int patch = 8;  ///< side of the square patch in input pixels
    int stride = 4; ///< step between patch positions
    PerturbationBaseline baseline = PerturbationBaseline::Black;
};

/// Occlusion sensitivity (Zeiler & Fergus, ECCV 2014): for every patch position, the drop of the target's
/// probability when the patch is replaced by the baseline; each pixel gets the mean drop over the patches
/// that cover it. CV_32FC1 of the image size; positive = evidence for the target.
/// Throws Error(BadInput) for an empty image, a bad target or options, Error(Cancelled) when cancelled.
cv::Mat occlusionSensitivity(const cv::Mat& image, int target, const ClassScorer& scorer,
                             const OcclusionOptions& options = {}, const RunControl& control = RunControl());

struct RiseOptions {
    int masks = 2000;  ///< N in the paper
    int cells = 7;     ///< the random grid is cells x cells
    double keep = 0.5; ///< probability p that a grid cell is kept
    unsigned long long seed = 1;
};

/// RISE (Petsiuk, Das & Saenko, BMVC 2018): N random smooth masks (a cells x cells binary grid kept with
/// probability p, bilinearly up-sampled with a random sub-cell shift); saliency = sum_i f(I * M_i) M_i / (N
/// p). CV_32FC1 of the image size. Deterministic for a seed. Throws like occlusionSensitivity().
cv::Mat riseSaliency(const cv::Mat& image, int target, const ClassScorer& scorer,
                     const RiseOptions& options = {}, const RunControl& control = RunControl());

/// A deletion or insertion curve: the target's probability after perturbing the first `fraction` of the
/// pixels in the order of the saliency map (most salient first).
struct PerturbationCurve {
    std::vector<double> fraction; ///< 0 .. 1, steps + 1 points
    std::vector<double> score;
    double auc = 0.0; ///< area under the curve over fraction in [0, 1] (trapezoid rule)
};

struct CurveOptions {
    int steps = 32;
    PerturbationBaseline deletionBaseline = PerturbationBaseline::Black;
    PerturbationBaseline insertionBaseline = PerturbationBaseline::Blur;
};

/// Deletion (Petsiuk et al. 2018): remove the most salient pixels first (replace them by the baseline); a
/// faithful map makes the probability fall fast, so LOWER area is better. `saliency` is any CV_32FC1 map;
/// it is resized to the image (bilinear). Ties keep raster order.
PerturbationCurve deletionCurve(const cv::Mat& image, const cv::Mat& saliency, int target,
                                const ClassScorer& scorer, const CurveOptions& options = {},
                                const RunControl& control = RunControl());

/// Insertion: start from the baseline and put back the most salient pixels first; HIGHER area is better.
PerturbationCurve insertionCurve(const cv::Mat& image, const cv::Mat& saliency, int target,
                                 const ClassScorer& scorer, const CurveOptions& options = {},
                                 const RunControl& control = RunControl());

/// Spearman's rank correlation of two maps (ties get their mean rank). `b` is resized to `a`'s size; maps
/// larger than 256x256 are first area-resized to fit in it. Returns 0 when either map is constant.
/// Throws Error(BadInput) for empty or non-CV_32FC1 maps.
double spearmanCorrelation(const cv::Mat& a, const cv::Mat& b);

/// The JSON of a curve: {fraction: [...], score: [...], auc}.
QJsonObject curveToJson(const PerturbationCurve& curve);

QString toString(PerturbationBaseline baseline);
std::optional<PerturbationBaseline> perturbationBaselineFromString(const QString& name);

} // namespace al

namespace al {

enum class PerturbationMethod { Occlusion, Rise };
QString toString(PerturbationMethod method);
std::optional<PerturbationMethod> perturbationMethodFromString(const QString& name);

/// One faithfulness check of an image classifier on one image.
struct ExplainOptions {
    PerturbationMethod method = PerturbationMethod::Occlusion;
    OcclusionOptions occlusion;
    RiseOptions rise;
    CurveOptions curves;
    int target = -1; ///< class to explain; -1 = the predicted class
    QString mapName; ///< model map to test; empty = the final map (else the first spatial map)
    bool computeCurves = true;
};

struct FaithfulnessReport {
    QString modelId;
    int target = -1;
    QString targetLabel;
    double targetScore = 0.0;  ///< the model's probability of the target on the unperturbed image
    ModelResult result;        ///< the model's own run (its maps and predictions)
    AttentionMap perturbation; ///< the occlusion or RISE map (spatial, whole image)
    QString modelMapName;      ///< the model map the curves test; empty when the model has no spatial map
    cv::Mat modelMap;          ///< that map, min-max normalised and resampled to the image (CV_32FC1)
    PerturbationCurve deletionModel, insertionModel;               ///< curves of the model's map
    PerturbationCurve deletionPerturbation, insertionPerturbation; ///< curves of the perturbation map
    double rankCorrelation = 0.0; ///< Spearman between the model map and the perturbation map
    double elapsedMs = 0.0;
};

/// Runs the model once, computes the perturbation map of `options.method`, the deletion and insertion
/// curves of both the model's map and the perturbation map, and their rank correlation. Throws
/// Error(BadInput) for a model without predictions, a bad target or map name; Error(Cancelled).
FaithfulnessReport explainWithPerturbations(const AttentionModel& model, const ParamValues& params,
                                            const cv::Mat& imageBgr, const ExplainOptions& options,
                                            const RunControl& control = RunControl());

/// The map of `result` that `name` selects (empty: the final map if spatial, else the first spatial map),
/// normalised to [0,1] and resampled to `size`. Returns an empty Mat when there is no spatial map; throws
/// Error(BadInput) for an unknown name.
cv::Mat spatialMapInInput(const ModelResult& result, const QString& name, cv::Size size,
                          QString* usedName = nullptr);

/// JSON of the report: model, target, method, options, rank correlation, curves, map statistics.
QJsonObject faithfulnessToJson(const FaithfulnessReport& report, const ExplainOptions& options);

} // namespace al

namespace al {

/// What `evaluate --metrics deletion,insertion,randomisation` measures over a data set.
struct FaithfulnessEvalOptions {
    bool deletion = false;
    bool insertion = false;
    int steps = 16;                             ///< curve points per sample
    const AttentionModel* randomized = nullptr; ///< the randomised copy (null: no randomisation check)
    QString mapName;                            ///< empty = the final map
};

/// Means over the samples. Curves explain the predicted class and use the default baselines of CurveOptions.
struct FaithfulnessSummary {
    QString modelId;
    QString dataset;
    QString mapName;
    int samples = 0;
    double deletionAuc = 0.0;       ///< of the model's map (lower is better)
    double insertionAuc = 0.0;      ///< of the model's map (higher is better)
    double deletionAucRandom = 0.0; ///< reference: a random map (uniform noise, seeded per sample)
    double insertionAucRandom = 0.0;
    QString randomizedModelId;
    double randomizationSpearman = 0.0; ///< mean rank correlation of the map with the randomised copy's map
    double elapsedMs = 0.0;
};

/// Runs the requested checks on the first `limit` samples of `dataset` ("builtin:cluttered-digits").
/// Throws Error(BadInput) for an unknown dataset, a model without predictions or without a spatial map.
FaithfulnessSummary evaluateFaithfulness(const AttentionModel& model, const ParamValues& params,
                                         const QString& dataset, int limit,
                                         const FaithfulnessEvalOptions& options,
                                         const RunControl& control = RunControl());

/// JSON: mapName, samples, deletion {model, randomMap}, insertion {...}, randomisation {model, spearman}.
QJsonObject faithfulnessSummaryToJson(const FaithfulnessSummary& summary,
                                      const FaithfulnessEvalOptions& options);

} // namespace al
