// SPDX-License-Identifier: MIT
#include "OnnxModel.h"

#include "Preprocess.h"

#include <attentionlens/Error.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace al::onnx {
namespace {

constexpr qint64 kMaxInputValues = qint64(1) << 26; // 256 MiB of floats, far above any image network

std::vector<cv::String> outputNames(const ModelPackage& p) {
    std::vector<cv::String> names;
    for (const QString& o : p.outputs)
        names.push_back(o.toStdString());
    return names;
}

size_t declaredCount(const ModelPackage& p, const QString& output) {
    auto product = [](const std::vector<int>& s) {
        size_t n = 1;
        for (int d : s)
            n *= size_t(d);
        return s.empty() ? size_t(0) : n;
    };
    for (const PackageAttention& a : p.attention)
        if (a.output == output)
            return product(a.shape);
    for (const PackageIntermediate& i : p.intermediates)
        if (i.output == output)
            return product(i.shape);
    return 0; // unknown: not checked (e.g. the prediction, checked against the labels)
}

} // namespace

OnnxModel::OnnxModel(ModelPackage package) : m_package(std::move(package)) {
    try {
        m_net = cv::dnn::readNetFromONNX(m_package.onnxPath.toStdString());
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Onnx", "Model package '%1': OpenCV cannot import %2: %3")
                        .arg(m_package.id, QFileInfo(m_package.onnxPath).fileName(),
                             QString::fromStdString(e.msg).trimmed()));
    }
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    // The check below really allocates and runs this input, once per package at start-up.
    const qint64 values = qint64(m_package.input.channels) * m_package.input.height * m_package.input.width;
    if (values > kMaxInputValues)
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Onnx",
                                                "Model package '%1': the input %2 x %3 x %4 has more than %5 "
                                                "values; export the model for a smaller input.")
                        .arg(m_package.id)
                        .arg(m_package.input.channels)
                        .arg(m_package.input.height)
                        .arg(m_package.input.width)
                        .arg(kMaxInputValues));
    const int dims[] = {1, m_package.input.channels, m_package.input.height, m_package.input.width};
    RawOutputs outs;
    try {
        outs = forward(cv::Mat(4, dims, CV_32F, cv::Scalar(0)));
    } catch (const Error& e) { // a package that cannot run is bad input, not a plugin bug
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Onnx", "Model package '%1' does not run: %2")
                        .arg(m_package.id, e.message()));
    }
    for (const auto& [name, blob] : outs) {
        const size_t expected = declaredCount(m_package, name);
        if (expected != 0 && blob.total() != expected)
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate(
                            "al::Onnx", "Model package '%1': graph output '%2' has %3 values, model.json "
                                        "declares %4")
                            .arg(m_package.id, name)
                            .arg(blob.total())
                            .arg(expected));
    }
    const cv::Mat& pred = outs.at(m_package.prediction.output);
    if (!m_package.prediction.labels.isEmpty() && pred.total() != size_t(m_package.prediction.labels.size()))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::Onnx", "Model package '%1': the prediction has %2 classes but labels.txt has %3")
                        .arg(m_package.id)
                        .arg(pred.total())
                        .arg(m_package.prediction.labels.size()));
}

std::vector<ParamSpec> OnnxModel::parameters() const {
    std::vector<ParamSpec> specs;
    ParamSpec topK;
    topK.name = QStringLiteral("top_k");
    topK.type = ParamSpec::Type::Int;
    topK.label = QCoreApplication::translate("al::Onnx", "Top predictions");
    topK.help = QCoreApplication::translate("al::Onnx", "How many of the most likely classes to report.");
    topK.defaultValue = 5;
    topK.minimum = 1;
    topK.maximum = 1000;
    specs.push_back(topK);
    const bool tokens =
        std::any_of(m_package.attention.begin(), m_package.attention.end(),
                    [](const PackageAttention& a) { return a.kind == MapKind::TokenToToken; });
    if (!tokens)
        return specs;
    ParamSpec fusion;
    fusion.name = QStringLiteral("head_fusion");
    fusion.type = ParamSpec::Type::Choice;
    fusion.label = QCoreApplication::translate("al::Onnx", "Head fusion");
    fusion.help = QCoreApplication::translate(
        "al::Onnx", "How the heads of a layer are combined for the fused and rollout maps.");
    fusion.choices = {QStringLiteral("mean"), QStringLiteral("max"), QStringLiteral("min")};
    fusion.defaultValue = m_package.rollout ? m_package.rollout->headFusion : QStringLiteral("mean");
    specs.push_back(fusion);
    if (!m_package.rollout)
        return specs;
    ParamSpec residual;
    residual.name = QStringLiteral("residual");
    residual.type = ParamSpec::Type::Double;
    residual.label = QCoreApplication::translate("al::Onnx", "Residual weight");
    residual.help = QCoreApplication::translate(
        "al::Onnx",
        "Weight r of the identity in (1 - r) A + r I, standing for the skip connection in rollout.");
    residual.defaultValue = m_package.rollout->residualIdentity;
    residual.minimum = 0.0;
    residual.maximum = 1.0;
    specs.push_back(residual);
    ParamSpec discard;
    discard.name = QStringLiteral("discard_ratio");
    discard.type = ParamSpec::Type::Double;
    discard.label = QCoreApplication::translate("al::Onnx", "Discard ratio");
    discard.help = QCoreApplication::translate(
        "al::Onnx", "Fraction of the weakest attention links dropped in each layer before rollout.");
    discard.defaultValue = m_package.rollout->discardRatio;
    discard.minimum = 0.0;
    discard.maximum = 0.99;
    specs.push_back(discard);
    return specs;
}

RawOutputs OnnxModel::forward(const cv::Mat& blob) const {
    const PackageInput& in = m_package.input;
    if (blob.dims != 4 || blob.size[0] != 1 || blob.size[1] != in.channels || blob.size[2] != in.height ||
        blob.size[3] != in.width || blob.type() != CV_32F)
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::Onnx", "Model '%1' takes one input of shape [1, %2, %3, %4] (batch 1).")
                        .arg(m_package.id)
                        .arg(in.channels)
                        .arg(in.height)
                        .arg(in.width));
    std::vector<cv::Mat> outs;
    const std::vector<cv::String> names = outputNames(m_package);
    try {
        const std::lock_guard lock(m_mutex);
        m_net.setInput(blob, in.name.toStdString());
        m_net.forward(outs, names);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::PluginFailure,
                    QCoreApplication::translate("al::Onnx", "Model '%1': OpenCV DNN failed: %2")
                        .arg(m_package.id, QString::fromStdString(e.msg).trimmed()));
    }
    RawOutputs raw;
    for (size_t i = 0; i < names.size() && i < outs.size(); ++i)
        raw[m_package.outputs[int(i)]] = outs[i].clone();
    return raw;
}

template <typename Fn> auto OnnxModel::guarded(Fn&& fn) const -> decltype(fn()) {
    try {
        return fn();
    } catch (const cv::Exception& e) { // the plugin boundary: no cv::Exception reaches the host
        throw Error(ErrorCode::PluginFailure,
                    QCoreApplication::translate("al::Onnx", "Model '%1': OpenCV failed: %2")
                        .arg(m_package.id, QString::fromStdString(e.msg).trimmed()));
    }
}

ModelResult OnnxModel::run(const ModelInput& input, const ParamValues& params,
                           const RunControl& control) const {
    if (input.image.empty() || input.image.type() != CV_8UC3)
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Onnx", "Model '%1' needs an image.").arg(m_package.id));
    control.throwIfCancelled();
    const Preprocessed pre = guarded([&] { return preprocess(input.image, m_package.input); });
    control.report(0.2, QCoreApplication::translate("al::Onnx", "Running the network"));
    const RawOutputs raw = forward(pre.blob);
    control.throwIfCancelled();
    OutputOptions options;
    options.topK = params.value(QStringLiteral("top_k"), 5).toInt();
    options.fusion = headFusionFromString(params.value(QStringLiteral("head_fusion")).toString())
                         .value_or(HeadFusion::Mean);
    if (m_package.rollout) {
        options.residualIdentity =
            params.value(QStringLiteral("residual"), m_package.rollout->residualIdentity).toDouble();
        options.discardRatio =
            params.value(QStringLiteral("discard_ratio"), m_package.rollout->discardRatio).toDouble();
    }
    ModelResult result;
    control.report(0.8, QCoreApplication::translate("al::Onnx", "Reading the attention outputs"));
    guarded([&] { mapOutputs(m_package, raw, pre.inputArea, options, result); });
    control.report(1.0);
    return result;
}

} // namespace al::onnx
