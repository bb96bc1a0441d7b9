// SPDX-License-Identifier: MIT
// The video command: one image (or video) model over every Nth frame of a video, with the overlay video and
// the per-frame JSON/CSV written all-or-nothing.
#include "Cli.h"
#include "CommandParser.h"
#include "Interrupt.h"
#include "Output.h"
#include "QuietStderr.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/VideoExport.h"
#include "attentionlens/VideoReader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cstdio>

namespace al::cli {

namespace {

int videoCommand(const QStringList& args);

void addVideoOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("model"),
          Cli::tr("Model id (required): an image model, or a video model such as "
                  "saliency.motion."),
          QStringLiteral("ID"));
    value(QStringLiteral("input"), Cli::tr("Input video (required): AVI, MP4, MKV, WebM..."),
          QStringLiteral("FILE"));
    value(QStringLiteral("output"), Cli::tr("Write the overlay video: .mp4 (MPEG-4) or .avi (MJPG)."),
          QStringLiteral("FILE"));
    value(QStringLiteral("json"), Cli::tr("Write the per-frame statistics as JSON."), QStringLiteral("FILE"));
    value(QStringLiteral("csv"), Cli::tr("Write the per-frame statistics as CSV."), QStringLiteral("FILE"));
    value(QStringLiteral("every"),
          Cli::tr("Analyse every Nth frame (default 1); frames in between show the "
                  "latest map."),
          QStringLiteral("N"));
    value(QStringLiteral("set"), Cli::tr("Set a model parameter, e.g. --set sigma=2.5 (repeatable)."),
          QStringLiteral("KEY=VALUE"));
    value(QStringLiteral("colormap"),
          Cli::tr("Colormap: %1 (default turbo).").arg(colormapNames().join(u", ")), QStringLiteral("NAME"));
    value(QStringLiteral("opacity"), Cli::tr("Opacity of the map over the frame, 0..1 (default 0.5)."),
          QStringLiteral("A"));
    value(QStringLiteral("map-name"), Cli::tr("Which map to use (default: the final map)."),
          QStringLiteral("NAME"));
    value(QStringLiteral("score"),
          Cli::tr("Frame score for the temporal attention: focus (1 - entropy, "
                  "default), mass (mean value) or peak."),
          QStringLiteral("KIND"));
    value(QStringLiteral("temperature"),
          Cli::tr("Temperature of the softmax over frame scores (default 0.1; smaller = sharper)."),
          QStringLiteral("T"));
    value(QStringLiteral("history"),
          Cli::tr("Previous frames given to video models (default 15, i.e. 16 frames in all)."),
          QStringLiteral("N"));
    parser.addOption(QCommandLineOption(QStringLiteral("centroid"),
                                        Cli::tr("Mark the attention centroid on every frame of the video.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("progress"), Cli::tr("Print progress lines on stderr.")));
}

RenderOptions readRender(const CommandParser& parser) {
    RenderOptions render;
    if (parser.isSet(QStringLiteral("colormap"))) {
        const QString name = parser.value(QStringLiteral("colormap"));
        const auto colormap = colormapFromString(name.toLower());
        if (!colormap)
            throw Error(ErrorCode::BadInput, Cli::tr("Unknown colormap '%1'; use one of: %2.")
                                                 .arg(name, colormapNames().join(QStringLiteral(", "))));
        render.colormap = *colormap;
    }
    if (parser.isSet(QStringLiteral("opacity")))
        render.alpha =
            parseNumber(QStringLiteral("opacity"), parser.value(QStringLiteral("opacity")), 0.0, 1.0);
    return render;
}

void checkVideoOutputs(const VideoExportRequest& request) {
    QSet<QString> seen;
    const std::pair<QString, QString> outputs[] = {{QStringLiteral("output"), request.overlayPath},
                                                   {QStringLiteral("json"), request.jsonPath},
                                                   {QStringLiteral("csv"), request.csvPath}};
    for (const auto& [option, path] : outputs) {
        if (path.isEmpty())
            continue;
        checkOutputPath(option, path, false);
        const QFileInfo info(path);
        if (option == QLatin1String("output") && !videoOutputSuffixes().contains(info.suffix().toLower()))
            throw Error(ErrorCode::BadInput,
                        Cli::tr("--output '%1': unsupported video format '.%2'; use .mp4 or "
                                ".avi.")
                            .arg(path, info.suffix()));
        checkDistinctOutput(option, path, request.inputPath, seen);
    }
}

VideoExportRequest readRequest(const CommandParser& parser) {
    if (!parser.isSet(QStringLiteral("model")))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("video: --model ID is required; run '%1 models' to list the ids.")
                        .arg(QLatin1String(kProgramName)));
    if (parser.value(QStringLiteral("input")).isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("video: --input FILE is required."));
    VideoExportRequest request;
    request.inputPath = parser.value(QStringLiteral("input"));
    request.overlayPath = parser.value(QStringLiteral("output"));
    request.jsonPath = parser.value(QStringLiteral("json"));
    request.csvPath = parser.value(QStringLiteral("csv"));
    for (const QString& option : {QStringLiteral("output"), QStringLiteral("json"), QStringLiteral("csv")}) {
        if (parser.isSet(option) && parser.value(option).isEmpty())
            throw Error(ErrorCode::BadInput, Cli::tr("--%1 needs a file name.").arg(option));
    }
    if (request.overlayPath.isEmpty() && request.jsonPath.isEmpty() && request.csvPath.isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("video: give at least one of --output, --json or --csv."));
    if (parser.isSet(QStringLiteral("every")))
        request.analysis.every = int(std::min<qint64>(
            parsePositiveInteger(QStringLiteral("every"), parser.value(QStringLiteral("every"))), 1'000'000));
    if (parser.isSet(QStringLiteral("history")))
        request.analysis.history =
            int(parseNumber(QStringLiteral("history"), parser.value(QStringLiteral("history")), 0, 256));
    request.analysis.mapName = parser.value(QStringLiteral("map-name"));
    if (parser.isSet(QStringLiteral("temperature")))
        request.temperature = parseNumber(QStringLiteral("temperature"),
                                          parser.value(QStringLiteral("temperature")), 1e-6, 1e6);
    if (parser.isSet(QStringLiteral("score"))) {
        const auto score = frameScoreFromString(parser.value(QStringLiteral("score")).toLower());
        if (!score)
            throw Error(ErrorCode::BadInput, Cli::tr("Unknown --score '%1'; use focus, mass or peak.")
                                                 .arg(parser.value(QStringLiteral("score"))));
        request.score = *score;
    }
    request.render = readRender(parser);
    request.drawCentroid = parser.isSet(QStringLiteral("centroid"));
    checkVideoOutputs(request);
    return request;
}

void printSummary(const VideoReport& report, const VideoExportRequest& request, double seconds) {
    const VideoInfo& info = report.info;
    out() << Cli::tr("Model:    %1").arg(report.modelId) << '\n';
    out() << Cli::tr("Input:    %1 (%2 x %3, %4 frames, %5 fps, %6)")
                 .arg(report.inputPath)
                 .arg(info.size.width)
                 .arg(info.size.height)
                 .arg(info.frameCount)
                 .arg(info.fps, 0, 'f', 2)
                 .arg(info.codec)
          << '\n';
    out() << Cli::tr("Analysed: %1 frames (every %2)").arg(report.frames.size()).arg(report.every) << '\n';
    out() << Cli::tr("Time:     %1 s (%2 frames/s)")
                 .arg(seconds, 0, 'f', 2)
                 .arg(seconds > 0 ? info.frameCount / seconds : 0.0, 0, 'f', 1)
          << '\n';
    std::vector<double> scores;
    for (const FrameStats& s : report.frames)
        scores.push_back(frameScore(s, report.score));
    const std::vector<double> attention = temporalAttention(scores, report.temperature);
    if (!attention.empty()) {
        const auto top = std::max_element(attention.begin(), attention.end()) - attention.begin();
        out() << Cli::tr("Top:      frame %1 (attention %2, %3 %4)")
                     .arg(report.frames[size_t(top)].frame)
                     .arg(attention[size_t(top)], 0, 'f', 4)
                     .arg(toString(report.score))
                     .arg(scores[size_t(top)], 0, 'g', 4)
              << '\n';
    }
    for (const QString& path : {request.overlayPath, request.jsonPath, request.csvPath}) {
        if (!path.isEmpty())
            out() << Cli::tr("Wrote:    %1").arg(path) << '\n';
    }
}

int videoCommand(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("video"),
        Cli::tr("Run a model over the frames of a video and write the overlay video and the "
                "per-frame statistics. Everything is checked before the model starts; outputs "
                "are written all together or not at all."));
    addVideoOptions(parser);
    if (!parser.parse(args))
        return kExitOk;
    const RunControl control =
        parser.isSet(QStringLiteral("progress")) ? RunControl(printProgress) : RunControl();
    const InterruptGuard interrupt(control);
    VideoExportRequest request = readRequest(parser);
    {
        const QuietStderr quiet; // FFmpeg's own messages about a bad file; ours is the one error line
        VideoReader::open(request.inputPath);
    }
    PluginRegistry registry;
    registry.load(parser.registryOptions());
    request.model = requireModel(registry, parser.value(QStringLiteral("model")));
    const QList<Modality> modalities = request.model->modalities();
    if (!modalities.contains(Modality::Image) && !modalities.contains(Modality::Video))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("Model '%1' takes neither images nor videos.").arg(request.model->id()));
    request.params = parseParamAssignments(request.model->parameters(), parser.values(QStringLiteral("set")));
    control.throwIfCancelled();
    QElapsedTimer timer;
    timer.start();
    const VideoReport report = exportVideo(request, control);
    printSummary(report, request, double(timer.nsecsElapsed()) / 1e9);
    return kExitOk;
}

} // namespace

const CommandRegistrar kVideo{
    {"video",
     QT_TRANSLATE_NOOP("al::Cli", "Run a model over a video; write the overlay video and per-frame stats."),
     videoCommand},
    100};

} // namespace al::cli
