// SPDX-License-Identifier: MIT
#include "attentionlens/TokenAttention.h"

#include "EnumNames.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace al {

namespace {
constexpr detail::EnumNames<HeadFusion, 3> kFusionNames{{
    {HeadFusion::Mean, "mean"},
    {HeadFusion::Max, "max"},
    {HeadFusion::Min, "min"},
}};
} // namespace

QString toString(HeadFusion fusion) {
    return detail::nameOf(kFusionNames, fusion);
}

std::optional<HeadFusion> headFusionFromString(const QString& name) {
    return detail::valueOf(kFusionNames, name);
}

cv::Mat fuseHeads(const std::vector<cv::Mat>& heads, HeadFusion fusion) {
    if (heads.empty())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::TokenAttention", "No attention heads to fuse."));
    for (const cv::Mat& head : heads)
        if (head.empty() || head.type() != CV_32FC1 || head.size() != heads.front().size())
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate("al::TokenAttention",
                                                    "Attention heads must be non-empty 32-bit float matrices "
                                                    "of one size; check the model's attention outputs."));
    cv::Mat out = heads.front().clone();
    for (size_t h = 1; h < heads.size(); ++h) {
        switch (fusion) {
        case HeadFusion::Mean:
            out += heads[h];
            break;
        case HeadFusion::Max:
            cv::max(out, heads[h], out);
            break;
        case HeadFusion::Min:
            cv::min(out, heads[h], out);
            break;
        }
    }
    if (fusion == HeadFusion::Mean)
        out /= double(heads.size());
    return out;
}

cv::Mat tokenToGrid(const cv::Mat& attention, int token, int offset, int rows, int cols) {
    // 64-bit: a manifest's grid must not overflow its way past the check.
    if (attention.type() != CV_32FC1 || token < 0 || token >= attention.rows || offset < 0 || rows <= 0 ||
        cols <= 0 || qint64(offset) + qint64(rows) * qint64(cols) > qint64(attention.cols))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::TokenAttention", "Token %1 with a %2x%3 patch grid at offset %4 does not fit a "
                                              "%5x%6 attention matrix.")
                        .arg(token)
                        .arg(rows)
                        .arg(cols)
                        .arg(offset)
                        .arg(attention.rows)
                        .arg(attention.cols));
    return attention.row(token).colRange(offset, offset + rows * cols).clone().reshape(1, rows);
}

namespace {

void discardLowest(cv::Mat& a, double ratio) {
    if (ratio <= 0.0)
        return;
    std::vector<float> values(a.begin<float>(), a.end<float>());
    const size_t k = std::min(values.size() - 1, size_t(double(values.size()) * std::min(ratio, 1.0)));
    std::nth_element(values.begin(), values.begin() + long(k), values.end());
    const float cut = values[k];
    for (int r = 0; r < a.rows; ++r) {
        float* row = a.ptr<float>(r);
        for (int c = 0; c < a.cols; ++c)
            if (row[c] < cut && r != c)
                row[c] = 0.f;
    }
}

void normaliseRows(cv::Mat& a) {
    for (int r = 0; r < a.rows; ++r) {
        const double s = cv::sum(a.row(r))[0];
        if (s > 0)
            a.row(r) /= s;
    }
}

} // namespace

cv::Mat attentionRollout(const std::vector<std::vector<cv::Mat>>& layers, HeadFusion fusion,
                         double residualIdentity, double discardRatio) {
    if (layers.empty())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::TokenAttention", "No layers to roll out."));
    cv::Mat rollout;
    for (const auto& heads : layers) {
        cv::Mat a = fuseHeads(heads, fusion);
        if (a.rows != a.cols || (!rollout.empty() && a.size() != rollout.size()))
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate("al::TokenAttention",
                                                    "Rollout needs square matrices of one size."));
        discardLowest(a, discardRatio);
        a = (1.0 - residualIdentity) * a + residualIdentity * cv::Mat::eye(a.size(), CV_32FC1);
        normaliseRows(a);
        rollout = rollout.empty() ? a : cv::Mat(a * rollout);
    }
    return rollout;
}

cv::Mat rowEntropy(const cv::Mat& attention) {
    if (attention.empty() || attention.type() != CV_32FC1)
        throw Error(ErrorCode::BadInput, QCoreApplication::translate(
                                             "al::TokenAttention",
                                             "Row entropy needs a non-empty 32-bit float attention matrix."));
    cv::Mat out(attention.rows, 1, CV_32FC1);
    for (int r = 0; r < attention.rows; ++r) {
        const float* row = attention.ptr<float>(r);
        double h = 0;
        for (int c = 0; c < attention.cols; ++c)
            if (row[c] > 0)
                h -= double(row[c]) * std::log(double(row[c]));
        out.at<float>(r) = float(h);
    }
    return out;
}

} // namespace al
