// SPDX-License-Identifier: MIT
#include "attentionlens/Evaluation.h"

#include "attentionlens/ClutteredDigits.h"
#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/PluginRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <opencv2/imgproc.hpp>

namespace al {
namespace {

constexpr auto kDigitsDataset = "builtin:cluttered-digits";
constexpr int kDigitsTestSize = 3000;
constexpr int kBlurSize = 15; // most of a 20 px digit: the densest ink patch wins (as in the model cards)

bool pointsInto(const cv::Mat& map, const cv::Rect& box) {
    cv::Point maxLoc;
    cv::minMaxLoc(map, nullptr, nullptr, nullptr, &maxLoc);
    return box.contains(maxLoc);
}

void scoreMap(const AttentionMap& m, const cv::Size size, const cv::Rect& box, MapScore& score) {
    RenderOptions minmax;
    const cv::Mat up =
        upsampleMap(normalizeMap(m.data, minmax), size, m.inputRegion(size), Upsampling::Bilinear);
    score.hits += pointsInto(up, box) ? 1 : 0;
    const double total = cv::sum(up)[0];
    score.massSum += total > 0 ? cv::sum(up(box))[0] / total : 0.0;
    ++score.count;
}

MapScore& scoreFor(std::vector<MapScore>& scores, const AttentionMap& m) {
    for (MapScore& s : scores)
        if (s.map == m.name)
            return s;
    scores.push_back({m.name, m.title});
    return scores.back();
}

} // namespace

QStringList evaluationDatasets() {
    return {QString::fromLatin1(kDigitsDataset)};
}

EvaluationReport evaluateModel(const AttentionModel& model, const ParamValues& params, const QString& dataset,
                               int limit, const RunControl& control) {
    if (dataset != QLatin1String(kDigitsDataset))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Evaluation", "Unknown dataset '%1'; known: %2")
                        .arg(dataset, evaluationDatasets().join(QStringLiteral(", "))));
    if (!model.modalities().contains(Modality::Image))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Evaluation", "Model '%1' is not an image model.")
                        .arg(model.id()));
    const ClutteredDigits gen(ClutteredDigits::Split::Test);
    const int n = std::clamp(limit <= 0 ? kDigitsTestSize : limit, 1, kDigitsTestSize);
    EvaluationReport report;
    report.modelId = model.id();
    report.dataset = dataset;
    QElapsedTimer timer;
    timer.start();
    int blurHits = 0;
    double boxArea = 0;
    for (int i = 0; i < n; ++i) {
        control.throwIfCancelled();
        const DigitSample s = gen.sample(i);
        ModelInput input;
        cv::cvtColor(s.image, input.image, cv::COLOR_GRAY2BGR);
        const ModelResult r = runModel(model, input, params);
        report.correct += (!r.predictions.empty() && r.predictions.front().index == s.label) ? 1 : 0;
        for (const AttentionMap& m : r.maps)
            if ((m.kind == MapKind::Spatial || m.kind == MapKind::Gate) && m.data.rows > 1 && m.data.cols > 1)
                scoreMap(m, s.image.size(), s.box, scoreFor(report.maps, m));
        cv::Mat blurred;
        cv::boxFilter(s.image, blurred, CV_32F, cv::Size(kBlurSize, kBlurSize), cv::Point(-1, -1), true,
                      cv::BORDER_CONSTANT);
        blurHits += pointsInto(blurred, s.box) ? 1 : 0;
        boxArea += double(s.box.area()) / double(s.image.total());
        ++report.samples;
        control.report(double(i + 1) / n);
    }
    report.chancePointing = boxArea / n;
    report.blurBaselinePointing = double(blurHits) / n;
    report.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

QJsonObject evaluationToJson(const EvaluationReport& report) {
    QJsonArray maps;
    for (const MapScore& m : report.maps)
        maps.append(QJsonObject{{"name", m.map},
                                {"title", m.title},
                                {"pointing", m.pointing()},
                                {"meanMassInBox", m.meanMass()},
                                {"samples", m.count}});
    return QJsonObject{{"modelId", report.modelId},
                       {"dataset", report.dataset},
                       {"samples", report.samples},
                       {"accuracy", report.accuracy()},
                       {"chancePointing", report.chancePointing},
                       {"boxBlurBaselinePointing", report.blurBaselinePointing},
                       {"maps", maps},
                       {"elapsedMs", report.elapsedMs}};
}

} // namespace al
