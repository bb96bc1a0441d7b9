// SPDX-License-Identifier: MIT
// Metric functions of the fingerprint evaluation: angle differences, field errors, one-to-one pairing,
// verification error rates (FVC: Maio et al., PAMI 2002).
#include "attentionlens/FingerprintEvaluation.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace al::fp {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Greedy one-to-one pairing by increasing distance among the admissible candidates.
template <typename Admissible>
PairingCounts pairGreedy(int truthCount, int detectedCount, Admissible admissible) {
    std::vector<std::pair<double, std::pair<int, int>>> candidates;
    for (int t = 0; t < truthCount; ++t)
        for (int d = 0; d < detectedCount; ++d)
            if (const double dist = admissible(t, d); dist >= 0.0)
                candidates.push_back({dist, {t, d}});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<bool> truthUsed(truthCount, false), detectedUsed(detectedCount, false);
    PairingCounts counts;
    for (const auto& [dist, pair] : candidates) {
        if (truthUsed[pair.first] || detectedUsed[pair.second])
            continue;
        truthUsed[pair.first] = detectedUsed[pair.second] = true;
        counts.pairs.push_back(pair);
    }
    counts.truePositives = int(counts.pairs.size());
    counts.falseNegatives = truthCount - counts.truePositives;
    counts.falsePositives = detectedCount - counts.truePositives;
    return counts;
}

cv::Mat matchSize(const cv::Mat& estimate, cv::Size size) {
    if (estimate.size() == size)
        return estimate;
    cv::Mat out;
    cv::resize(estimate, out, size, 0, 0, cv::INTER_NEAREST);
    return out;
}

} // namespace

double axialAngleDifference(double a, double b) {
    const double d = std::abs(std::remainder(a - b, kPi));
    return std::min(d, kPi / 2.0);
}

double directionDifference(double a, double b) {
    return std::abs(std::remainder(a - b, 2.0 * kPi));
}

std::pair<double, int> orientationRmseDegrees(const cv::Mat& truth, const cv::Mat& estimate,
                                              const cv::Mat& valid) {
    if (truth.empty() || estimate.empty() || valid.empty())
        return {0.0, 0};
    const cv::Mat est = matchSize(estimate, truth.size());
    double sum = 0.0;
    int n = 0;
    for (int y = 0; y < truth.rows; ++y)
        for (int x = 0; x < truth.cols; ++x)
            if (valid.at<uchar>(y, x)) {
                const double d =
                    axialAngleDifference(truth.at<float>(y, x), est.at<float>(y, x)) * 180.0 / kPi;
                sum += d * d;
                ++n;
            }
    return {n ? std::sqrt(sum / n) : 0.0, n};
}

std::pair<double, int> meanPeriodError(const cv::Mat& truth, const cv::Mat& estimate, const cv::Mat& valid) {
    if (truth.empty() || estimate.empty() || valid.empty())
        return {0.0, 0};
    const cv::Mat est = matchSize(estimate, truth.size());
    double sum = 0.0;
    int n = 0;
    for (int y = 0; y < truth.rows; ++y)
        for (int x = 0; x < truth.cols; ++x)
            if (valid.at<uchar>(y, x) && est.at<float>(y, x) > 0.0f) {
                sum += std::abs(truth.at<float>(y, x) - est.at<float>(y, x));
                ++n;
            }
    return {n ? sum / n : 0.0, n};
}

cv::Mat evaluationRegion(const cv::Mat& mask, double border, const std::vector<SingularPoint>& points,
                         double radius) {
    cv::Mat region;
    const int r = std::max(0, int(std::lround(border)));
    cv::Mat padded;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0); // the image edge is an edge too
    cv::erode(padded, region, cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * r + 1, 2 * r + 1}));
    region = region(cv::Rect(1, 1, mask.cols, mask.rows)).clone();
    for (const SingularPoint& p : points)
        cv::circle(region, cv::Point(int(std::lround(p.x)), int(std::lround(p.y))), int(std::lround(radius)),
                   cv::Scalar(0), cv::FILLED);
    return region;
}

double PairingCounts::precision() const {
    const int d = truePositives + falsePositives;
    return d ? double(truePositives) / d : 0.0;
}

double PairingCounts::recall() const {
    const int d = truePositives + falseNegatives;
    return d ? double(truePositives) / d : 0.0;
}

double PairingCounts::f1() const {
    const double p = precision(), r = recall();
    return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
}

PairingCounts& PairingCounts::operator+=(const PairingCounts& other) {
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    return *this;
}

PairingCounts pairMinutiae(const std::vector<Minutia>& truth, const std::vector<Minutia>& detected,
                           double maxDistance, double maxAngle) {
    return pairGreedy(int(truth.size()), int(detected.size()), [&](int t, int d) {
        const double dist = std::hypot(truth[t].x - detected[d].x, truth[t].y - detected[d].y);
        const bool ok =
            dist <= maxDistance && directionDifference(truth[t].angle, detected[d].angle) <= maxAngle;
        return ok ? dist : -1.0;
    });
}

PairingCounts pairSingularPoints(const std::vector<SingularPoint>& truth,
                                 const std::vector<SingularPoint>& detected, double maxDistance) {
    return pairGreedy(int(truth.size()), int(detected.size()), [&](int t, int d) {
        const double dist = std::hypot(truth[t].x - detected[d].x, truth[t].y - detected[d].y);
        return dist <= maxDistance && truth[t].type == detected[d].type ? dist : -1.0;
    });
}

ErrorRates computeErrorRates(const std::vector<double>& genuine, const std::vector<double>& impostor) {
    if (genuine.empty() || impostor.empty())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::fp::Evaluation", "Error rates need genuine and impostor scores (got %1 and %2).")
                        .arg(genuine.size())
                        .arg(impostor.size()));
    std::vector<double> g = genuine, im = impostor, thresholds = genuine;
    std::sort(g.begin(), g.end());
    std::sort(im.begin(), im.end());
    thresholds.insert(thresholds.end(), impostor.begin(), impostor.end());
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.push_back(thresholds.back() + 1.0); // accept nothing
    ErrorRates rates;
    rates.genuine = int(g.size());
    rates.impostor = int(im.size());
    rates.eer = 1.0;
    rates.fmr100 = rates.fmr1000 = 1.0;
    for (const double t : thresholds) {
        const double fnmr = double(std::lower_bound(g.begin(), g.end(), t) - g.begin()) / g.size();
        const double fmr = double(im.end() - std::lower_bound(im.begin(), im.end(), t)) / im.size();
        if (std::max(fmr, fnmr) < rates.eer) {
            rates.eer = std::max(fmr, fnmr);
            rates.eerThreshold = t;
        }
        if (fmr <= 0.01)
            rates.fmr100 = std::min(rates.fmr100, fnmr);
        if (fmr <= 0.001)
            rates.fmr1000 = std::min(rates.fmr1000, fnmr);
    }
    return rates;
}

double FeatureScores::orientationRmse() const {
    return orientationPixels ? std::sqrt(orientationSquaredSum / double(orientationPixels)) : 0.0;
}

double FeatureScores::periodError() const {
    return periodPixels ? periodAbsSum / double(periodPixels) : 0.0;
}

} // namespace al::fp
