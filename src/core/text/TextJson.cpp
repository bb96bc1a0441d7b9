// SPDX-License-Identifier: MIT
// JSON of a text run: tokens, prediction, pooling weights and every layer x head matrix (dense up to a
// size limit, the top-k keys per query above it, so a 2048-token run stays a few MB).
#include "attentionlens/TextExport.h"
#include "attentionlens/TextViews.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace al {
namespace {

/// Six decimals are far below any visible difference and keep the file small.
double rounded(float v) {
    return std::isfinite(v) ? std::round(double(v) * 1e6) / 1e6 : 0.0;
}

QJsonArray denseRows(const cv::Mat& m) {
    QJsonArray rows;
    for (int r = 0; r < m.rows; ++r) {
        QJsonArray row;
        const float* p = m.ptr<float>(r);
        for (int c = 0; c < m.cols; ++c)
            row.append(rounded(p[c]));
        rows.append(row);
    }
    return rows;
}

QJsonArray topKRows(const cv::Mat& m, int k) {
    std::vector<QJsonArray> rows(size_t(m.rows));
    for (const TokenLink& l : topLinks(m, k))
        rows[size_t(l.query)].append(QJsonArray{l.key, rounded(l.weight)});
    QJsonArray out;
    for (QJsonArray& r : rows)
        out.append(r);
    return out;
}

QJsonArray tokensJson(const ModelResult& result, const QString& text) {
    const Tensor* ids = nullptr;
    for (const Tensor& t : result.intermediates)
        if (t.name == QLatin1String("token_ids"))
            ids = &t;
    QJsonArray tokens;
    for (size_t i = 0; i < result.tokens.size(); ++i) {
        const TextToken& t = result.tokens[i];
        QJsonObject o{{QStringLiteral("index"), int(i)},
                      {QStringLiteral("token"), t.text},
                      {QStringLiteral("unknown"), t.unknown},
                      {QStringLiteral("special"), t.special}};
        if (t.start >= 0) {
            o.insert(QStringLiteral("start"), t.start);
            o.insert(QStringLiteral("length"), t.length);
            o.insert(QStringLiteral("text"), text.mid(t.start, t.length));
        }
        if (ids && ids->data.type() == CV_32F && i < ids->data.total())
            o.insert(QStringLiteral("id"), qRound(ids->data.ptr<float>()[i]));
        tokens.append(o);
    }
    return tokens;
}

} // namespace

std::vector<TokenAttentionLayer> tokenAttentionLayers(const ModelResult& result) {
    std::vector<TokenAttentionLayer> layers;
    for (const AttentionMap& m : result.maps) {
        if (m.kind != MapKind::TokenToToken || m.head < 0 || m.data.empty())
            continue;
        auto it = std::find_if(layers.begin(), layers.end(),
                               [&](const TokenAttentionLayer& l) { return l.layer == m.layer; });
        if (it == layers.end())
            it = layers.insert(layers.end(), TokenAttentionLayer{m.layer, {}});
        it->heads.push_back(&m);
    }
    for (TokenAttentionLayer& l : layers)
        std::stable_sort(l.heads.begin(), l.heads.end(),
                         [](const AttentionMap* a, const AttentionMap* b) { return a->head < b->head; });
    return layers;
}

QString tokenLayerTitle(const QString& layer) {
    bool number = false;
    layer.toInt(&number);
    return number ? QCoreApplication::translate("al::TextExport", "Layer %1").arg(layer) : layer;
}

std::vector<double> poolingColourWeights(const ModelResult& result) {
    const AttentionMap* m = tokenPoolingMap(result);
    if (!m)
        return {};
    double lo = 0, hi = 0;
    cv::minMaxLoc(m->data, &lo, &hi);
    std::vector<double> out;
    for (int i = 0; i < m->data.cols; ++i)
        out.push_back(hi > lo ? (double(m->data.at<float>(i)) - lo) / (hi - lo) : 0.0);
    return out;
}

const AttentionMap* tokenPoolingMap(const ModelResult& result) {
    for (const AttentionMap& m : result.maps)
        if (m.kind == MapKind::Temporal && m.data.rows == 1 && m.data.cols == int(result.tokens.size()))
            return &m;
    return nullptr;
}

QJsonObject textResultToJson(const ModelResult& result, const QString& text,
                             const TextExportOptions& options) {
    QJsonArray predictions;
    for (const Prediction& p : result.predictions)
        predictions.append(QJsonObject{{QStringLiteral("index"), p.index},
                                       {QStringLiteral("label"), p.label},
                                       {QStringLiteral("score"), p.score}});
    const int n = int(result.tokens.size());
    const bool dense = n <= options.denseLimit;
    QJsonArray attention;
    for (const TokenAttentionLayer& layer : tokenAttentionLayers(result)) {
        for (const AttentionMap* m : layer.heads) {
            QJsonObject o{
                {QStringLiteral("name"), m->name},
                {QStringLiteral("layer"), m->layer},
                {QStringLiteral("head"), m->head},
                {QStringLiteral("format"), dense ? QStringLiteral("dense") : QStringLiteral("top-k")}};
            if (dense) {
                o.insert(QStringLiteral("data"), denseRows(m->data));
            } else {
                o.insert(QStringLiteral("k"), options.topK);
                o.insert(QStringLiteral("top_k"), topKRows(m->data, options.topK));
            }
            attention.append(o);
        }
    }
    QJsonObject doc{
        {QStringLiteral("model"), result.modelId},
        {QStringLiteral("input"), options.inputPath.isEmpty() ? QJsonValue() : options.inputPath},
        {QStringLiteral("text"), text},
        {QStringLiteral("elapsed_ms"), result.elapsedMs},
        {QStringLiteral("token_count"), n},
        {QStringLiteral("dropped_tokens"), result.scalars.value(QStringLiteral("dropped_tokens"), 0).toInt()},
        {QStringLiteral("tokens"), tokensJson(result, text)},
        {QStringLiteral("predictions"), predictions},
        {QStringLiteral("attention"), attention},
        {QStringLiteral("dense_limit"), options.denseLimit}};
    if (const AttentionMap* pooling = tokenPoolingMap(result))
        doc.insert(QStringLiteral("pooling"), denseRows(pooling->data).at(0));
    else
        doc.insert(QStringLiteral("pooling"), QJsonValue());
    return doc;
}

} // namespace al
