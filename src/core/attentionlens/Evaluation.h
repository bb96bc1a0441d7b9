// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Quantitative checks of a model's attention on a data set with ground truth: accuracy, pointing game and
/// attention mass in the ground-truth box, next to chance and a box-blur baseline.

#include "attentionlens/AttentionPlugin.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace al {

/// Pointing game (Zhang et al., ECCV 2016) and box mass of one map over a data set.
struct MapScore {
    QString map;       ///< AttentionMap::name
    QString title;
    int hits = 0;      ///< samples whose map argmax (upsampled to the input) lies inside the box
    int count = 0;
    double massSum = 0.0; ///< sum over samples of the fraction of min-max normalised map mass inside the box
    double pointing() const { return count ? double(hits) / count : 0.0; }
    double meanMass() const { return count ? massSum / count : 0.0; }
};

struct EvaluationReport {
    QString modelId;
    QString dataset;
    int samples = 0;
    int correct = 0;                  ///< top-1 prediction == label
    std::vector<MapScore> maps;       ///< every spatial map the model returned, in result order
    double chancePointing = 0.0;      ///< mean box area / image area: a uniformly random point
    double blurBaselinePointing = 0.0;///< argmax of the box-blurred input image (where the most ink is)
    double elapsedMs = 0.0;
    double accuracy() const { return samples ? double(correct) / samples : 0.0; }
};

/// Data sets the evaluator knows: "builtin:cluttered-digits" (the test split, generated; see ClutteredDigits).
QStringList evaluationDatasets();

/// Runs `model` on the first `limit` samples of `dataset` (at most the split's 3000) through runModel().
/// Reports progress per sample and honours cancellation. Throws Error(BadInput) for an unknown dataset or a
/// model that is not an image model.
EvaluationReport evaluateModel(const AttentionModel& model, const ParamValues& params, const QString& dataset,
                               int limit, const RunControl& control = RunControl());

/// The report as JSON: modelId, dataset, samples, accuracy, chance, boxBlurBaseline, maps[{name, title,
/// pointing, meanMassInBox}], elapsedMs.
QJsonObject evaluationToJson(const EvaluationReport& report);

} // namespace al
