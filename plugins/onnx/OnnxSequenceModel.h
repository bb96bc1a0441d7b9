// SPDX-License-Identifier: MIT
#pragma once

#include <attentionlens/AttentionPlugin.h>
#include <attentionlens/ModelPackage.h>

#include <QStringList>
#include <map>
#include <mutex>
#include <opencv2/dnn.hpp>
#include <vector>

namespace al::onnx {

/// The `sequence` section of a video package's model.json (docs/sequence-models.md).
struct SequenceSpec {
    int frames = 0;           ///< frames the head reads (16 for digits-temporal)
    QString frameGraph;       ///< absolute path of the per-frame encoder (the package's model.onnx)
    QStringList frameOutputs; ///< encoder outputs, the feature first
    QString frameFeature;     ///< encoder output holding the frame's feature vector
    int featureDim = 0;
    QString headGraph;               ///< absolute path of the temporal head
    QString headInput;               ///< head input name, shape [1, frames, featureDim]
    std::vector<int> headInputShape; ///< product = frames x featureDim, e.g. [1, 1, 16, 64]
    QStringList headOutputs;
    QString temporalWeights; ///< head output with the softmax weights over frames [1, frames]
};

/// Reads and checks the `sequence` section of `<package.dir>/model.json`. Throws Error(BadInput) naming
/// the package and the field.
SequenceSpec readSequenceSpec(const ModelPackage& package);

/// Indices of the frames a model reading `wanted` frames uses from a clip of `available` frames: all of
/// them when equal, else round(i * (available - 1) / (wanted - 1)). Precondition: available >= wanted >= 1.
std::vector<int> sampleFrameIndices(int available, int wanted);

/// A video (sequence) model package run by OpenCV DNN in two graphs, because OpenCV 4.6 runs batch 1 only:
/// the frame encoder once per frame, then the temporal head once on the stacked features. The result holds
/// the predictions, the temporal attention (a 1 x frames Temporal map, final), the head's pre-softmax
/// scores, each frame's spatial maps (group "Frame i") and the stacked frame features as an intermediate.
/// scalars["frame_indices"] lists the clip frames used.
///
/// Threading: run() is const and re-entrant; forward passes are serialised by a mutex.
class OnnxSequenceModel final : public AttentionModel {
public:
    /// Loads both graphs and checks them with one zero clip: every declared output must exist with the
    /// declared number of values. Throws Error(BadInput) naming the package.
    explicit OnnxSequenceModel(ModelPackage package);

    QString id() const override { return m_package.id; }
    QString displayName() const override { return m_package.name; }
    QString description() const override { return m_package.description; }
    QList<Modality> modalities() const override { return {Modality::Video}; }
    std::vector<ParamSpec> parameters() const override;
    /// Reads ModelInput::frames (CV_8UC3 BGR, oldest first, at least spec().frames of them).
    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override;

    const ModelPackage& package() const { return m_package; }
    const SequenceSpec& spec() const { return m_spec; }

    /// Encoder outputs of one preprocessed frame blob [1, C, H, W], by name. Throws Error, never
    /// cv::Exception.
    std::map<QString, cv::Mat> forwardFrame(const cv::Mat& blob) const;
    /// Head outputs for stacked features (frames x featureDim values, any shape), by name. Throws Error,
    /// never cv::Exception.
    std::map<QString, cv::Mat> forwardHead(const cv::Mat& features) const;

private:
    void checkGraphs();

    ModelPackage m_package;
    SequenceSpec m_spec;
    mutable std::mutex m_mutex;
    mutable cv::dnn::Net m_frameNet;
    mutable cv::dnn::Net m_headNet;
};

} // namespace al::onnx
