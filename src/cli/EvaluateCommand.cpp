// SPDX-License-Identifier: MIT
// The evaluate command: accuracy and pointing game of a model over a data set with ground truth.
#include "Cli.h"
#include "CommandParser.h"
#include "Commands.h"
#include "Interrupt.h"
#include "Output.h"

#include "attentionlens/Error.h"
#include "attentionlens/Evaluation.h"
#include "attentionlens/PluginRegistry.h"

#include <QJsonDocument>
#include <cstdio>

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
    parser.addOption(
        QCommandLineOption(QStringLiteral("progress"), Cli::tr("Print progress lines on stderr.")));
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

void printProgress(double fraction, const QString&) {
    std::fprintf(stderr, "%s: progress: %d%%\n", kProgramName, qRound(fraction * 100));
    std::fflush(stderr);
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
    const EvaluationReport report = evaluateModel(*model, params, dataset, limit, control);
    if (!jsonPath.isEmpty()) {
        OutputBatch batch;
        batch.add(jsonPath, QJsonDocument(evaluationToJson(report)).toJson(QJsonDocument::Indented));
        batch.commit();
    }
    printReport(report);
    return kExitOk;
}

} // namespace al::cli
