// SPDX-License-Identifier: MIT
// The run command: one model on one image, with overlay, map and JSON outputs written all-or-nothing.
#include "Cli.h"
#include "CommandParser.h"
#include "Commands.h"
#include "Interrupt.h"
#include "Output.h"
#include "QuietStderr.h"

#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/ResultJson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <cstdio>

namespace al::cli {

namespace {

/// Everything the run needs, validated before the model starts.
struct RunRequest {
    QString modelId;
    QString inputPath;
    QString overlayPath;
    QString mapPath;
    QString jsonPath;
    QString mapName;
    QStringList assignments;
    RenderOptions render;
    LoadOptions load;
};

void addRunOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("model"), Cli::tr("Model id (required); see the models command."),
          QStringLiteral("ID"));
    value(QStringLiteral("input"), Cli::tr("Input image (required)."), QStringLiteral("FILE"));
    value(QStringLiteral("output"), Cli::tr("Write the overlay (map over the image) at the input's size."),
          QStringLiteral("FILE"));
    value(QStringLiteral("map"), Cli::tr("Write the colourised map alone at the input's size."),
          QStringLiteral("FILE"));
    value(QStringLiteral("json"), Cli::tr("Write the result (maps, statistics, predictions) as JSON."),
          QStringLiteral("FILE"));
    value(QStringLiteral("colormap"),
          Cli::tr("Colormap: %1 (default turbo).").arg(colormapNames().join(u", ")), QStringLiteral("NAME"));
    value(QStringLiteral("alpha"), Cli::tr("Opacity of the map over the image, 0..1 (default 0.5)."),
          QStringLiteral("A"));
    value(QStringLiteral("normalization"),
          Cli::tr("Normalization: minmax, percentile or fixed (default minmax)."), QStringLiteral("MODE"));
    value(QStringLiteral("map-name"), Cli::tr("Which map to render (default: the final map)."),
          QStringLiteral("NAME"));
    value(QStringLiteral("threshold"), Cli::tr("Hide normalised values below T, 0..1."), QStringLiteral("T"));
    parser.addOption(QCommandLineOption(QStringLiteral("contour"),
                                        Cli::tr("Draw the iso-line at the threshold (default 0.5).")));
    value(QStringLiteral("set"), Cli::tr("Set a model parameter, e.g. --set sigma=2.5 (repeatable)."),
          QStringLiteral("KEY=VALUE"));
    parser.addOption(QCommandLineOption(QStringLiteral("progress"),
                                        Cli::tr("Print progress lines on stderr while the model runs.")));
    value(QStringLiteral("max-pixels"), Cli::tr("Refuse inputs with more pixels (default 100000000)."),
          QStringLiteral("N"));
}

RenderOptions readRenderOptions(const CommandParser& parser) {
    RenderOptions render;
    if (parser.isSet(QStringLiteral("colormap"))) {
        const QString name = parser.value(QStringLiteral("colormap"));
        const auto colormap = colormapFromString(name.toLower());
        if (!colormap)
            throw Error(ErrorCode::BadInput, Cli::tr("Unknown colormap '%1'; use one of: %2.")
                                                 .arg(name, colormapNames().join(QStringLiteral(", "))));
        render.colormap = *colormap;
    }
    if (parser.isSet(QStringLiteral("normalization"))) {
        const QString name = parser.value(QStringLiteral("normalization"));
        const auto normalization = normalizationFromString(name.toLower());
        if (!normalization)
            throw Error(ErrorCode::BadInput,
                        Cli::tr("Unknown normalization '%1'; use minmax, percentile or fixed.").arg(name));
        render.normalization = *normalization;
    }
    if (parser.isSet(QStringLiteral("alpha")))
        render.alpha = parseNumber(QStringLiteral("alpha"), parser.value(QStringLiteral("alpha")), 0.0, 1.0);
    if (parser.isSet(QStringLiteral("threshold"))) {
        render.threshold = true;
        render.thresholdValue =
            parseNumber(QStringLiteral("threshold"), parser.value(QStringLiteral("threshold")), 0.0, 1.0);
    }
    render.contour = parser.isSet(QStringLiteral("contour"));
    return render;
}

// Also catches a symlink or a second path to the input.
void checkOutputs(const RunRequest& request) {
    QSet<QString> seen;
    const std::pair<QString, QString> outputs[] = {{QStringLiteral("output"), request.overlayPath},
                                                   {QStringLiteral("map"), request.mapPath},
                                                   {QStringLiteral("json"), request.jsonPath}};
    for (const auto& [option, path] : outputs) {
        if (path.isEmpty())
            continue;
        checkOutputPath(option, path, option != QLatin1String("json"));
        checkDistinctOutput(option, path, request.inputPath, seen);
    }
}

RunRequest readRunRequest(const CommandParser& parser) {
    RunRequest request;
    request.modelId = parser.value(QStringLiteral("model"));
    request.inputPath = parser.value(QStringLiteral("input"));
    if (!parser.isSet(QStringLiteral("model")))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("run: --model ID is required; run '%1 models' to list the ids.")
                        .arg(QLatin1String(kProgramName)));
    if (!parser.isSet(QStringLiteral("input")) || request.inputPath.isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("run: --input FILE is required."));
    for (const QString& option : {QStringLiteral("output"), QStringLiteral("map"), QStringLiteral("json")}) {
        if (parser.isSet(option) && parser.value(option).isEmpty())
            throw Error(ErrorCode::BadInput, Cli::tr("--%1 needs a file name.").arg(option));
    }
    request.overlayPath = parser.value(QStringLiteral("output")); // empty when not given
    request.mapPath = parser.value(QStringLiteral("map"));
    request.jsonPath = parser.value(QStringLiteral("json"));
    request.mapName = parser.value(QStringLiteral("map-name"));
    request.assignments = parser.values(QStringLiteral("set"));
    request.render = readRenderOptions(parser);
    if (parser.isSet(QStringLiteral("max-pixels")))
        request.load.maxPixels =
            parsePositiveInteger(QStringLiteral("max-pixels"), parser.value(QStringLiteral("max-pixels")));
    checkOutputs(request);
    return request;
}

const AttentionMap& pickMap(const ModelResult& result, const RunRequest& request) {
    if (request.mapName.isEmpty()) {
        if (const AttentionMap* map = result.finalMap())
            return *map;
        throw Error(ErrorCode::PluginFailure, Cli::tr("Model '%1' returned no map.").arg(request.modelId));
    }
    if (const AttentionMap* map = result.map(request.mapName))
        return *map;
    QStringList names;
    for (const AttentionMap& map : result.maps)
        names << map.name;
    throw Error(ErrorCode::BadInput,
                Cli::tr("Model '%1' returned no map named '%2'; its maps are: %3.")
                    .arg(request.modelId, request.mapName, names.join(QStringLiteral(", "))));
}

/// Renders and serialises every requested output in memory; nothing touches the disk here.
OutputBatch buildOutputs(const RunRequest& request, const LoadedImage& image, const ModelResult& result) {
    OutputBatch batch;
    const bool needsMap =
        !request.overlayPath.isEmpty() || !request.mapPath.isEmpty() || !request.mapName.isEmpty();
    if (needsMap) {
        const AttentionMap& map = pickMap(result, request);
        if (!request.overlayPath.isEmpty())
            batch.add(request.overlayPath,
                      encodeImage(renderOverlay(image.bgr, map, request.render), request.overlayPath));
        if (!request.mapPath.isEmpty())
            batch.add(request.mapPath,
                      encodeImage(renderMap(map, image.bgr.size(), request.render), request.mapPath));
    }
    if (!request.jsonPath.isEmpty())
        batch.add(request.jsonPath,
                  QJsonDocument(resultToJson(result, request.inputPath)).toJson(QJsonDocument::Indented));
    return batch;
}

void printSummary(const ModelResult& result, const AttentionModel& model, const RunRequest& request,
                  const QStringList& written) {
    const cv::Size size = result.inputSize;
    out() << Cli::tr("Model:  %1 (%2)").arg(result.modelId, model.displayName()) << '\n';
    out() << Cli::tr("Input:  %1 (%2 x %3)").arg(request.inputPath).arg(size.width).arg(size.height) << '\n';
    out() << Cli::tr("Time:   %1 ms").arg(result.elapsedMs, 0, 'f', 1) << '\n';
    for (const Prediction& p : result.predictions)
        out() << Cli::tr("Class:  %1 (%2%)").arg(p.label).arg(p.score * 100.0, 0, 'f', 1) << '\n';
    out() << Cli::tr("Maps:   %1 (* = final)").arg(result.maps.size()) << '\n';
    const AttentionMap* finalMap = result.finalMap();
    QList<QStringList> rows;
    for (const AttentionMap& map : result.maps) {
        const MapStats stats = map.stats(size);
        rows.append(
            {&map == finalMap ? QStringLiteral("*") : QString(), map.name,
             QStringLiteral("%1 x %2").arg(map.data.cols).arg(map.data.rows),
             Cli::tr("max %1").arg(double(stats.max), 0, 'g', 4),
             Cli::tr("at (%1, %2)").arg(stats.argmaxInput.x, 0, 'f', 1).arg(stats.argmaxInput.y, 0, 'f', 1)});
    }
    printTable(rows, QStringLiteral("  "));
    for (const QString& path : written)
        out() << Cli::tr("Wrote:  %1").arg(path) << '\n';
}

} // namespace

int runCommand(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("run"),
        Cli::tr("Run a model on an image. Every option and output path is checked before the "
                "model starts; outputs are written all together or not at all."));
    addRunOptions(parser);
    if (!parser.parse(args))
        return kExitOk;

    const RunControl control =
        parser.isSet(QStringLiteral("progress")) ? RunControl(printProgress) : RunControl();
    const InterruptGuard interrupt(control);
    const RunRequest request = readRunRequest(parser);

    PluginRegistry registry;
    registry.load(parser.registryOptions());
    const auto model = requireModel(registry, request.modelId);
    if (!model->modalities().contains(Modality::Image)) {
        QStringList takes;
        for (Modality modality : model->modalities())
            takes << toString(modality);
        throw Error(ErrorCode::BadInput, Cli::tr("Model '%1' does not take images (it takes: %2).")
                                             .arg(request.modelId, takes.join(QStringLiteral(", "))));
    }
    const ParamValues params = parseParamAssignments(model->parameters(), request.assignments);
    const LoadedImage image = [&request] {
        const QuietStderr quiet;
        return loadImage(request.inputPath, request.load);
    }();
    control.throwIfCancelled();

    ModelInput input;
    input.modality = Modality::Image;
    input.image = image.bgr;
    input.sourcePath = request.inputPath;
    const ModelResult result = runModel(*model, input, params, control);
    OutputBatch outputs = buildOutputs(request, image, result);
    control.throwIfCancelled(); // Ctrl+C after the model finished still writes nothing
    const QStringList written = outputs.commit();
    printSummary(result, *model, request, written);
    return kExitOk;
}

} // namespace al::cli
