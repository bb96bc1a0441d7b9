// SPDX-License-Identifier: MIT
#include "OnnxTextModel.h"

#include <attentionlens/Error.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <numeric>

namespace al::onnx {
// Translation context of this file (a class, so that lupdate files the strings under it).
class OnnxTr {
    Q_DECLARE_TR_FUNCTIONS(al::Onnx)
};

namespace {

[[noreturn]] void outputError(const ModelPackage& p, const QString& output, const QString& what) {
    throw Error(ErrorCode::PluginFailure,
                al::onnx::OnnxTr::tr("Model '%1': output '%2' %3").arg(p.id, output, what));
}

/// Values per token position that an attention output must hold: T*T*heads (token-to-token) or
/// T*heads (one weight per token).
size_t expectedValues(const PackageAttention& a, int t) {
    return a.kind == MapKind::TokenToToken ? size_t(a.heads) * size_t(t) * size_t(t)
                                           : size_t(a.heads) * size_t(t);
}

AttentionMap textMap(const PackageAttention& a, const QString& name, const QString& title, cv::Mat data) {
    AttentionMap m;
    m.name = name;
    m.title = title;
    m.description = a.description;
    m.kind = a.kind;
    m.layer = a.group.isEmpty() ? QString::number(a.layer) : a.group;
    m.data = std::move(data);
    m.semantics = a.semantics;
    m.group = a.group;
    return m;
}

/// Per-head maps of one attention output, each cropped to the n real tokens.
void addAttention(const ModelPackage& p, const PackageAttention& a, const cv::Mat& blob, int n,
                  ModelResult& result) {
    const int t = p.text->maxTokens;
    if (blob.total() != expectedValues(a, t))
        outputError(p, a.output,
                    al::onnx::OnnxTr::tr("has %1 values, expected %2 for %3 tokens and %4 head(s)")
                        .arg(blob.total())
                        .arg(expectedValues(a, t))
                        .arg(t)
                        .arg(a.heads));
    const float* data = blob.ptr<float>();
    for (int h = 0; h < a.heads; ++h) {
        const bool single = a.heads == 1;
        const QString name = single ? a.output : QStringLiteral("%1/head%2").arg(a.output).arg(h);
        const QString title = single ? a.title : al::onnx::OnnxTr::tr("%1 · head %2").arg(a.title).arg(h);
        cv::Mat m;
        if (a.kind == MapKind::TokenToToken) {
            const cv::Mat full(t, t, CV_32F, const_cast<float*>(data + size_t(h) * t * t));
            m = full(cv::Rect(0, 0, n, n)).clone();
        } else {
            const cv::Mat full(1, t, CV_32F, const_cast<float*>(data + size_t(h) * t));
            m = full(cv::Rect(0, 0, n, 1)).clone();
        }
        AttentionMap map = textMap(a, name, title, m);
        map.head = single ? -1 : h;
        map.isFinal = a.output == p.text->pooling || a.output == p.defaultMap;
        result.maps.push_back(std::move(map));
    }
}

/// An intermediate with every token axis (an axis of size T after the batch axis) cropped to the n real
/// tokens, so that e.g. Q/K/V [1, H, T, d] become [1, H, n, d] and match the token maps.
Tensor croppedIntermediate(const PackageIntermediate& spec, const cv::Mat& blob, int t, int n) {
    std::vector<int> shape = spec.shape;
    size_t total = 1;
    for (int d : shape)
        total *= size_t(d);
    if (shape.empty() || total != blob.total())
        shape = {1, int(blob.total())};
    const cv::Mat full = blob.reshape(1, int(shape.size()), shape.data());
    std::vector<cv::Range> ranges(shape.size(), cv::Range::all());
    for (size_t axis = 1; axis < shape.size(); ++axis) {
        if (shape[axis] == t) {
            ranges[axis] = cv::Range(0, n);
            shape[axis] = n;
        }
    }
    return {spec.output, spec.description, shape, full(ranges.data()).clone()};
}

void addPredictions(const ModelPackage& p, const cv::Mat& blob, int topK, ModelResult& result) {
    const cv::Mat scores = blob.reshape(1, 1);
    std::vector<int> order(scores.total());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return scores.at<float>(a) > scores.at<float>(b); });
    for (int i = 0; i < std::min<int>(topK, int(order.size())); ++i) {
        const int k = order[size_t(i)];
        const QString label = k < p.prediction.labels.size() ? p.prediction.labels[k] : QString::number(k);
        result.predictions.push_back({k, label, double(scores.at<float>(k))});
    }
}

} // namespace

OnnxTextModel::OnnxTextModel(ModelPackage package) : m_package(std::move(package)) {
    if (!m_package.text)
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model package '%1' has no 'text' section.").arg(m_package.id));
    m_tokenizer = createTokenizer(m_package.text->tokenizerConfig());
    m_padId = m_tokenizer->idOf(m_package.text->padToken);
    if (!m_package.text->pooling.isEmpty() && !m_package.outputs.contains(m_package.text->pooling))
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("model.json of '%1': field 'text.pooling' names '%2', which is not "
                                         "in 'outputs'")
                        .arg(m_package.id, m_package.text->pooling));
    try {
        m_net = cv::dnn::readNetFromONNX(m_package.onnxPath.toStdString());
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model package '%1': OpenCV cannot import %2: %3")
                        .arg(m_package.id, QFileInfo(m_package.onnxPath).fileName(),
                             QString::fromStdString(e.msg).trimmed()));
    }
    m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    RawOutputs outs;
    try {
        outs = forward(std::vector<int>(size_t(m_package.text->maxTokens), m_padId));
    } catch (const Error& e) { // a package that cannot run is bad input, not a plugin bug
        throw Error(
            ErrorCode::BadInput,
            al::onnx::OnnxTr::tr("Model package '%1' does not run: %2").arg(m_package.id, e.message()));
    }
    for (const PackageAttention& a : m_package.attention) {
        const size_t got = outs.at(a.output).total();
        if (got != expectedValues(a, m_package.text->maxTokens))
            throw Error(ErrorCode::BadInput,
                        al::onnx::OnnxTr::tr(
                            "Model package '%1': graph output '%2' has %3 values, expected %4 for %5 tokens")
                            .arg(m_package.id, a.output)
                            .arg(got)
                            .arg(expectedValues(a, m_package.text->maxTokens))
                            .arg(m_package.text->maxTokens));
    }
    const cv::Mat& pred = outs.at(m_package.prediction.output);
    if (!m_package.prediction.labels.isEmpty() && pred.total() != size_t(m_package.prediction.labels.size()))
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model package '%1': the prediction has %2 classes but labels.txt "
                                         "has %3")
                        .arg(m_package.id)
                        .arg(pred.total())
                        .arg(m_package.prediction.labels.size()));
}

std::vector<ParamSpec> OnnxTextModel::parameters() const {
    ParamSpec topK;
    topK.name = QStringLiteral("top_k");
    topK.type = ParamSpec::Type::Int;
    topK.label = al::onnx::OnnxTr::tr("Top predictions");
    topK.help = al::onnx::OnnxTr::tr("How many of the most likely classes to report.");
    topK.defaultValue = 5;
    topK.minimum = 1;
    topK.maximum = 1000;
    ParamSpec truncate;
    truncate.name = QStringLiteral("truncate");
    truncate.type = ParamSpec::Type::Bool;
    truncate.label = al::onnx::OnnxTr::tr("Truncate long texts");
    truncate.help = al::onnx::OnnxTr::tr(
        "Keep the first tokens the model can take (with a notice) instead of refusing the text.");
    truncate.defaultValue = true;
    return {topK, truncate};
}

RawOutputs OnnxTextModel::forward(const std::vector<int>& paddedIds) const {
    const int t = m_package.text->maxTokens;
    if (int(paddedIds.size()) != t)
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model '%1' takes exactly %2 token ids (batch 1).")
                        .arg(m_package.id)
                        .arg(t));
    cv::Mat ids(1, t, CV_32F), mask(1, t, CV_32F);
    for (int i = 0; i < t; ++i) {
        ids.at<float>(i) = float(paddedIds[size_t(i)]);
        mask.at<float>(i) = paddedIds[size_t(i)] == m_padId ? 0.f : 1.f;
    }
    std::vector<cv::String> names;
    for (const QString& o : m_package.outputs)
        names.push_back(o.toStdString());
    std::vector<cv::Mat> outs;
    try {
        const std::lock_guard lock(m_mutex);
        m_net.setInput(ids, m_package.input.name.toStdString());
        if (!m_package.text->maskInput.isEmpty())
            m_net.setInput(mask, m_package.text->maskInput.toStdString());
        m_net.forward(outs, names);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::PluginFailure,
                    al::onnx::OnnxTr::tr("Model '%1': OpenCV DNN failed: %2")
                        .arg(m_package.id, QString::fromStdString(e.msg).trimmed()));
    }
    RawOutputs raw;
    for (size_t i = 0; i < names.size() && i < outs.size(); ++i)
        raw[m_package.outputs[int(i)]] = outs[i].clone();
    return raw;
}

ModelResult OnnxTextModel::run(const ModelInput& input, const ParamValues& params,
                               const RunControl& control) const {
    control.throwIfCancelled();
    TokenizedText tok = m_tokenizer->tokenize(input.text);
    const int t = m_package.text->maxTokens;
    if (tok.truncated() && !params.value(QStringLiteral("truncate"), true).toBool())
        throw Error(ErrorCode::TooLarge,
                    al::onnx::OnnxTr::tr("The text has %1 tokens; model '%2' takes at most %3.")
                        .arg(int(tok.tokens.size()) + tok.droppedTokens)
                        .arg(m_package.id)
                        .arg(t));
    const bool content =
        std::any_of(tok.tokens.begin(), tok.tokens.end(), [](const TextToken& x) { return !x.special; });
    if (!content)
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("The text has no tokens for model '%1'.").arg(m_package.id));
    const int n = int(tok.ids.size());
    std::vector<int> padded = tok.ids;
    padded.resize(size_t(t), m_padId);
    control.report(0.2, al::onnx::OnnxTr::tr("Running the network"));
    const RawOutputs raw = forward(padded);
    control.throwIfCancelled();
    ModelResult result;
    try {
        addPredictions(m_package, raw.at(m_package.prediction.output),
                       params.value(QStringLiteral("top_k"), 5).toInt(), result);
        for (const PackageAttention& a : m_package.attention)
            addAttention(m_package, a, raw.at(a.output), n, result);
        for (const PackageIntermediate& i : m_package.intermediates)
            result.intermediates.push_back(croppedIntermediate(i, raw.at(i.output), t, n));
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::PluginFailure,
                    al::onnx::OnnxTr::tr("Model '%1': OpenCV failed: %2")
                        .arg(m_package.id, QString::fromStdString(e.msg).trimmed()));
    }
    Tensor ids{QStringLiteral("token_ids"),
               al::onnx::OnnxTr::tr("Vocabulary id of every token the model saw."),
               {1, n},
               cv::Mat(1, n, CV_32F)};
    for (int i = 0; i < n; ++i)
        ids.data.at<float>(i) = float(tok.ids[size_t(i)]);
    result.intermediates.push_back(std::move(ids));
    result.tokens = std::move(tok.tokens);
    result.scalars.insert(QStringLiteral("dropped_tokens"), tok.droppedTokens);
    result.scalars.insert(QStringLiteral("max_tokens"), t);
    control.report(1.0);
    return result;
}

} // namespace al::onnx
