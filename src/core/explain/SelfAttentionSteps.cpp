// SPDX-License-Identifier: MIT
#include "attentionlens/SelfAttentionSteps.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <cmath>
#include <map>
#include <opencv2/imgproc.hpp>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class SelfAttentionTr {
    Q_DECLARE_TR_FUNCTIONS(al::SelfAttention)
};

namespace {

[[noreturn]] void bad(const QString& message) {
    throw Error(ErrorCode::BadInput, message);
}

void checkHead(const HeadQkv& head) {
    if (head.q.empty() || head.q.type() != CV_32FC1)
        bad(al::SelfAttentionTr::tr("self-attention: Q must be a non-empty float matrix (tokens x d)"));
    if (head.k.size() != head.q.size() || head.k.type() != CV_32FC1)
        bad(al::SelfAttentionTr::tr("self-attention: K must have the size of Q (%1 x %2)")
                .arg(head.q.rows)
                .arg(head.q.cols));
    if (head.v.rows != head.q.rows || head.v.type() != CV_32FC1)
        bad(al::SelfAttentionTr::tr("self-attention: V must have one float row per token (%1)")
                .arg(head.q.rows));
}

void checkTemperature(double temperature) {
    if (!(temperature > 0.0) || !std::isfinite(temperature))
        bad(al::SelfAttentionTr::tr("self-attention: the temperature must be a positive number, not %1")
                .arg(temperature));
}

} // namespace

cv::Mat softmaxWithTemperature(const cv::Mat& row, double temperature) {
    checkTemperature(temperature);
    if (row.empty() || row.type() != CV_32FC1)
        bad(al::SelfAttentionTr::tr("softmax: the input must be a non-empty float row"));
    const cv::Mat flat = row.reshape(1, 1);
    double maxValue = 0.0;
    cv::minMaxLoc(flat, nullptr, &maxValue);
    cv::Mat out(1, flat.cols, CV_32FC1);
    double sum = 0.0;
    std::vector<double> e(static_cast<size_t>(flat.cols));
    for (int j = 0; j < flat.cols; ++j) {
        // subtracting the maximum keeps exp() in range without changing the result
        e[size_t(j)] = std::exp((double(flat.at<float>(0, j)) - maxValue) / temperature);
        sum += e[size_t(j)];
    }
    for (int j = 0; j < flat.cols; ++j)
        out.at<float>(0, j) = static_cast<float>(e[size_t(j)] / sum);
    return out;
}

double entropyNats(const cv::Mat& probabilities) {
    const cv::Mat flat = probabilities.reshape(1, 1);
    double h = 0.0;
    for (int j = 0; j < flat.cols; ++j) {
        const double p = flat.at<float>(0, j);
        if (p > 0.0)
            h -= p * std::log(p);
    }
    return h;
}

QueryAttentionStep selfAttentionStep(const HeadQkv& head, int query, double temperature) {
    checkHead(head);
    checkTemperature(temperature);
    if (query < 0 || query >= head.q.rows)
        bad(al::SelfAttentionTr::tr("self-attention: query token %1 is outside 0..%2")
                .arg(query)
                .arg(head.q.rows - 1));
    QueryAttentionStep s;
    s.scores = head.q.row(query) * head.k.t(); // 1 x N
    s.scale = 1.0 / std::sqrt(double(head.q.cols));
    s.scaled = s.scores * s.scale;
    s.temperature = temperature;
    s.weights = softmaxWithTemperature(s.scaled, temperature);
    s.entropy = entropyNats(s.weights);
    s.maxEntropy = std::log(double(head.q.rows));
    cv::Point maxLoc;
    cv::minMaxLoc(s.weights, nullptr, nullptr, nullptr, &maxLoc);
    s.argmax = maxLoc.x;
    s.output = s.weights * head.v; // 1 x d_v
    return s;
}

std::vector<QueryAttentionStep> selfAttentionSteps(const SelfAttentionLayer& layer, int query,
                                                   double temperature) {
    if (layer.heads.empty())
        bad(al::SelfAttentionTr::tr("self-attention: layer '%1' has no heads").arg(layer.name));
    std::vector<QueryAttentionStep> out;
    out.reserve(layer.heads.size());
    for (const HeadQkv& h : layer.heads)
        out.push_back(selfAttentionStep(h, query, temperature));
    return out;
}

cv::Mat attentionMatrix(const HeadQkv& head, double temperature) {
    checkHead(head);
    checkTemperature(temperature);
    const cv::Mat scaled = head.q * head.k.t() * (1.0 / std::sqrt(double(head.q.cols)));
    cv::Mat out(scaled.size(), CV_32FC1);
    for (int i = 0; i < scaled.rows; ++i)
        softmaxWithTemperature(scaled.row(i), temperature).copyTo(out.row(i));
    return out;
}

std::vector<cv::Mat> splitHeads(const cv::Mat& data, const std::vector<int>& shape) {
    std::vector<int> s = shape;
    if (s.size() == 4 && s[0] == 1)
        s.erase(s.begin());
    if (s.size() != 3 || s[0] < 1 || s[1] < 1 || s[2] < 1 || data.depth() != CV_32F ||
        data.total() * size_t(data.channels()) != size_t(s[0]) * size_t(s[1]) * size_t(s[2]))
        bad(al::SelfAttentionTr::tr("self-attention: expected a [1, heads, tokens, d] float tensor"));
    if (!data.isContinuous())
        bad(al::SelfAttentionTr::tr("self-attention: the Q/K/V tensor must be contiguous"));
    std::vector<cv::Mat> heads;
    const float* base = data.ptr<float>();
    for (int h = 0; h < s[0]; ++h) {
        const cv::Mat view(s[1], s[2], CV_32FC1, const_cast<float*>(base) + size_t(h) * s[1] * s[2]);
        heads.push_back(view.clone());
    }
    return heads;
}

namespace {

QStringList tokenLabels(const ModelResult& result, int tokens, bool clsFirst, int gridCols) {
    QStringList labels;
    if (int(result.tokens.size()) == tokens) {
        for (const TextToken& t : result.tokens)
            labels << t.text;
        return labels;
    }
    if (gridCols <= 0)
        return labels;
    for (int i = 0; i < tokens; ++i) {
        const int p = clsFirst ? i - 1 : i;
        labels << (p < 0 ? QStringLiteral("CLS")
                         : QStringLiteral("%1,%2").arg(p / gridCols).arg(p % gridCols));
    }
    return labels;
}

} // namespace

std::vector<SelfAttentionLayer> selfAttentionLayers(const ModelResult& result, bool clsFirst, int gridCols) {
    std::map<QString, const Tensor*> byName;
    for (const Tensor& t : result.intermediates)
        byName[t.name] = &t;
    std::vector<SelfAttentionLayer> layers;
    for (const Tensor& t : result.intermediates) {
        if (!t.name.endsWith(QLatin1String("_q")))
            continue;
        const QString stem = t.name.chopped(2);
        const auto k = byName.find(stem + QLatin1String("_k"));
        const auto v = byName.find(stem + QLatin1String("_v"));
        if (k == byName.end() || v == byName.end())
            continue;
        const std::vector<cv::Mat> qs = splitHeads(t.data, t.shape);
        const std::vector<cv::Mat> ks = splitHeads(k->second->data, k->second->shape);
        const std::vector<cv::Mat> vs = splitHeads(v->second->data, v->second->shape);
        if (ks.size() != qs.size() || vs.size() != qs.size())
            bad(al::SelfAttentionTr::tr("self-attention: Q, K and V of '%1' have different head counts")
                    .arg(stem));
        SelfAttentionLayer layer;
        layer.name = stem;
        for (size_t h = 0; h < qs.size(); ++h)
            layer.heads.push_back({qs[h], ks[h], vs[h]});
        checkHead(layer.heads.front());
        layer.tokenLabels = tokenLabels(result, layer.tokens(), clsFirst, gridCols);
        layers.push_back(std::move(layer));
    }
    return layers;
}

cv::Mat tokenRowToGrid(const cv::Mat& row, int offset, int rows, int cols) {
    const cv::Mat flat = row.reshape(1, 1);
    const int n = flat.cols;
    if (rows * cols <= 0) {
        cv::Mat out;
        flat.convertTo(out, CV_32F);
        return out;
    }
    if (offset < 0 || offset + rows * cols > n)
        bad(al::SelfAttentionTr::tr(
                "self-attention: %1 tokens do not fill a %2x%3 grid after %4 special token(s)")
                .arg(n)
                .arg(rows)
                .arg(cols)
                .arg(offset));
    cv::Mat grid(std::max(rows, offset), cols + 1, CV_32FC1, cv::Scalar(std::nanf("")));
    for (int t = 0; t < n; ++t) {
        const float v = flat.at<float>(0, t);
        if (t < offset)
            grid.at<float>(t, 0) = v;
        else if (t < offset + rows * cols)
            grid.at<float>((t - offset) / cols, 1 + (t - offset) % cols) = v;
    }
    return grid;
}

int tokenAtGridCell(int n, int offset, int rows, int cols, cv::Point cell) {
    if (rows * cols <= 0)
        return cell.y == 0 && cell.x >= 0 && cell.x < n ? cell.x : -1;
    if (cell.x == 0)
        return cell.y >= 0 && cell.y < offset ? cell.y : -1;
    if (cell.x < 1 || cell.x > cols || cell.y < 0 || cell.y >= rows)
        return -1;
    const int t = offset + cell.y * cols + cell.x - 1;
    return t < n ? t : -1;
}

cv::Mat renderTokenGrid(const cv::Mat& grid, int cellPx, Colormap colormap) {
    if (grid.empty() || grid.type() != CV_32FC1 || cellPx < 1)
        bad(al::SelfAttentionTr::tr("self-attention: nothing to draw"));
    const cv::Mat valid = grid == grid; // false where NaN
    double lo = 0.0, hi = 0.0;
    cv::minMaxLoc(grid, &lo, &hi, nullptr, nullptr, valid);
    cv::Mat scaled;
    grid.convertTo(scaled, CV_8U, hi > lo ? 255.0 / (hi - lo) : 0.0, hi > lo ? -lo * 255.0 / (hi - lo) : 0.0);
    cv::Mat bgr = colorize(scaled, colormap);
    bgr.setTo(cv::Scalar(60, 60, 60), ~valid);
    cv::Mat out;
    cv::resize(bgr, out, cv::Size(), cellPx, cellPx, cv::INTER_NEAREST);
    return out;
}

bool hasSelfAttentionIntermediates(const ModelResult& result) {
    int found = 0;
    for (const Tensor& t : result.intermediates)
        found |= t.name.endsWith(QLatin1String("_q"))   ? 1
                 : t.name.endsWith(QLatin1String("_k")) ? 2
                 : t.name.endsWith(QLatin1String("_v")) ? 4
                                                        : 0;
    return found == 7;
}

} // namespace al
