// SPDX-License-Identifier: MIT
// The evaluate command: accuracy and pointing game of a model over a data set with ground truth.
#include "Cli.h"
#include "CommandParser.h"
#include "Commands.h"
#include "Interrupt.h"
#include "InterveneCommand.h"
#include "Output.h"

#include "attentionlens/Error.h"
#include "attentionlens/Evaluation.h"
#include "attentionlens/Faithfulness.h"
#include "attentionlens/PluginRegistry.h"

#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace al::cli {

namespace {

void addEvaluateOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("model"), Cli::tr("Model id (required)."), QStringLiteral("ID"));
    value(QStringLiteral("dataset"), Cli::tr("Data set: %1.").arg(evaluationDatasets().join(u", ")),
          QStringLiteral("NAME"));
    value(QStringLiteral("limit"), Cli::tr("Use the first N samples (default: all 3000)."),
          QStringLiteral("N"));
    value(QStringLiteral("json"), Cli::tr("Write the report as JSON."), QStringLiteral("FILE"));
    value(QStringLiteral("set"), Cli::tr("Set a model parameter (repeatable)."), QStringLiteral("KEY=VALUE"));
    value(QStringLiteral("metrics"),
          Cli::tr("Comma-separated: accuracy, pointing (default: both), deletion, insertion, randomisation."),
          QStringLiteral("LIST"));
    value(QStringLiteral("steps"), Cli::tr("Points of each deletion/insertion curve (default 16)."),
          QStringLiteral("N"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("progress"), Cli::tr("Print progress lines on stderr.")));
    addInterventionOptions(parser); // --interventions [--stage N] (InterveneCommand.cpp)
}

// The faithfulness part of --metrics; accuracy and pointing are always measured (they cost one run each).
FaithfulnessEvalOptions readMetrics(const CommandParser& parser) {
    FaithfulnessEvalOptions o;
    const QStringList known = {QStringLiteral("accuracy"), QStringLiteral("pointing"),
                               QStringLiteral("deletion"), QStringLiteral("insertion"),
                               QStringLiteral("randomisation")};
    for (const QString& raw : parser.value(QStringLiteral("metrics")).split(u',', Qt::SkipEmptyParts)) {
        const QString metric =
            raw.trimmed() == QLatin1String("randomization") ? QStringLiteral("randomisation") : raw.trimmed();
        if (!known.contains(metric))
            throw Error(
                ErrorCode::BadInput,
                Cli::tr("Unknown metric '%1'; use: %2.").arg(metric, known.join(QStringLiteral(", "))));
        o.deletion |= metric == QLatin1String("deletion");
        o.insertion |= metric == QLatin1String("insertion");
    }
    if (parser.isSet(QStringLiteral("steps")))
        o.steps = int(parseNumber(QStringLiteral("steps"), parser.value(QStringLiteral("steps")), 1, 1024));
    return o;
}

bool wantsRandomisation(const CommandParser& parser) {
    const QStringList metrics = parser.value(QStringLiteral("metrics")).split(u',', Qt::SkipEmptyParts);
    return std::any_of(metrics.begin(), metrics.end(), [](const QString& m) {
        return m.trimmed() == QLatin1String("randomisation") || m.trimmed() == QLatin1String("randomization");
    });
}

void printFaithfulness(const FaithfulnessSummary& s, const FaithfulnessEvalOptions& o) {
    out() << Cli::tr("Faithfulness of map '%1' (%2 samples; random map as reference):")
                 .arg(s.mapName)
                 .arg(s.samples)
          << '\n';
    QList<QStringList> rows;
    if (o.deletion)
        rows.append({Cli::tr("deletion AUC (lower is better)"), QString::number(s.deletionAuc, 'f', 4),
                     Cli::tr("random map %1").arg(s.deletionAucRandom, 0, 'f', 4)});
    if (o.insertion)
        rows.append({Cli::tr("insertion AUC (higher is better)"), QString::number(s.insertionAuc, 'f', 4),
                     Cli::tr("random map %1").arg(s.insertionAucRandom, 0, 'f', 4)});
    if (o.randomized)
        rows.append({Cli::tr("rank correlation with randomised weights (low = passes)"),
                     QString::number(s.randomizationSpearman, 'f', 4), s.randomizedModelId});
    printTable(rows, QStringLiteral("  "));
}

void printReport(const EvaluationReport& r) {
    out() << Cli::tr("Model:     %1").arg(r.modelId) << '\n';
    out() << Cli::tr("Dataset:   %1 (%2 samples)").arg(r.dataset).arg(r.samples) << '\n';
    out() << Cli::tr("Accuracy:  %1").arg(r.accuracy(), 0, 'f', 4) << '\n';
    out() << Cli::tr("Pointing game (map argmax inside the ink box):") << '\n';
    QList<QStringList> rows;
    for (const MapScore& m : r.maps)
        rows.append({m.map, QString::number(m.pointing(), 'f', 4),
                     Cli::tr("mass in box %1").arg(m.meanMass(), 0, 'f', 4)});
    rows.append({Cli::tr("(box-blur baseline)"), QString::number(r.blurBaselinePointing, 'f', 4), {}});
    rows.append({Cli::tr("(chance)"), QString::number(r.chancePointing, 'f', 4), {}});
    printTable(rows, QStringLiteral("  "));
    out() << Cli::tr("Time:      %1 s").arg(r.elapsedMs / 1000.0, 0, 'f', 1) << '\n';
}

} // namespace

int evaluateCommand(const QStringList& args) {
    CommandParser parser(QStringLiteral("evaluate"),
                         Cli::tr("Measure a model's accuracy and where its attention points (pointing game, "
                                 "attention mass in the ground-truth box) next to chance and a baseline."));
    addEvaluateOptions(parser);
    if (!parser.parse(args))
        return kExitOk;
    if (!parser.isSet(QStringLiteral("model")))
        throw Error(ErrorCode::BadInput, Cli::tr("evaluate: --model ID is required."));
    const QString dataset = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset"))
                                                                    : evaluationDatasets().first();
    if (!evaluationDatasets().contains(dataset))
        throw Error(ErrorCode::BadInput, Cli::tr("Unknown dataset '%1'; use one of: %2.")
                                             .arg(dataset, evaluationDatasets().join(QStringLiteral(", "))));
    const int limit = parser.isSet(QStringLiteral("limit"))
                          ? int(std::min<qint64>(parsePositiveInteger(QStringLiteral("limit"),
                                                                      parser.value(QStringLiteral("limit"))),
                                                 1 << 30))
                          : 0;
    const QString jsonPath = parser.value(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("json"))) // an empty value is refused, not silently ignored
        checkOutputPath(QStringLiteral("json"), jsonPath, false);

    const RunControl control =
        parser.isSet(QStringLiteral("progress")) ? RunControl(printProgress) : RunControl();
    const InterruptGuard interrupt(control);
    PluginRegistry registry;
    registry.load(parser.registryOptions());
    const auto model = requireModel(registry, parser.value(QStringLiteral("model")));
    const ParamValues params =
        parseParamAssignments(model->parameters(), parser.values(QStringLiteral("set")));
    FaithfulnessEvalOptions faithfulness = readMetrics(parser);
    std::shared_ptr<const AttentionModel> randomized;
    if (wantsRandomisation(parser)) {
        const QString copy = model->id() + QStringLiteral(".randomized");
        randomized = registry.model(copy);
        if (!randomized)
            throw Error(ErrorCode::BadInput,
                        Cli::tr("Model '%1' has no randomised copy ('%2'): its package needs randomized.onnx "
                                "(see docs/explainer.md).")
                            .arg(model->id(), copy));
        faithfulness.randomized = randomized.get();
    }
    const auto interventions = prepareDatasetInterventions(parser, model->id());
    const bool checkFaithfulness = faithfulness.deletion || faithfulness.insertion || faithfulness.randomized;
    const EvaluationReport report = evaluateModel(*model, params, dataset, limit,
                                                  checkFaithfulness ? control.subRange(0.0, 0.2) : control);
    QJsonObject json = evaluationToJson(report);
    std::optional<FaithfulnessSummary> summary;
    if (checkFaithfulness) {
        summary =
            evaluateFaithfulness(*model, params, dataset, limit, faithfulness, control.subRange(0.2, 1.0));
        json.insert(QStringLiteral("faithfulness"), faithfulnessSummaryToJson(*summary, faithfulness));
    }
    std::optional<InterventionReport> interventionReport;
    if (interventions) {
        interventionReport = runDatasetInterventions(*interventions, dataset, limit, control);
        json.insert(QStringLiteral("interventions"), interventionsToJson(*interventionReport));
    }
    if (!jsonPath.isEmpty()) {
        OutputBatch batch;
        batch.add(jsonPath, QJsonDocument(json).toJson(QJsonDocument::Indented));
        batch.commit();
    }
    printReport(report);
    if (summary)
        printFaithfulness(*summary, faithfulness);
    if (interventionReport)
        printInterventions(*interventionReport);
    return kExitOk;
}

} // namespace al::cli
