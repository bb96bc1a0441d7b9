// SPDX-License-Identifier: MIT
// The learned fingerprint classifier through the plugin boundary, its attention peak and its scores.
#include "attentionlens/FingerprintClassifier.h"

#include "JsonDetail.h"

#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/Error.h"
#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/PluginRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace al::fp {

// Translation context of this file (a class, so that lupdate files the strings under it).
class ClassifierTr {
    Q_DECLARE_TR_FUNCTIONS(al::fp::Classifier)
};

namespace {

double rounded(double v, double scale) {
    return std::round(v * scale) / scale;
}

const AttentionMap& attentionOf(const ModelResult& result, const QString& modelId) {
    if (const AttentionMap* m = result.map(QLatin1String(kFingerprintAttentionOutput)))
        return *m;
    if (const AttentionMap* m = result.finalMap())
        return *m;
    throw Error(ErrorCode::BadInput,
                ClassifierTr::tr("Model '%1' returned no attention map; a fingerprint classifier needs one.")
                    .arg(modelId));
}

} // namespace

cv::Point2d attentionPeak(const AttentionMap& map, cv::Size printSize) {
    return map.stats(printSize).argmaxInput;
}

std::optional<double> nearestSingularPointDistance(cv::Point2d point,
                                                   const std::vector<SingularPoint>& points) {
    std::optional<double> best;
    for (const SingularPoint& s : points) {
        const double d = std::hypot(s.x - point.x, s.y - point.y);
        if (!best || d < *best)
            best = d;
    }
    return best;
}

FingerprintClassification classifyFingerprint(const AttentionModel& model, const cv::Mat& print,
                                              const RunControl& control) {
    if (print.empty() || (print.type() != CV_8UC1 && print.type() != CV_8UC3))
        throw Error(ErrorCode::BadInput,
                    ClassifierTr::tr("Fingerprint classifier '%1': the print must be a non-empty 8-bit gray "
                                     "or BGR image.")
                        .arg(model.id()));
    ModelInput input;
    input.modality = Modality::Image;
    try {
        if (print.channels() == 1)
            cv::cvtColor(print, input.image, cv::COLOR_GRAY2BGR);
        else
            input.image = print;
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal, QString::fromStdString(e.msg));
    }
    ParamValues params;
    params.insert(QStringLiteral("top_k"), kFingerprintClassCount);
    const ModelResult result = runModel(model, input, params, control);

    FingerprintClassification c;
    c.elapsedMs = result.elapsedMs;
    int seen = 0;
    for (const Prediction& p : result.predictions) {
        const std::optional<FingerprintClass> cls = parseFingerprintClass(p.label);
        if (!cls)
            continue;
        c.probabilities[size_t(*cls)] = p.score;
        ++seen;
    }
    if (seen != kFingerprintClassCount)
        throw Error(
            ErrorCode::BadInput,
            ClassifierTr::tr("Model '%1' is not a fingerprint classifier: its labels are not the five "
                             "classes arch, tented_arch, left_loop, right_loop and whorl.")
                .arg(model.id()));
    c.fingerprintClass = FingerprintClass(std::max_element(c.probabilities.begin(), c.probabilities.end()) -
                                          c.probabilities.begin());
    c.attention = attentionOf(result, model.id());
    c.peak = attentionPeak(c.attention, print.size());
    return c;
}

void ClassifierScores::add(const FingerprintTruth& truth, const FingerprintClassification& found) {
    ++prints;
    elapsedMs += found.elapsedMs;
    const int t = int(truth.fingerprintClass), f = int(found.fingerprintClass);
    classCorrect += t == f ? 1 : 0;
    ++confusion[size_t(t)][size_t(f)];
    if (truth.fingerprintClass == FingerprintClass::Arch)
        return;
    const std::optional<double> d = nearestSingularPointDistance(found.peak, truth.singularPoints);
    if (!d)
        return;
    ++peakPrints;
    peakHits += *d <= radius ? 1 : 0;
    peakDistances.push_back(*d);
}

double ClassifierScores::medianPeakDistance() const {
    if (peakDistances.empty())
        return 0.0;
    std::vector<double> d = peakDistances;
    const auto mid = d.begin() + std::ptrdiff_t(d.size() / 2);
    std::nth_element(d.begin(), mid, d.end());
    if (d.size() % 2)
        return *mid;
    return 0.5 * (*mid + *std::max_element(d.begin(), mid));
}

QJsonObject classifierScoresToJson(const ClassifierScores& s, const QString& modelId) {
    const QJsonArray confusion = detail::confusionJson(s.confusion);
    return QJsonObject{
        {QStringLiteral("skipped"), false},
        {QStringLiteral("modelId"), modelId},
        {QStringLiteral("prints"), s.prints},
        {QStringLiteral("classAccuracy"), rounded(s.classAccuracy(), 1e4)},
        {QStringLiteral("classConfusion"), confusion},
        {QStringLiteral("peakRadiusPixels"), s.radius},
        {QStringLiteral("peakPrints"), s.peakPrints},
        {QStringLiteral("peakHits"), s.peakHits},
        {QStringLiteral("peakNearSingularPoint"), rounded(s.peakRate(), 1e4)},
        {QStringLiteral("medianPeakDistancePixels"), rounded(s.medianPeakDistance(), 10)},
        {QStringLiteral("meanMilliseconds"), rounded(s.prints ? s.elapsedMs / s.prints : 0.0, 100)}};
}

} // namespace al::fp
