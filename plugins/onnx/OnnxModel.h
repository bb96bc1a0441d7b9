// SPDX-License-Identifier: MIT
#pragma once

#include "OnnxOutputs.h"

#include <attentionlens/AttentionPlugin.h>
#include <attentionlens/ModelPackage.h>

#include <memory>
#include <mutex>
#include <opencv2/dnn.hpp>

namespace al::onnx {

/// One model package run by OpenCV DNN.
///
/// Threading: run() is const and re-entrant; cv::dnn::Net is not, so forward passes are serialised by a
/// mutex.
class OnnxModel final : public AttentionModel {
public:
    /// Loads the graph and checks it against the manifest with one forward pass of a zero input: every
    /// manifest output must exist with the declared number of values. Throws Error(BadInput) naming the
    /// package.
    explicit OnnxModel(ModelPackage package);

    QString id() const override { return m_package.id; }
    QString displayName() const override { return m_package.name; }
    QString description() const override { return m_package.description; }
    QList<Modality> modalities() const override { return {m_package.modality}; }
    std::vector<ParamSpec> parameters() const override;
    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override;

    const ModelPackage& package() const { return m_package; }

    /// Runs the graph on a ready blob [1, C, H, W] and returns every manifest output by name.
    /// Checks the blob's shape first (OpenCV 4.6 handles batch 1 only). Throws Error, never cv::Exception.
    RawOutputs forward(const cv::Mat& blob) const;

private:
    /// Runs fn, turning a cv::Exception into Error(PluginFailure) naming the model.
    template <typename Fn> auto guarded(Fn&& fn) const -> decltype(fn());

    ModelPackage m_package;
    mutable std::mutex m_mutex;
    mutable cv::dnn::Net m_net;
};

} // namespace al::onnx
