// SPDX-License-Identifier: MIT
// Faithfulness over a data set: mean deletion / insertion areas of a model's map against a random map, and
// the model-parameter randomisation test (Adebayo et al., "Sanity Checks for Saliency Maps", NeurIPS 2018).
#include "attentionlens/ClutteredDigits.h"
#include "attentionlens/Error.h"
#include "attentionlens/Evaluation.h"
#include "attentionlens/Faithfulness.h"
#include "attentionlens/PluginRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class FaithfulnessTr {
    Q_DECLARE_TR_FUNCTIONS(al::Faithfulness)
};

// Translation context of this file (a class, so that lupdate files the strings under it).
namespace {

constexpr int kDigitsTestSize = 3000;

ModelResult runAll(const AttentionModel& model, const ParamValues& params, const cv::Mat& image) {
    ModelInput input;
    input.image = image;
    ParamValues all = params;
    all.insert(QStringLiteral("top_k"), 1000);
    return runModel(model, input, all);
}

} // namespace

FaithfulnessSummary evaluateFaithfulness(const AttentionModel& model, const ParamValues& params,
                                         const QString& dataset, int limit,
                                         const FaithfulnessEvalOptions& options, const RunControl& control) {
    if (dataset != evaluationDatasets().first())
        throw Error(ErrorCode::BadInput, al::FaithfulnessTr::tr("Unknown dataset '%1'; known: %2")
                                             .arg(dataset, evaluationDatasets().join(QStringLiteral(", "))));
    const ClassScorer scorer = modelScorer(model, params);
    const ClutteredDigits gen(ClutteredDigits::Split::Test);
    const int n = std::clamp(limit <= 0 ? kDigitsTestSize : limit, 1, kDigitsTestSize);
    FaithfulnessSummary summary;
    summary.modelId = model.id();
    summary.dataset = dataset;
    if (options.randomized)
        summary.randomizedModelId = options.randomized->id();
    CurveOptions curveOptions;
    curveOptions.steps = options.steps;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        control.throwIfCancelled();
        const DigitSample s = gen.sample(i);
        cv::Mat image;
        cv::cvtColor(s.image, image, cv::COLOR_GRAY2BGR);
        const ModelResult r = runAll(model, params, image);
        if (r.predictions.empty())
            throw Error(ErrorCode::BadInput,
                        al::FaithfulnessTr::tr(
                            "Model '%1' returned no predictions; faithfulness checks need a classifier.")
                            .arg(model.id()));
        QString used;
        const cv::Mat map = spatialMapInInput(r, options.mapName, image.size(), &used);
        if (map.empty())
            throw Error(
                ErrorCode::BadInput,
                al::FaithfulnessTr::tr("Model '%1' returned no spatial map to test.").arg(model.id()));
        summary.mapName = used;
        const int target = r.predictions.front().index;
        cv::Mat noise(image.size(), CV_32F);
        cv::RNG(0x5eed0000ULL + quint64(i)).fill(noise, cv::RNG::UNIFORM, 0.0, 1.0);
        if (options.deletion) {
            summary.deletionAuc += deletionCurve(image, map, target, scorer, curveOptions).auc;
            summary.deletionAucRandom += deletionCurve(image, noise, target, scorer, curveOptions).auc;
        }
        if (options.insertion) {
            summary.insertionAuc += insertionCurve(image, map, target, scorer, curveOptions).auc;
            summary.insertionAucRandom += insertionCurve(image, noise, target, scorer, curveOptions).auc;
        }
        if (options.randomized) {
            const ModelResult rr = runAll(*options.randomized, params, image);
            const cv::Mat randomMap = spatialMapInInput(rr, used, image.size());
            if (randomMap.empty())
                throw Error(ErrorCode::BadInput,
                            al::FaithfulnessTr::tr("The randomised copy '%1' returned no map named '%2'.")
                                .arg(options.randomized->id(), used));
            summary.randomizationSpearman += spearmanCorrelation(map, randomMap);
        }
        ++summary.samples;
        control.report(double(i + 1) / n, al::FaithfulnessTr::tr("Faithfulness"));
    }
    const double k = summary.samples;
    summary.deletionAuc /= k;
    summary.deletionAucRandom /= k;
    summary.insertionAuc /= k;
    summary.insertionAucRandom /= k;
    summary.randomizationSpearman /= k;
    summary.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return summary;
}

QJsonObject faithfulnessSummaryToJson(const FaithfulnessSummary& s, const FaithfulnessEvalOptions& o) {
    QJsonObject json{{QStringLiteral("map"), s.mapName},
                     {QStringLiteral("samples"), s.samples},
                     {QStringLiteral("steps"), o.steps},
                     {QStringLiteral("elapsedMs"), s.elapsedMs}};
    if (o.deletion)
        json.insert(QStringLiteral("deletion"),
                    QJsonObject{{QStringLiteral("model"), s.deletionAuc},
                                {QStringLiteral("randomMap"), s.deletionAucRandom}});
    if (o.insertion)
        json.insert(QStringLiteral("insertion"),
                    QJsonObject{{QStringLiteral("model"), s.insertionAuc},
                                {QStringLiteral("randomMap"), s.insertionAucRandom}});
    if (o.randomized)
        json.insert(QStringLiteral("randomisation"),
                    QJsonObject{{QStringLiteral("randomizedModel"), s.randomizedModelId},
                                {QStringLiteral("spearman"), s.randomizationSpearman}});
    return json;
}

} // namespace al
