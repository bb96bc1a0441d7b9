// SPDX-License-Identifier: MIT
// One faithfulness check of an image classifier on one image: the model's own map against a perturbation map.
#include "attentionlens/Error.h"
#include "attentionlens/Faithfulness.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/PluginRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class FaithfulnessTr {
    Q_DECLARE_TR_FUNCTIONS(al::Faithfulness)
};

// Translation context of this file (a class, so that lupdate files the strings under it).
namespace {

const AttentionMap* pickSpatial(const ModelResult& result, const QString& name) {
    if (!name.isEmpty()) {
        const AttentionMap* m = result.map(name);
        if (!m) {
            QStringList names;
            for (const AttentionMap& map : result.maps)
                names << map.name;
            throw Error(ErrorCode::BadInput,
                        al::FaithfulnessTr::tr("Model '%1' returned no map named '%2'; its maps are: %3.")
                            .arg(result.modelId, name, names.join(QStringLiteral(", "))));
        }
        if (m->kind != MapKind::Spatial)
            throw Error(
                ErrorCode::BadInput,
                al::FaithfulnessTr::tr("Map '%1' is not a spatial map over the image; pick a spatial map.")
                    .arg(name));
        return m;
    }
    if (const AttentionMap* f = result.finalMap(); f && f->kind == MapKind::Spatial)
        return f;
    for (const AttentionMap& m : result.maps) {
        if (m.kind == MapKind::Spatial)
            return &m;
    }
    return nullptr;
}

} // namespace

cv::Mat spatialMapInInput(const ModelResult& result, const QString& name, cv::Size size, QString* usedName) {
    const AttentionMap* m = pickSpatial(result, name);
    if (!m)
        return {};
    if (usedName)
        *usedName = m->name;
    RenderOptions minmax;
    minmax.normalization = Normalization::MinMax;
    return upsampleMap(normalizeMap(m->data, minmax), size, m->region, Upsampling::Bilinear);
}

FaithfulnessReport explainWithPerturbations(const AttentionModel& model, const ParamValues& params,
                                            const cv::Mat& imageBgr, const ExplainOptions& options,
                                            const RunControl& control) {
    QElapsedTimer timer;
    timer.start();
    const ClassScorer scorer = modelScorer(model, params);
    FaithfulnessReport report;
    report.modelId = model.id();
    ModelInput input;
    input.image = imageBgr;
    ParamValues all = params;
    all.insert(QStringLiteral("top_k"), 1000);
    report.result = runModel(model, input, all, control.subRange(0.0, 0.02));
    if (report.result.predictions.empty())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr(
                        "Model '%1' returned no predictions; faithfulness checks need a classifier.")
                        .arg(model.id()));
    report.target = options.target >= 0 ? options.target : report.result.predictions.front().index;
    for (const Prediction& p : report.result.predictions) {
        if (p.index == report.target) {
            report.targetLabel = p.label;
            report.targetScore = p.score;
        }
    }
    if (report.targetLabel.isEmpty())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("Class %1 does not exist: the model has %2 classes.")
                        .arg(report.target)
                        .arg(report.result.predictions.size()));
    report.modelMap =
        spatialMapInInput(report.result, options.mapName, imageBgr.size(), &report.modelMapName);

    const bool curves = options.computeCurves;
    const RunControl mapPart = control.subRange(0.02, curves ? 0.6 : 1.0);
    const cv::Mat pmap =
        options.method == PerturbationMethod::Occlusion
            ? occlusionSensitivity(imageBgr, report.target, scorer, options.occlusion, mapPart)
            : riseSaliency(imageBgr, report.target, scorer, options.rise, mapPart);
    report.perturbation.name = toString(options.method);
    report.perturbation.title = options.method == PerturbationMethod::Occlusion
                                    ? al::FaithfulnessTr::tr("Occlusion sensitivity")
                                    : al::FaithfulnessTr::tr("RISE saliency");
    report.perturbation.description =
        al::FaithfulnessTr::tr("How much the probability of '%1' drops when this part of the image "
                               "is hidden: measured from the model's output only.")
            .arg(report.targetLabel);
    report.perturbation.kind = MapKind::Spatial;
    report.perturbation.data = pmap;
    report.perturbation.group = al::FaithfulnessTr::tr("Faithfulness");
    if (curves) {
        report.deletionPerturbation =
            deletionCurve(imageBgr, pmap, report.target, scorer, options.curves, control.subRange(0.6, 0.7));
        report.insertionPerturbation =
            insertionCurve(imageBgr, pmap, report.target, scorer, options.curves, control.subRange(0.7, 0.8));
        if (!report.modelMap.empty()) {
            report.deletionModel = deletionCurve(imageBgr, report.modelMap, report.target, scorer,
                                                 options.curves, control.subRange(0.8, 0.9));
            report.insertionModel = insertionCurve(imageBgr, report.modelMap, report.target, scorer,
                                                   options.curves, control.subRange(0.9, 1.0));
        }
    }
    if (!report.modelMap.empty())
        report.rankCorrelation = spearmanCorrelation(report.modelMap, pmap);
    report.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

QString toString(PerturbationMethod method) {
    return method == PerturbationMethod::Occlusion ? QStringLiteral("occlusion") : QStringLiteral("rise");
}

std::optional<PerturbationMethod> perturbationMethodFromString(const QString& name) {
    if (name == QLatin1String("occlusion"))
        return PerturbationMethod::Occlusion;
    if (name == QLatin1String("rise"))
        return PerturbationMethod::Rise;
    return std::nullopt;
}

QJsonObject faithfulnessToJson(const FaithfulnessReport& r, const ExplainOptions& o) {
    QJsonObject method{{QStringLiteral("name"), toString(o.method)}};
    if (o.method == PerturbationMethod::Occlusion) {
        method.insert(QStringLiteral("patch"), o.occlusion.patch);
        method.insert(QStringLiteral("stride"), o.occlusion.stride);
        method.insert(QStringLiteral("baseline"), toString(o.occlusion.baseline));
    } else {
        method.insert(QStringLiteral("masks"), o.rise.masks);
        method.insert(QStringLiteral("cells"), o.rise.cells);
        method.insert(QStringLiteral("keep"), o.rise.keep);
        method.insert(QStringLiteral("seed"), QString::number(o.rise.seed));
    }
    const MapStats stats = r.perturbation.stats(r.result.inputSize);
    QJsonObject json{
        {QStringLiteral("model"), r.modelId},
        {QStringLiteral("target"), QJsonObject{{QStringLiteral("index"), r.target},
                                               {QStringLiteral("label"), r.targetLabel},
                                               {QStringLiteral("score"), r.targetScore}}},
        {QStringLiteral("method"), method},
        {QStringLiteral("perturbationMap"),
         QJsonObject{{QStringLiteral("min"), double(stats.min)},
                     {QStringLiteral("max"), double(stats.max)},
                     {QStringLiteral("argmax"), QJsonArray{stats.argmaxInput.x, stats.argmaxInput.y}}}},
        {QStringLiteral("elapsedMs"), r.elapsedMs},
    };
    if (!r.modelMapName.isEmpty()) {
        json.insert(QStringLiteral("modelMap"), r.modelMapName);
        json.insert(QStringLiteral("rankCorrelation"), r.rankCorrelation);
    }
    if (o.computeCurves) {
        QJsonObject curves{{QStringLiteral("steps"), o.curves.steps},
                           {QStringLiteral("deletionBaseline"), toString(o.curves.deletionBaseline)},
                           {QStringLiteral("insertionBaseline"), toString(o.curves.insertionBaseline)},
                           {QStringLiteral("perturbationDeletion"), curveToJson(r.deletionPerturbation)},
                           {QStringLiteral("perturbationInsertion"), curveToJson(r.insertionPerturbation)}};
        if (!r.modelMapName.isEmpty()) {
            curves.insert(QStringLiteral("modelDeletion"), curveToJson(r.deletionModel));
            curves.insert(QStringLiteral("modelInsertion"), curveToJson(r.insertionModel));
        }
        json.insert(QStringLiteral("curves"), curves);
    }
    return json;
}

} // namespace al
