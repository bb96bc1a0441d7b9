// SPDX-License-Identifier: MIT
#pragma once

#include <attentionlens/ModelPackage.h>
#include <attentionlens/TokenAttention.h>

#include <QString>
#include <map>
#include <opencv2/core.hpp>

namespace al::onnx {

struct OutputOptions {
    HeadFusion fusion = HeadFusion::Mean;
    double residualIdentity = 0.5;
    double discardRatio = 0.0;
    int topK = 5;
};

/// Raw graph outputs by name, as returned by cv::dnn::Net::forward.
using RawOutputs = std::map<QString, cv::Mat>;

/// Splits an output into `heads` contiguous slices along its head axis. Precondition: every axis before the
/// head axis has size 1 (the layouts the manifest allows); throws Error(PluginFailure) otherwise.
std::vector<cv::Mat> splitHeads(const cv::Mat& blob, const PackageAttention& spec);

/// Turns raw outputs into the result's predictions, attention maps (per head, CLS-to-patch, fused, rollout)
/// and intermediates. `inputArea` is where the network input lies on the user's image (pixels).
/// Throws Error(PluginFailure) naming the output when a shape disagrees with the manifest.
void mapOutputs(const ModelPackage& package, const RawOutputs& outputs, const cv::Rect2d& inputArea,
                const OutputOptions& options, ModelResult& result);

} // namespace al::onnx
