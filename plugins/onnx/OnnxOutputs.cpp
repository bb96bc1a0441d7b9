// SPDX-License-Identifier: MIT
#include "OnnxOutputs.h"

#include <attentionlens/Error.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace al::onnx {
namespace {

[[noreturn]] void shapeError(const QString& output, const QString& detail) {
    throw Error(ErrorCode::PluginFailure,
                QCoreApplication::translate("al::Onnx", "Output '%1' does not match its manifest entry: %2")
                    .arg(output, detail));
}

const cv::Mat& outputOf(const RawOutputs& outputs, const QString& name) {
    const auto it = outputs.find(name);
    if (it == outputs.end() || it->second.empty())
        shapeError(name, QCoreApplication::translate("al::Onnx", "the network did not return it"));
    return it->second;
}

std::vector<int> shapeOf(const cv::Mat& m) {
    std::vector<int> s;
    for (int i = 0; i < m.dims; ++i)
        s.push_back(m.size[i]);
    return s;
}

/// A 1 x total view of a continuous float blob of any dimensionality (no copy; the blob must outlive it).
cv::Mat flatView(const cv::Mat& blob) {
    CV_Assert(blob.isContinuous() && blob.depth() == CV_32F);
    return cv::Mat(1, int(blob.total() * size_t(blob.channels())), CV_32F, const_cast<uchar*>(blob.data));
}

size_t count(const std::vector<int>& shape) {
    return std::accumulate(shape.begin(), shape.end(), size_t(1),
                           [](size_t a, int b) { return a * size_t(b); });
}

void addPredictions(const ModelPackage& p, const RawOutputs& outputs, int topK, ModelResult& result) {
    const cv::Mat raw = outputOf(outputs, p.prediction.output);
    cv::Mat scores = flatView(raw).clone();
    if (p.prediction.activation == QLatin1String("none")) { // show probabilities: softmax of the logits
        double maxv = 0;
        cv::minMaxLoc(scores, nullptr, &maxv);
        cv::exp(scores - maxv, scores);
        scores /= cv::sum(scores)[0];
    }
    std::vector<int> order(size_t(scores.cols));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return scores.at<float>(a) > scores.at<float>(b); });
    for (int i = 0; i < std::min(topK, scores.cols); ++i) {
        const int k = order[size_t(i)];
        const QString label = k < p.prediction.labels.size() ? p.prediction.labels[k] : QString::number(k);
        result.predictions.push_back({k, label, double(scores.at<float>(k))});
    }
}

AttentionMap baseMap(const PackageAttention& a, const QString& name, const QString& title, cv::Mat data) {
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

QString headTitle(const PackageAttention& a, int h) {
    return QCoreApplication::translate("al::Onnx", "%1 · head %2").arg(a.title).arg(h);
}

void addGridMaps(const PackageAttention& a, const std::vector<cv::Mat>& heads, const cv::Rect2d& area,
                 ModelResult& result) {
    for (size_t h = 0; h < heads.size(); ++h) {
        if (heads[h].total() != size_t(a.gridRows) * size_t(a.gridCols))
            shapeError(a.output,
                       QCoreApplication::translate("al::Onnx", "%1 values per head, expected a %2x%3 grid")
                           .arg(heads[h].total())
                           .arg(a.gridRows)
                           .arg(a.gridCols));
        const bool single = heads.size() == 1;
        AttentionMap m =
            baseMap(a, single ? a.output : QStringLiteral("%1/head%2").arg(a.output).arg(h),
                    single ? a.title : headTitle(a, int(h)), heads[h].reshape(1, a.gridRows).clone());
        m.head = single ? -1 : int(h);
        m.region = area;
        result.maps.push_back(std::move(m));
    }
}

void addChannelMap(const PackageAttention& a, const std::vector<cv::Mat>& heads, ModelResult& result) {
    for (size_t h = 0; h < heads.size(); ++h) {
        if (a.channels > 0 && heads[h].total() != size_t(a.channels))
            shapeError(a.output, QCoreApplication::translate("al::Onnx", "%1 channel weights, expected %2")
                                     .arg(heads[h].total())
                                     .arg(a.channels));
        const bool single = heads.size() == 1;
        AttentionMap m = baseMap(a, single ? a.output : QStringLiteral("%1/head%2").arg(a.output).arg(h),
                                 single ? a.title : headTitle(a, int(h)), heads[h].reshape(1, 1).clone());
        m.head = single ? -1 : int(h);
        result.maps.push_back(std::move(m));
    }
}

int sourceToken(const PackageAttention& a) {
    for (const auto& [name, index] : a.specialTokens)
        if (name.compare(QLatin1String("CLS"), Qt::CaseInsensitive) == 0)
            return index;
    return a.specialTokens.empty() ? 0 : a.specialTokens.front().second;
}

/// Per-head matrices, per-head CLS-to-patch maps and the fused CLS-to-patch map of one layer.
std::vector<cv::Mat> addTokenMaps(const PackageAttention& a, const std::vector<cv::Mat>& heads,
                                  const cv::Rect2d& area, const OutputOptions& options, ModelResult& result) {
    std::vector<cv::Mat> matrices;
    for (size_t h = 0; h < heads.size(); ++h) {
        const int n = int(std::lround(std::sqrt(double(heads[h].total()))));
        if (size_t(n) * size_t(n) != heads[h].total() ||
            qint64(a.patchTokenOffset) + qint64(a.gridRows) * a.gridCols > n)
            shapeError(a.output,
                       QCoreApplication::translate(
                           "al::Onnx", "%1 values per head is not an N x N matrix holding a %2x%3 patch grid")
                           .arg(heads[h].total())
                           .arg(a.gridRows)
                           .arg(a.gridCols));
        matrices.push_back(heads[h].reshape(1, n).clone());
        AttentionMap m = baseMap(a, QStringLiteral("%1/head%2").arg(a.output).arg(h), headTitle(a, int(h)),
                                 matrices.back());
        m.head = int(h);
        result.maps.push_back(std::move(m));
    }
    const int src = sourceToken(a);
    for (size_t h = 0; h < matrices.size(); ++h) {
        AttentionMap m = baseMap(
            a, QStringLiteral("%1/head%2/cls").arg(a.output).arg(h),
            QCoreApplication::translate("al::Onnx", "%1 · head %2 · CLS to patches").arg(a.title).arg(h),
            tokenToGrid(matrices[h], src, a.patchTokenOffset, a.gridRows, a.gridCols));
        m.kind = MapKind::Spatial;
        m.head = int(h);
        m.region = area;
        result.maps.push_back(std::move(m));
    }
    AttentionMap fused = baseMap(
        a, QStringLiteral("%1/fused/cls").arg(a.output),
        QCoreApplication::translate("al::Onnx", "%1 · heads fused (%2) · CLS to patches")
            .arg(a.title, toString(options.fusion)),
        tokenToGrid(fuseHeads(matrices, options.fusion), src, a.patchTokenOffset, a.gridRows, a.gridCols));
    fused.kind = MapKind::Spatial;
    fused.region = area;
    result.maps.push_back(std::move(fused));
    return matrices;
}

void addRollout(const ModelPackage& p, const std::map<QString, std::vector<cv::Mat>>& layers,
                const cv::Rect2d& area, const OutputOptions& options, ModelResult& result) {
    std::vector<std::vector<cv::Mat>> ordered;
    const PackageAttention* last = nullptr;
    for (const QString& name : p.rollout->layers) {
        ordered.push_back(layers.at(name));
        last = &*std::find_if(p.attention.begin(), p.attention.end(),
                              [&](const PackageAttention& a) { return a.output == name; });
    }
    const cv::Mat rollout =
        attentionRollout(ordered, options.fusion, options.residualIdentity, options.discardRatio);
    AttentionMap m;
    m.name = QStringLiteral("rollout");
    m.title =
        QCoreApplication::translate("al::Onnx", "Attention rollout (%1 heads)").arg(toString(options.fusion));
    m.description = QCoreApplication::translate(
        "al::Onnx", "How much each patch flows into the class token through all layers, with the residual "
                    "connections counted (Abnar & Zuidema, 2020).");
    m.kind = MapKind::Spatial;
    m.group = QCoreApplication::translate("al::Onnx", "Rollout");
    m.semantics = ValueSemantics::Probability;
    m.data =
        tokenToGrid(rollout, p.rollout->sourceToken, last->patchTokenOffset, last->gridRows, last->gridCols);
    m.region = area;
    result.maps.push_back(std::move(m));
}

void markFinal(const ModelPackage& p, ModelResult& result) {
    QString target = p.defaultMap;
    if (!target.isEmpty() && target != QLatin1String("rollout")) {
        const auto it = std::find_if(p.attention.begin(), p.attention.end(),
                                     [&](const PackageAttention& a) { return a.output == target; });
        if (it != p.attention.end() && it->kind == MapKind::TokenToToken)
            target += QStringLiteral("/fused/cls");
    }
    for (AttentionMap& m : result.maps)
        if (m.name == target)
            m.isFinal = true;
    if (std::none_of(result.maps.begin(), result.maps.end(), [](const AttentionMap& m) { return m.isFinal; }))
        for (AttentionMap& m : result.maps)
            if (m.kind == MapKind::Spatial) {
                m.isFinal = true;
                break;
            }
}

} // namespace

std::vector<cv::Mat> splitHeads(const cv::Mat& blob, const PackageAttention& spec) {
    const std::vector<int> shape = shapeOf(blob);
    if (count(shape) != count(spec.shape))
        shapeError(spec.output,
                   QCoreApplication::translate("al::Onnx", "%1 values, the manifest's shape has %2")
                       .arg(count(shape))
                       .arg(count(spec.shape)));
    const cv::Mat flat = flatView(blob);
    if (spec.heads <= 1)
        return {flat};
    for (int i = 0; i < spec.headAxis; ++i)
        if (spec.shape[size_t(i)] != 1)
            shapeError(spec.output,
                       QCoreApplication::translate("al::Onnx",
                                                   "the head axis must be the outermost axis larger than 1"));
    const int per = int(flat.total()) / spec.heads;
    std::vector<cv::Mat> heads;
    for (int h = 0; h < spec.heads; ++h)
        heads.push_back(flat.colRange(h * per, (h + 1) * per));
    return heads;
}

void mapOutputs(const ModelPackage& p, const RawOutputs& outputs, const cv::Rect2d& area,
                const OutputOptions& options, ModelResult& result) {
    addPredictions(p, outputs, options.topK, result);
    std::map<QString, std::vector<cv::Mat>> tokenLayers;
    for (const PackageAttention& a : p.attention) {
        const std::vector<cv::Mat> heads = splitHeads(outputOf(outputs, a.output), a);
        switch (a.kind) {
        case MapKind::Spatial:
        case MapKind::Gate:
            addGridMaps(a, heads, area, result);
            break;
        case MapKind::Channel:
        case MapKind::Temporal:
            addChannelMap(a, heads, result);
            break;
        case MapKind::TokenToToken:
            tokenLayers[a.output] = addTokenMaps(a, heads, area, options, result);
            break;
        }
    }
    if (p.rollout)
        addRollout(p, tokenLayers, area, options, result);
    markFinal(p, result);
    for (const PackageIntermediate& i : p.intermediates) {
        const cv::Mat& blob = outputOf(outputs, i.output);
        Tensor t;
        t.name = i.output;
        t.description = i.description;
        t.shape = shapeOf(blob);
        t.data = blob.clone();
        result.intermediates.push_back(std::move(t));
    }
}

} // namespace al::onnx
