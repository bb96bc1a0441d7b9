// SPDX-License-Identifier: MIT
// The explain command: a perturbation map (occlusion or RISE) of an image classifier, and deletion /
// insertion curves that test the model's own attention map against the model.
#include "Cli.h"
#include "CommandParser.h"
#include "Interrupt.h"
#include "Output.h"
#include "QuietStderr.h"

#include "attentionlens/Error.h"
#include "attentionlens/Faithfulness.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/PluginRegistry.h"

#include <QJsonDocument>
#include <cstdio>

namespace al::cli {

namespace {

int explainCommand(const QStringList& args);

const CommandRegistrar kExplain{
    {"explain",
     QT_TRANSLATE_NOOP("al::Cli", "Check an attention map against the model: occlusion or RISE, deletion and "
                                  "insertion curves."),
     explainCommand},
    50};

void addExplainOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("model"), Cli::tr("Model id (required; an image classifier)."),
          QStringLiteral("ID"));
    value(QStringLiteral("input"), Cli::tr("Image file (required)."), QStringLiteral("FILE"));
    value(QStringLiteral("method"), Cli::tr("occlusion (default) or rise."), QStringLiteral("NAME"));
    value(QStringLiteral("target"), Cli::tr("Class index to explain (default: the predicted class)."),
          QStringLiteral("K"));
    value(QStringLiteral("map"), Cli::tr("Model map the curves test (default: the final map)."),
          QStringLiteral("NAME"));
    value(QStringLiteral("patch"), Cli::tr("Occlusion patch size in pixels (default 8)."),
          QStringLiteral("PX"));
    value(QStringLiteral("stride"), Cli::tr("Occlusion stride in pixels (default 4)."), QStringLiteral("PX"));
    value(QStringLiteral("masks"), Cli::tr("RISE: number of masks (default 2000)."), QStringLiteral("N"));
    value(QStringLiteral("cells"), Cli::tr("RISE: grid cells per side (default 7)."), QStringLiteral("N"));
    value(QStringLiteral("seed"), Cli::tr("RISE: random seed (default 1)."), QStringLiteral("S"));
    value(QStringLiteral("steps"), Cli::tr("Points of the deletion/insertion curves (default 32)."),
          QStringLiteral("N"));
    value(QStringLiteral("baseline"),
          Cli::tr("What hides pixels in occlusion and deletion: black (default), blur or mean."),
          QStringLiteral("NAME"));
    value(QStringLiteral("json"), Cli::tr("Write the report (curves included) as JSON."),
          QStringLiteral("FILE"));
    value(QStringLiteral("output"), Cli::tr("Write the perturbation map over the image (PNG/JPEG/...)."),
          QStringLiteral("FILE"));
    value(QStringLiteral("set"), Cli::tr("Set a model parameter (repeatable)."), QStringLiteral("KEY=VALUE"));
    parser.addOption(QCommandLineOption(QStringLiteral("no-curves"), Cli::tr("Skip the curves (faster).")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("progress"), Cli::tr("Print progress lines on stderr.")));
}

int intOption(const CommandParser& parser, const QString& name, int fallback, int lo, int hi) {
    return parser.isSet(name) ? int(parseNumber(name, parser.value(name), lo, hi)) : fallback;
}

ExplainOptions readOptions(const CommandParser& parser) {
    ExplainOptions o;
    if (parser.isSet(QStringLiteral("method"))) {
        const auto method = perturbationMethodFromString(parser.value(QStringLiteral("method")));
        if (!method)
            throw Error(ErrorCode::BadInput, Cli::tr("Unknown method '%1'; use occlusion or rise.")
                                                 .arg(parser.value(QStringLiteral("method"))));
        o.method = *method;
    }
    if (parser.isSet(QStringLiteral("baseline"))) {
        const auto baseline = perturbationBaselineFromString(parser.value(QStringLiteral("baseline")));
        if (!baseline)
            throw Error(ErrorCode::BadInput, Cli::tr("Unknown baseline '%1'; use black, blur or mean.")
                                                 .arg(parser.value(QStringLiteral("baseline"))));
        o.occlusion.baseline = *baseline;
        o.curves.deletionBaseline = *baseline;
    }
    o.target = intOption(parser, QStringLiteral("target"), -1, 0, 100000);
    o.mapName = parser.value(QStringLiteral("map"));
    o.occlusion.patch = intOption(parser, QStringLiteral("patch"), 8, 1, 4096);
    o.occlusion.stride = intOption(parser, QStringLiteral("stride"), 4, 1, 4096);
    o.rise.masks = intOption(parser, QStringLiteral("masks"), 2000, 1, 1000000);
    o.rise.cells = intOption(parser, QStringLiteral("cells"), 7, 2, 256);
    o.rise.seed = (unsigned long long)intOption(parser, QStringLiteral("seed"), 1, 0, 2147483647);
    o.curves.steps = intOption(parser, QStringLiteral("steps"), 32, 1, 4096);
    o.computeCurves = !parser.isSet(QStringLiteral("no-curves"));
    return o;
}

void printReport(const FaithfulnessReport& r, const ExplainOptions& o) {
    out() << Cli::tr("Model:        %1").arg(r.modelId) << '\n';
    out() << Cli::tr("Target:       %1 (class %2, p = %3)")
                 .arg(r.targetLabel)
                 .arg(r.target)
                 .arg(r.targetScore, 0, 'f', 4)
          << '\n';
    out() << Cli::tr("Method:       %1").arg(toString(o.method)) << '\n';
    if (!r.modelMapName.isEmpty())
        out() << Cli::tr("Rank correlation of '%1' with the %2 map: %3")
                     .arg(r.modelMapName, toString(o.method))
                     .arg(r.rankCorrelation, 0, 'f', 4)
              << '\n';
    if (o.computeCurves) {
        out() << Cli::tr("Area under the curve (deletion: lower is better; insertion: higher is better):")
              << '\n';
        QList<QStringList> rows{{Cli::tr("map"), Cli::tr("deletion"), Cli::tr("insertion")}};
        if (!r.modelMapName.isEmpty())
            rows.append({r.modelMapName, QString::number(r.deletionModel.auc, 'f', 4),
                         QString::number(r.insertionModel.auc, 'f', 4)});
        rows.append({toString(o.method), QString::number(r.deletionPerturbation.auc, 'f', 4),
                     QString::number(r.insertionPerturbation.auc, 'f', 4)});
        printTable(rows, QStringLiteral("  "));
    }
    out() << Cli::tr("Time:         %1 ms").arg(r.elapsedMs, 0, 'f', 1) << '\n';
}

int explainCommand(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("explain"),
        Cli::tr("Explain an image classifier's decision from its output alone (occlusion "
                "sensitivity or RISE) and test its own attention map with deletion and insertion "
                "curves. Outputs are written all together or not at all."));
    addExplainOptions(parser);
    if (!parser.parse(args))
        return kExitOk;
    for (const char* required : {"model", "input"}) {
        if (!parser.isSet(QLatin1String(required)))
            throw Error(ErrorCode::BadInput,
                        Cli::tr("explain: --%1 is required.").arg(QLatin1String(required)));
    }
    const ExplainOptions options = readOptions(parser);
    const QString jsonPath = parser.value(QStringLiteral("json"));
    const QString outputPath = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("json")))
        checkOutputPath(QStringLiteral("json"), jsonPath, false);
    if (parser.isSet(QStringLiteral("output")))
        checkOutputPath(QStringLiteral("output"), outputPath, true);

    const RunControl control =
        parser.isSet(QStringLiteral("progress")) ? RunControl(printProgress) : RunControl();
    const InterruptGuard interrupt(control);
    PluginRegistry registry;
    registry.load(parser.registryOptions());
    const auto model = requireModel(registry, parser.value(QStringLiteral("model")));
    const ParamValues params =
        parseParamAssignments(model->parameters(), parser.values(QStringLiteral("set")));
    const LoadedImage image = [&parser] {
        const QuietStderr quiet;
        return loadImage(parser.value(QStringLiteral("input")));
    }();
    const FaithfulnessReport report = explainWithPerturbations(*model, params, image.bgr, options, control);

    OutputBatch batch;
    if (!jsonPath.isEmpty()) {
        QJsonObject json = faithfulnessToJson(report, options);
        json.insert(QStringLiteral("input"), parser.value(QStringLiteral("input")));
        batch.add(jsonPath, QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    if (!outputPath.isEmpty())
        batch.add(outputPath,
                  encodeImage(renderOverlay(image.bgr, report.perturbation, RenderOptions()), outputPath));
    control.throwIfCancelled();
    const QStringList written = batch.commit();
    printReport(report, options);
    for (const QString& path : written)
        out() << Cli::tr("Wrote:        %1").arg(path) << '\n';
    return kExitOk;
}

} // namespace

} // namespace al::cli
