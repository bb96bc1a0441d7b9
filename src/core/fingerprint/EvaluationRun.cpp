// SPDX-License-Identifier: MIT
// The fingerprint evaluation run: generate, analyse, score features, match by the FVC protocol.
#include "GeneratorDetail.h"
#include "JsonDetail.h"

#include "attentionlens/Error.h"
#include "attentionlens/FingerprintAnalysis.h"
#include "attentionlens/FingerprintEvaluation.h"
#include "attentionlens/FingerprintMatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>

namespace al::fp {

// Translation context of this file (a class, so that lupdate files the strings under it).
class EvaluationTr {
    Q_DECLARE_TR_FUNCTIONS(al::fp::Evaluation)
};

namespace {

void checkOptions(const FingerprintEvaluationOptions& o) {
    if (o.fingers < 2 || o.fingers > 10000)
        throw Error(
            ErrorCode::BadInput,
            al::fp::EvaluationTr::tr("Fingerprint evaluation: --fingers must be in [2, 10000], got %1.")
                .arg(o.fingers));
    if (o.impressions < 2 || o.impressions > 64)
        throw Error(
            ErrorCode::BadInput,
            al::fp::EvaluationTr::tr("Fingerprint evaluation: --impressions must be in [2, 64], got %1.")
                .arg(o.impressions));
}

std::vector<Minutia> insideRegion(const std::vector<Minutia>& minutiae, const cv::Mat& region) {
    std::vector<Minutia> kept;
    for (const Minutia& m : minutiae) {
        const cv::Point p(int(std::lround(m.x)), int(std::lround(m.y)));
        if (cv::Rect(cv::Point(), region.size()).contains(p) && region.at<uchar>(p))
            kept.push_back(m);
    }
    return kept;
}

// Scores one analysed print against its truth and adds it to `scores`.
void scorePrint(const FingerprintTruth& truth, const FingerprintTruth& found,
                const FingerprintEvaluationOptions& o, FeatureScores& scores) {
    ++scores.prints;
    const cv::Mat fieldRegion =
        evaluationRegion(truth.mask, o.borderMargin, truth.singularPoints, o.singularExclusion);
    cv::Mat region = fieldRegion.clone();
    if (!found.mask.empty() && found.mask.size() == region.size())
        region &= found.mask;
    const auto [rmse, pixels] = orientationRmseDegrees(truth.orientation, found.orientation, region);
    scores.orientationSquaredSum += rmse * rmse * pixels;
    scores.orientationPixels += pixels;
    const auto [periodError, periodPixels] = meanPeriodError(truth.period, found.period, region);
    scores.periodAbsSum += periodError * periodPixels;
    scores.periodPixels += periodPixels;

    scores.singular += pairSingularPoints(truth.singularPoints, found.singularPoints, o.singularDistance);
    const cv::Mat minutiaRegion = evaluationRegion(truth.mask, o.borderMargin, {}, 0.0);
    const std::vector<Minutia> truthMinutiae = insideRegion(truth.minutiae, minutiaRegion);
    const PairingCounts pairing = pairMinutiae(truthMinutiae, insideRegion(found.minutiae, minutiaRegion),
                                               o.minutiaDistance, o.minutiaAngle);
    scores.minutiae += pairing;
    for (const Minutia& m : truthMinutiae)
        ++scores.truthMinutiaeByType[size_t(m.type)];
    for (const auto& [t, d] : pairing.pairs)
        ++scores.pairedMinutiaeByType[size_t(truthMinutiae[t].type)];
    const int t = int(truth.fingerprintClass), f = int(found.fingerprintClass);
    scores.classCorrect += t == f ? 1 : 0;
    ++scores.confusion[t][f];
}

QJsonObject pairingJson(const PairingCounts& c) {
    return QJsonObject{{QStringLiteral("truePositives"), c.truePositives},
                       {QStringLiteral("falsePositives"), c.falsePositives},
                       {QStringLiteral("falseNegatives"), c.falseNegatives},
                       {QStringLiteral("precision"), std::round(c.precision() * 1e4) / 1e4},
                       {QStringLiteral("recall"), std::round(c.recall() * 1e4) / 1e4},
                       {QStringLiteral("f1"), std::round(c.f1() * 1e4) / 1e4}};
}

// The lowest or highest score, 0 for none: how far apart genuine and impostor scores are.
double extreme(const std::vector<double>& scores, bool highest) {
    if (scores.empty())
        return 0.0;
    return highest ? *std::max_element(scores.begin(), scores.end())
                   : *std::min_element(scores.begin(), scores.end());
}

QJsonObject recallByTypeJson(const FeatureScores& s) {
    QJsonObject json;
    const char* names[] = {"ending", "bifurcation", "other"};
    for (size_t i = 0; i < 3; ++i)
        json.insert(QLatin1String(names[i]),
                    QJsonObject{{QStringLiteral("truth"), s.truthMinutiaeByType[i]},
                                {QStringLiteral("paired"), s.pairedMinutiaeByType[i]}});
    return json;
}

QJsonObject scoresJson(const FeatureScores& s) {
    const QJsonArray confusion = detail::confusionJson(s.confusion);
    return QJsonObject{
        {QStringLiteral("prints"), s.prints},
        {QStringLiteral("orientationRmseDegrees"), std::round(s.orientationRmse() * 100) / 100},
        {QStringLiteral("periodErrorPixels"), std::round(s.periodError() * 1000) / 1000},
        {QStringLiteral("singularPoints"), pairingJson(s.singular)},
        {QStringLiteral("minutiae"), pairingJson(s.minutiae)},
        {QStringLiteral("minutiaRecallByType"), recallByTypeJson(s)},
        {QStringLiteral("classAccuracy"), std::round(s.classAccuracy() * 1e4) / 1e4},
        {QStringLiteral("classConfusion"), confusion}};
}

} // namespace

FingerprintEvaluationReport evaluateFingerprints(const FingerprintEvaluationOptions& options,
                                                 const AnalyzeFunction& analyze, const MatchFunction& match,
                                                 const RunControl& control) {
    checkOptions(options);
    QElapsedTimer timer;
    timer.start();
    FingerprintEvaluationReport report;
    report.options = options;
    std::vector<std::vector<FingerprintTruth>> found(options.fingers);
    double masterMinutiae = 0.0;
    for (int i = 0; i < options.fingers; ++i) {
        const RunControl part = control.subRange(0.8 * i / options.fingers, 0.8 * (i + 1) / options.fingers);
        GeneratorOptions g;
        g.fingerprintClass = FingerprintClass(i % kFingerprintClassCount);
        g.seed = detail::mixSeed(options.seed, std::uint64_t(i));
        g.impressions = options.impressions;
        g.size = options.size;
        const GeneratedFinger finger = generateFinger(g, part.subRange(0.0, 0.3));
        masterMinutiae += double(finger.master.truth.minutiae.size());
        scorePrint(finger.master.truth, analyze(finger.master.image), options, report.clean);
        for (const GeneratedImpression& imp : finger.impressions) {
            part.throwIfCancelled();
            if (options.observeImpression)
                options.observeImpression(imp.image, imp.truth);
            found[i].push_back(analyze(imp.image));
            scorePrint(imp.truth, found[i].back(), options, report.impressions);
        }
        part.report(1.0);
    }
    report.meanMasterMinutiae = masterMinutiae / options.fingers;
    for (int i = 0; i < options.fingers; ++i) {
        control.throwIfCancelled();
        for (int a = 0; a < options.impressions; ++a)
            for (int b = a + 1; b < options.impressions; ++b)
                report.genuineScores.push_back(match(found[i][a], found[i][b]));
        for (int j = i + 1; j < options.fingers; ++j)
            report.impostorScores.push_back(match(found[i][0], found[j][0]));
        control.report(0.8 + 0.2 * (i + 1) / options.fingers);
    }
    report.matching = computeErrorRates(report.genuineScores, report.impostorScores);
    report.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

FingerprintEvaluationReport evaluateFingerprintPipeline(const FingerprintEvaluationOptions& options,
                                                        const RunControl& control) {
    const AnalyzeFunction analyze = [](const cv::Mat& gray) { return analyzeFingerprint(gray).features; };
    const MatchFunction match = [](const FingerprintTruth& a, const FingerprintTruth& b) {
        return matchMinutiae(a.minutiae, b.minutiae, MatchOptions(), a.mask, b.mask).score;
    };
    return evaluateFingerprints(options, analyze, match, control);
}

QJsonObject fingerprintEvaluationToJson(const FingerprintEvaluationReport& r) {
    const FingerprintEvaluationOptions& o = r.options;
    const ErrorRates& m = r.matching;
    return QJsonObject{{QStringLiteral("options"),
                        QJsonObject{{QStringLiteral("fingers"), o.fingers},
                                    {QStringLiteral("impressions"), o.impressions},
                                    {QStringLiteral("seed"), QString::number(o.seed)},
                                    {QStringLiteral("width"), o.size.width},
                                    {QStringLiteral("height"), o.size.height},
                                    {QStringLiteral("minutiaDistancePixels"), o.minutiaDistance},
                                    {QStringLiteral("minutiaAngleDegrees"),
                                     std::round(o.minutiaAngle * 180.0 / detail::kPi)},
                                    {QStringLiteral("singularDistancePixels"), o.singularDistance},
                                    {QStringLiteral("singularExclusionPixels"), o.singularExclusion},
                                    {QStringLiteral("borderMarginPixels"), o.borderMargin}}},
                       {QStringLiteral("clean"), scoresJson(r.clean)},
                       {QStringLiteral("impressions"), scoresJson(r.impressions)},
                       {QStringLiteral("matching"),
                        QJsonObject{{QStringLiteral("genuine"), m.genuine},
                                    {QStringLiteral("impostor"), m.impostor},
                                    {QStringLiteral("eer"), std::round(m.eer * 1e4) / 1e4},
                                    {QStringLiteral("fmr100"), std::round(m.fmr100 * 1e4) / 1e4},
                                    {QStringLiteral("fmr1000"), std::round(m.fmr1000 * 1e4) / 1e4},
                                    {QStringLiteral("eerThreshold"), std::round(m.eerThreshold * 1e4) / 1e4},
                                    {QStringLiteral("lowestGenuineScore"),
                                     std::round(extreme(r.genuineScores, false) * 1e4) / 1e4},
                                    {QStringLiteral("highestImpostorScore"),
                                     std::round(extreme(r.impostorScores, true) * 1e4) / 1e4}}},
                       {QStringLiteral("meanMasterMinutiae"), std::round(r.meanMasterMinutiae * 10) / 10},
                       {QStringLiteral("elapsedMs"), std::round(r.elapsedMs)}};
}

} // namespace al::fp
