// SPDX-License-Identifier: MIT
#pragma once

#include "OnnxOutputs.h"

#include <attentionlens/AttentionPlugin.h>
#include <attentionlens/ModelPackage.h>
#include <attentionlens/Tokenizer.h>

#include <memory>
#include <mutex>
#include <opencv2/dnn.hpp>

namespace al::onnx {

/// A text model package (modality "text", docs/text-models.md) run by OpenCV DNN: the text is tokenised
/// with the package's tokenizer, padded to T with the PAD id and fed as float ids [1, T]. The result holds
/// the tokens, predictions, one token-to-token map per layer and head and the attention-pooling weights
/// (a 1 x n Temporal map), every token axis cropped to the n real tokens.
///
/// Threading: run() is const and re-entrant; forward passes are serialised by a mutex.
class OnnxTextModel final : public AttentionModel {
public:
    /// Loads the graph and the tokenizer and checks every declared output with one forward pass of an
    /// all-PAD input. Throws Error(BadInput) naming the package.
    explicit OnnxTextModel(ModelPackage package);

    QString id() const override { return m_package.id; }
    QString displayName() const override { return m_package.name; }
    QString description() const override { return m_package.description; }
    QList<Modality> modalities() const override { return {Modality::Text}; }
    /// top_k (predictions) and truncate (true: cut long texts and report the dropped count in
    /// ModelResult::scalars["dropped_tokens"]; false: Error(TooLarge) for a text over the limit).
    std::vector<ParamSpec> parameters() const override;
    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override;

    const ModelPackage& package() const { return m_package; }
    const Tokenizer& tokenizer() const { return *m_tokenizer; }

    /// Runs the graph on padded ids (exactly T values) and returns every manifest output by name.
    /// Throws Error, never cv::Exception.
    RawOutputs forward(const std::vector<int>& paddedIds) const;

private:
    ModelPackage m_package;
    std::unique_ptr<Tokenizer> m_tokenizer;
    int m_padId = 0;
    mutable std::mutex m_mutex;
    mutable cv::dnn::Net m_net;
};

} // namespace al::onnx
