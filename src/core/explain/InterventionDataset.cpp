// SPDX-License-Identifier: MIT
#include "attentionlens/ClutteredDigits.h"
#include "attentionlens/Error.h"
#include "attentionlens/Evaluation.h"
#include "attentionlens/Intervention.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>

namespace al {
namespace {

constexpr int kDigitsTestSize = 3000;

int topIndex(const cv::Mat& prob) {
    cv::Point best;
    cv::minMaxLoc(prob.reshape(1, 1), nullptr, nullptr, nullptr, &best);
    return best.x;
}

} // namespace

std::vector<InterventionSpec> defaultInterventions(const PackageStage& stage) {
    // A quarter of the grid: far enough to leave a 20 px digit on either the 32x32 or the 8x8 grid.
    const int d = std::max(1, std::min(stage.gridRows, stage.gridCols) / 4);
    return {InterventionSpec::none(), InterventionSpec::uniform(), InterventionSpec::inverted(),
            InterventionSpec::shift(d, d), InterventionSpec::random(1)};
}

InterventionReport evaluateInterventions(const Intervener& intervener, int stage, const QString& dataset,
                                         int limit, const std::vector<InterventionSpec>& specs,
                                         const RunControl& control) {
    if (!evaluationDatasets().contains(dataset))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Intervention", "Unknown dataset '%1'; known: %2")
                        .arg(dataset, evaluationDatasets().join(QStringLiteral(", "))));
    if (stage < 1 || stage > intervener.stageCount())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Intervention",
                                                "Model '%1' has stages 1 to %2; stage %3 does not exist.")
                        .arg(intervener.package().id)
                        .arg(intervener.stageCount())
                        .arg(stage));
    const ClutteredDigits gen(ClutteredDigits::Split::Test);
    const int n = std::clamp(limit <= 0 ? kDigitsTestSize : limit, 1, kDigitsTestSize);
    InterventionReport report;
    report.modelId = intervener.package().id;
    report.dataset = dataset;
    report.stage = stage;
    for (const InterventionSpec& s : specs)
        report.rows.push_back({s.name()});
    QElapsedTimer timer;
    timer.start();
    const QString label = QCoreApplication::translate("al::Intervention", "Interventions");
    for (int i = 0; i < n; ++i) {
        control.throwIfCancelled();
        const DigitSample sample = gen.sample(i);
        cv::Mat gate;
        const int own = topIndex(intervener.probabilities(sample.image, stage, {}, &gate));
        for (size_t k = 0; k < specs.size(); ++k) {
            const int top = specs[k].kind == InterventionSpec::Kind::None
                                ? own
                                : topIndex(intervener.probabilities(sample.image, stage,
                                                                    applyIntervention(gate, specs[k])));
            InterventionAccuracy& row = report.rows[k];
            row.correct += top == sample.label ? 1 : 0;
            row.unchanged += top == own ? 1 : 0;
            ++row.samples;
        }
        report.samples = i + 1;
        control.report(double(i + 1) / n, label);
    }
    report.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

QJsonObject interventionsToJson(const InterventionReport& report) {
    QJsonObject accuracy, agreement;
    for (const InterventionAccuracy& row : report.rows) {
        accuracy.insert(row.name, row.accuracy());
        agreement.insert(row.name, row.agreement());
    }
    return {{QStringLiteral("modelId"), report.modelId},    {QStringLiteral("dataset"), report.dataset},
            {QStringLiteral("stage"), report.stage},        {QStringLiteral("samples"), report.samples},
            {QStringLiteral("accuracy"), accuracy},         {QStringLiteral("agreement"), agreement},
            {QStringLiteral("elapsedMs"), report.elapsedMs}};
}

} // namespace al
