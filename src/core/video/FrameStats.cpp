// SPDX-License-Identifier: MIT
#include "attentionlens/Error.h"
#include "attentionlens/VideoAnalysis.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace al {

QString toString(FrameScore score) {
    switch (score) {
    case FrameScore::Focus:
        return QStringLiteral("focus");
    case FrameScore::Mass:
        return QStringLiteral("mass");
    case FrameScore::Peak:
        return QStringLiteral("peak");
    }
    return {};
}

std::optional<FrameScore> frameScoreFromString(const QString& name) {
    for (FrameScore score : {FrameScore::Focus, FrameScore::Mass, FrameScore::Peak}) {
        if (toString(score) == name)
            return score;
    }
    return std::nullopt;
}

double frameScore(const FrameStats& stats, FrameScore kind) {
    switch (kind) {
    case FrameScore::Focus:
        return 1.0 - stats.entropy;
    case FrameScore::Mass:
        return stats.mass;
    case FrameScore::Peak:
        return stats.peak;
    }
    return 0.0;
}

FrameStats computeFrameStats(const AttentionMap& map, cv::Size inputSize) {
    if (map.data.empty() || map.data.type() != CV_32FC1)
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::Video", "Map '%1' is empty or not a float map.").arg(map.name));
    FrameStats stats;
    const MapStats basic = map.stats(inputSize);
    stats.peak = basic.max;
    stats.peakPos = basic.argmaxInput;
    stats.mass = basic.mean;

    cv::Mat values = map.data.clone();
    cv::patchNaNs(values, double(basic.min));
    cv::Mat shifted = values - double(basic.min); // >= 0; a distribution after dividing by its sum
    const double total = cv::sum(shifted)[0];
    const cv::Rect2d region = map.inputRegion(inputSize);
    const double cells = double(values.total());
    if (!(total > 0.0) || !std::isfinite(total)) {
        stats.entropy = cells > 1 ? 1.0 : 0.0;
        stats.centroid = {region.x + region.width / 2.0, region.y + region.height / 2.0};
        return stats;
    }
    // Shannon entropy (C. E. Shannon, "A Mathematical Theory of Communication", 1948), divided by its
    // maximum log(cells) so that maps of different grid sizes compare.
    double entropy = 0.0;
    double sumX = 0.0;
    double sumY = 0.0;
    const double cellW = region.width / values.cols;
    const double cellH = region.height / values.rows;
    for (int y = 0; y < shifted.rows; ++y) {
        const float* row = shifted.ptr<float>(y);
        double rowMass = 0.0;
        for (int x = 0; x < shifted.cols; ++x) {
            const double p = row[x] / total;
            if (p > 0.0) {
                entropy -= p * std::log(p);
                rowMass += p;
                sumX += p * (region.x + (x + 0.5) * cellW);
            }
        }
        sumY += rowMass * (region.y + (y + 0.5) * cellH);
    }
    stats.entropy = cells > 1 ? std::clamp(entropy / std::log(cells), 0.0, 1.0) : 0.0;
    stats.centroid = {sumX, sumY};
    return stats;
}

std::vector<double> temporalAttention(const std::vector<double>& scores, double temperature) {
    if (!(temperature > 0.0) || !std::isfinite(temperature))
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::Video", "The temperature must be a positive number, not %1.")
                .arg(temperature));
    if (scores.empty())
        return {};
    // Softmax with the maximum subtracted first, so that a small temperature cannot overflow exp().
    const double top = *std::max_element(scores.begin(), scores.end());
    std::vector<double> weights(scores.size());
    double sum = 0.0;
    for (size_t i = 0; i < scores.size(); ++i) {
        weights[i] = std::isfinite(scores[i]) ? std::exp((scores[i] - top) / temperature) : 0.0;
        sum += weights[i];
    }
    for (double& w : weights)
        w = sum > 0.0 ? w / sum : 1.0 / double(scores.size());
    return weights;
}

size_t FrameAnalysis::bytes() const {
    return sizeof(FrameAnalysis) + map.data.total() * map.data.elemSize() +
           predictions.size() * sizeof(Prediction);
}

} // namespace al
