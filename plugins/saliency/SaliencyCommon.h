// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the classical saliency models (internal to the plugin).

#include "attentionlens/AttentionMap.h"
#include "attentionlens/ModelTypes.h"

#include <QString>
#include <functional>
#include <opencv2/core.hpp>

namespace al::saliency {

/// Throws Error(BadInput) unless `input` holds a non-empty CV_8UC3 image.
void requireBgrImage(const ModelInput& input, const QString& modelId);

ParamSpec intParam(const QString& name, const QString& label, const QString& help, int def, int lo, int hi);
ParamSpec doubleParam(const QString& name, const QString& label, const QString& help, double def, double lo,
                      double hi);

/// Reads a parameter, falling back to the spec's default when absent; throws Error(BadInput) naming
/// the model and parameter when the value is not a number or is out of range.
int readInt(const ParamValues& params, const ParamSpec& spec, const QString& modelId);
double readDouble(const ParamValues& params, const ParamSpec& spec, const QString& modelId);

/// A spatial CV_32FC1 map covering the whole input; non-finite values are replaced by 0.
AttentionMap makeMap(const QString& name, const QString& title, const QString& description,
                     const cv::Mat& data, const QString& group = {},
                     ValueSemantics semantics = ValueSemantics::NonNegative);

/// Scales a non-negative map to [0,1] (all zeros stay zeros).
cv::Mat normalizedToUnit(const cv::Mat& map);

/// Runs `body`, turning an OpenCV or allocation failure into an al::Error naming the model, and fills in
/// modelId, inputSize and elapsedMs.
ModelResult runGuarded(const QString& modelId, const ModelInput& input,
                       const std::function<ModelResult()>& body);

} // namespace al::saliency
