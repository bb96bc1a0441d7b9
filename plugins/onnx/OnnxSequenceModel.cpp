// SPDX-License-Identifier: MIT
#include "OnnxSequenceModel.h"

#include "Preprocess.h"

#include <attentionlens/Error.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace al::onnx {
// Translation context of this file (a class, so that lupdate files the strings under it).
class OnnxTr {
    Q_DECLARE_TR_FUNCTIONS(al::Onnx)
};

namespace {

[[noreturn]] void failField(const ModelPackage& p, const QString& field, const QString& what) {
    throw Error(ErrorCode::BadInput,
                al::onnx::OnnxTr::tr("model.json of '%1': field 'sequence.%2' %3").arg(p.id, field, what));
}

QStringList stringList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

size_t product(const std::vector<int>& shape) {
    return std::accumulate(shape.begin(), shape.end(), size_t(1),
                           [](size_t a, int d) { return a * size_t(d); });
}

const PackageAttention* attentionSpec(const ModelPackage& p, const QString& output) {
    for (const PackageAttention& a : p.attention)
        if (a.output == output)
            return &a;
    return nullptr;
}

std::vector<cv::String> toStd(const QStringList& names) {
    std::vector<cv::String> out;
    for (const QString& n : names)
        out.push_back(n.toStdString());
    return out;
}

cv::dnn::Net readNet(const ModelPackage& p, const QString& path) {
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(path.toStdString());
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        return net;
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model package '%1': OpenCV cannot import %2: %3")
                        .arg(p.id, QFileInfo(path).fileName(), QString::fromStdString(e.msg).trimmed()));
    }
}

std::map<QString, cv::Mat> runNet(const ModelPackage& p, std::mutex& mutex, cv::dnn::Net& net,
                                  const cv::Mat& blob, const QString& input, const QStringList& outputs) {
    std::vector<cv::Mat> outs;
    try {
        const std::lock_guard lock(mutex);
        net.setInput(blob, input.toStdString());
        net.forward(outs, toStd(outputs));
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::PluginFailure, al::onnx::OnnxTr::tr("Model '%1': OpenCV DNN failed: %2")
                                                  .arg(p.id, QString::fromStdString(e.msg).trimmed()));
    }
    std::map<QString, cv::Mat> named;
    for (qsizetype i = 0; i < outputs.size() && size_t(i) < outs.size(); ++i)
        named[outputs[i]] = outs[size_t(i)].clone();
    return named;
}

/// A map cell grid from a blob holding rows x cols values.
cv::Mat asGrid(const cv::Mat& blob, int rows, int cols) {
    return cv::Mat(rows, cols, CV_32F, const_cast<uchar*>(blob.data)).clone();
}

} // namespace

SequenceSpec readSequenceSpec(const ModelPackage& p) {
    QFile f(QDir(p.dir).filePath(QStringLiteral("model.json")));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model package '%1': cannot read model.json").arg(p.id));
    const QJsonObject seq = QJsonDocument::fromJson(f.readAll()).object().value("sequence").toObject();
    if (seq.isEmpty())
        failField(p, QStringLiteral("frames"),
                  al::onnx::OnnxTr::tr("is missing (a video package needs a 'sequence' section)"));
    SequenceSpec s;
    s.frames = seq.value("frames").toInt();
    if (s.frames < 1 || s.frames > 4096)
        failField(p, QStringLiteral("frames"), al::onnx::OnnxTr::tr("must be between 1 and 4096"));
    s.frameGraph =
        QDir(p.dir).absoluteFilePath(seq.value("frame_graph").toString(QStringLiteral("model.onnx")));
    s.headGraph = QDir(p.dir).absoluteFilePath(seq.value("head_graph").toString());
    if (!QFileInfo(s.frameGraph).isFile())
        failField(p, QStringLiteral("frame_graph"), al::onnx::OnnxTr::tr("names a file that does not exist"));
    if (seq.value("head_graph").toString().isEmpty() || !QFileInfo(s.headGraph).isFile())
        failField(p, QStringLiteral("head_graph"), al::onnx::OnnxTr::tr("names a file that does not exist"));
    s.frameOutputs = stringList(seq.value("frame_outputs"));
    s.frameFeature = seq.value("frame_feature").toString();
    s.featureDim = seq.value("feature_dim").toInt();
    s.headInput = seq.value("head_input").toString();
    for (const QJsonValue& d : seq.value("head_input_shape").toArray())
        s.headInputShape.push_back(d.toInt());
    if (s.headInputShape.empty())
        s.headInputShape = {1, s.frames, s.featureDim};
    s.headOutputs = stringList(seq.value("head_outputs"));
    s.temporalWeights = seq.value("temporal_weights").toString();
    if (!s.frameOutputs.contains(s.frameFeature))
        failField(p, QStringLiteral("frame_feature"), al::onnx::OnnxTr::tr("must be one of 'frame_outputs'"));
    if (s.featureDim < 1)
        failField(p, QStringLiteral("feature_dim"), al::onnx::OnnxTr::tr("must be at least 1"));
    if (product(s.headInputShape) != size_t(s.frames) * size_t(std::max(s.featureDim, 0)))
        failField(p, QStringLiteral("head_input_shape"),
                  al::onnx::OnnxTr::tr("must hold frames x feature_dim values"));
    if (s.headInput.isEmpty())
        failField(p, QStringLiteral("head_input"), al::onnx::OnnxTr::tr("is missing"));
    if (!s.headOutputs.contains(s.temporalWeights) || !s.headOutputs.contains(p.prediction.output))
        failField(p, QStringLiteral("head_outputs"),
                  al::onnx::OnnxTr::tr("must hold the prediction and 'temporal_weights'"));
    for (const QString& o : s.frameOutputs + s.headOutputs)
        if (!p.outputs.contains(o))
            failField(p, QStringLiteral("frame_outputs"),
                      al::onnx::OnnxTr::tr("names '%1', which is not in 'outputs'").arg(o));
    return s;
}

std::vector<int> sampleFrameIndices(int available, int wanted) {
    std::vector<int> idx(static_cast<size_t>(wanted));
    for (int i = 0; i < wanted; ++i)
        idx[size_t(i)] = wanted == 1 ? 0 : int(std::lround(double(i) * (available - 1) / (wanted - 1)));
    return idx;
}

OnnxSequenceModel::OnnxSequenceModel(ModelPackage package)
    : m_package(std::move(package)), m_spec(readSequenceSpec(m_package)) {
    m_frameNet = readNet(m_package, m_spec.frameGraph);
    m_headNet = readNet(m_package, m_spec.headGraph);
    try {
        checkGraphs();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::BadInput)
            throw;
        throw Error(
            ErrorCode::BadInput,
            al::onnx::OnnxTr::tr("Model package '%1' does not run: %2").arg(m_package.id, e.message()));
    }
}

void OnnxSequenceModel::checkGraphs() {
    const PackageInput& in = m_package.input;
    const int dims[] = {1, in.channels, in.height, in.width};
    const auto frameOut = forwardFrame(cv::Mat(4, dims, CV_32F, cv::Scalar(0)));
    const auto headOut = forwardHead(cv::Mat(m_spec.frames, m_spec.featureDim, CV_32F, cv::Scalar(0)));
    auto expect = [&](const std::map<QString, cv::Mat>& outs, const QString& name, size_t values) {
        const auto it = outs.find(name);
        if (it == outs.end() || it->second.total() != values)
            throw Error(ErrorCode::BadInput,
                        al::onnx::OnnxTr::tr(
                            "Model package '%1': graph output '%2' has %3 values, model.json declares %4")
                            .arg(m_package.id, name)
                            .arg(it == outs.end() ? 0 : it->second.total())
                            .arg(values));
    };
    expect(frameOut, m_spec.frameFeature, size_t(m_spec.featureDim));
    expect(headOut, m_spec.temporalWeights, size_t(m_spec.frames));
    for (const QString& o : m_spec.frameOutputs + m_spec.headOutputs)
        if (const PackageAttention* a = attentionSpec(m_package, o))
            expect(m_spec.frameOutputs.contains(o) ? frameOut : headOut, o, product(a->shape));
    if (!m_package.prediction.labels.isEmpty())
        expect(headOut, m_package.prediction.output, size_t(m_package.prediction.labels.size()));
}

std::map<QString, cv::Mat> OnnxSequenceModel::forwardFrame(const cv::Mat& blob) const {
    const PackageInput& in = m_package.input;
    if (blob.dims != 4 || blob.size[0] != 1 || blob.size[1] != in.channels || blob.size[2] != in.height ||
        blob.size[3] != in.width || blob.type() != CV_32F)
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model '%1' takes frames of shape [1, %2, %3, %4] (batch 1).")
                        .arg(m_package.id)
                        .arg(in.channels)
                        .arg(in.height)
                        .arg(in.width));
    return runNet(m_package, m_mutex, m_frameNet, blob, in.name, m_spec.frameOutputs);
}

std::map<QString, cv::Mat> OnnxSequenceModel::forwardHead(const cv::Mat& features) const {
    if (features.type() != CV_32F || features.total() != size_t(m_spec.frames) * size_t(m_spec.featureDim))
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model '%1': the temporal head takes %2 x %3 feature values.")
                        .arg(m_package.id)
                        .arg(m_spec.frames)
                        .arg(m_spec.featureDim));
    const std::vector<int>& dims = m_spec.headInputShape;
    const cv::Mat dense = features.isContinuous() ? features : features.clone();
    const cv::Mat blob = dense.reshape(1, int(dims.size()), dims.data());
    return runNet(m_package, m_mutex, m_headNet, blob, m_spec.headInput, m_spec.headOutputs);
}

std::vector<ParamSpec> OnnxSequenceModel::parameters() const {
    ParamSpec topK;
    topK.name = QStringLiteral("top_k");
    topK.type = ParamSpec::Type::Int;
    topK.label = al::onnx::OnnxTr::tr("Top predictions");
    topK.help = al::onnx::OnnxTr::tr("How many of the most likely classes to report.");
    topK.defaultValue = 5;
    topK.minimum = 1;
    topK.maximum = 1000;
    return {topK};
}

namespace {

void addPredictions(const ModelPackage& p, const cv::Mat& prob, int topK, ModelResult& r) {
    const float* v = prob.ptr<float>();
    for (int i = 0; i < int(prob.total()); ++i)
        r.predictions.push_back({i, p.prediction.labels.value(i, QString::number(i)), double(v[i])});
    std::stable_sort(r.predictions.begin(), r.predictions.end(),
                     [](const Prediction& a, const Prediction& b) { return a.score > b.score; });
    r.predictions.resize(std::min(r.predictions.size(), size_t(std::max(topK, 1))));
}

AttentionMap makeMap(const PackageAttention& a, const cv::Mat& data, const QString& name) {
    AttentionMap m;
    m.name = name;
    m.title = a.title;
    m.description = a.description;
    m.kind = a.kind;
    m.layer = a.group;
    m.data = data;
    m.semantics = a.semantics;
    m.group = a.group;
    return m;
}

} // namespace

ModelResult OnnxSequenceModel::run(const ModelInput& input, const ParamValues& params,
                                   const RunControl& control) const {
    const int available = int(input.frames.size());
    if (available < 1)
        throw Error(ErrorCode::BadInput,
                    al::onnx::OnnxTr::tr("Model '%1' needs a clip of at least %2 frames; got %3.")
                        .arg(m_package.id)
                        .arg(m_spec.frames)
                        .arg(available));
    for (const cv::Mat& f : input.frames)
        if (f.empty() || f.type() != CV_8UC3)
            throw Error(ErrorCode::BadInput,
                        al::onnx::OnnxTr::tr("Model '%1' needs BGR colour frames.").arg(m_package.id));
    // A short clip (the first frames of a video in a sliding window) is padded at the front with its first
    // frame, so every frame of a video gets a result; the "frames" scalar says which frames were used.
    std::vector<int> picked;
    if (available >= m_spec.frames) {
        picked = sampleFrameIndices(available, m_spec.frames);
    } else {
        for (int i = 0; i < m_spec.frames; ++i)
            picked.push_back(std::max(0, i - (m_spec.frames - available)));
    }
    ModelResult r;
    r.modelId = m_package.id;
    r.inputSize = input.frames[size_t(picked[0])].size();
    cv::Mat features(m_spec.frames, m_spec.featureDim, CV_32F);
    QVariantList used;
    for (int i = 0; i < m_spec.frames; ++i) {
        control.throwIfCancelled();
        const cv::Mat& frame = input.frames[size_t(picked[size_t(i)])];
        Preprocessed pre;
        try {
            pre = preprocess(frame, m_package.input);
        } catch (const cv::Exception& e) {
            throw Error(ErrorCode::PluginFailure,
                        al::onnx::OnnxTr::tr("Model '%1': OpenCV failed: %2")
                            .arg(m_package.id, QString::fromStdString(e.msg).trimmed()));
        }
        const auto outs = forwardFrame(pre.blob);
        std::memcpy(features.ptr<float>(i), outs.at(m_spec.frameFeature).ptr<float>(),
                    sizeof(float) * size_t(m_spec.featureDim));
        for (const QString& o : m_spec.frameOutputs)
            if (const PackageAttention* a = attentionSpec(m_package, o); a && a->gridRows > 0) {
                AttentionMap m = makeMap(*a, asGrid(outs.at(o), a->gridRows, a->gridCols),
                                         QStringLiteral("frame%1/%2").arg(i, 2, 10, QLatin1Char('0')).arg(o));
                m.title = al::onnx::OnnxTr::tr("Frame %1: %2").arg(i).arg(a->title);
                m.group = al::onnx::OnnxTr::tr("Frame %1").arg(i);
                m.region = cv::Rect2d(pre.inputArea);
                r.maps.push_back(std::move(m));
            }
        used << picked[size_t(i)];
        control.report(0.9 * (i + 1) / m_spec.frames, al::onnx::OnnxTr::tr("Encoding frames"));
    }
    const auto head = forwardHead(features);
    for (const QString& o : m_spec.headOutputs)
        if (const PackageAttention* a = attentionSpec(m_package, o)) {
            AttentionMap m = makeMap(*a, asGrid(head.at(o), 1, m_spec.frames), o);
            m.isFinal = o == m_spec.temporalWeights;
            r.maps.push_back(std::move(m));
        }
    addPredictions(m_package, head.at(m_package.prediction.output),
                   params.value(QStringLiteral("top_k"), 5).toInt(), r);
    r.intermediates.push_back({m_spec.frameFeature,
                               al::onnx::OnnxTr::tr("Feature of each used frame (one row per frame)."),
                               {m_spec.frames, m_spec.featureDim},
                               features});
    r.scalars.insert(QStringLiteral("frame_indices"), used);
    control.report(1.0);
    return r;
}

} // namespace al::onnx
