// SPDX-License-Identifier: MIT
// The text command: a text model on a sentence or a UTF-8 file, with JSON and self-contained HTML outputs
// written all-or-nothing.
#include "Cli.h"
#include "CommandParser.h"
#include "Interrupt.h"
#include "Output.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/TextExport.h"
#include "attentionlens/Tokenizer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

namespace al::cli {

namespace {

constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024; // far above any model's token limit

struct TextRequest {
    QString modelId;
    QString inputPath; ///< empty with --text
    QString text;
    QString jsonPath;
    QString htmlPath;
    int topK = 5;
    int links = 8;
    bool truncate = true;
};

void addTextOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("model"), Cli::tr("Text model id (required); see the models command."),
          QStringLiteral("ID"));
    value(QStringLiteral("text"), Cli::tr("The text to analyse."), QStringLiteral("TEXT"));
    value(QStringLiteral("input"), Cli::tr("Read the text from a UTF-8 file instead."),
          QStringLiteral("FILE"));
    value(QStringLiteral("json"),
          Cli::tr("Write tokens, predictions, pooling weights and every layer x head matrix as JSON (above "
                  "256 tokens: the strongest --links keys per query)."),
          QStringLiteral("FILE"));
    value(QStringLiteral("html"), Cli::tr("Write a self-contained HTML report (no external files)."),
          QStringLiteral("FILE"));
    value(QStringLiteral("top-k"), Cli::tr("How many predictions to report (default 5)."),
          QStringLiteral("K"));
    value(QStringLiteral("links"), Cli::tr("Keys kept per query in the JSON of long texts (default 8)."),
          QStringLiteral("K"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("no-truncate"),
        Cli::tr("Refuse a text longer than the model's token limit (exit 2) instead of truncating it.")));
}

QString readTextFile(const QString& path) {
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("Cannot read the input '%1': %2")
                        .arg(path, QFileInfo::exists(path) ? f.errorString() : Cli::tr("no such file")));
    if (f.size() > kMaxInputBytes)
        throw Error(ErrorCode::TooLarge, Cli::tr("The input '%1' has %2 bytes; the limit is %3.")
                                             .arg(path)
                                             .arg(f.size())
                                             .arg(kMaxInputBytes));
    return decodeUtf8Strict(f.readAll(), path);
}

void checkOutputs(const TextRequest& r) {
    QSet<QString> seen;
    for (const auto& [option, path] :
         {std::pair{QStringLiteral("json"), r.jsonPath}, std::pair{QStringLiteral("html"), r.htmlPath}}) {
        if (path.isEmpty())
            continue;
        checkOutputPath(option, path, false);
        checkDistinctOutput(option, path, r.inputPath, seen);
    }
}

TextRequest readRequest(const CommandParser& parser) {
    TextRequest r;
    if (!parser.isSet(QStringLiteral("model")))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("text: --model ID is required; run '%1 models' to list the ids.")
                        .arg(QLatin1String(kProgramName)));
    r.modelId = parser.value(QStringLiteral("model"));
    const bool hasText = parser.isSet(QStringLiteral("text"));
    if (hasText == parser.isSet(QStringLiteral("input")))
        throw Error(ErrorCode::BadInput, Cli::tr("text: give exactly one of --text TEXT and --input FILE."));
    for (const QString& option : {QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("input")})
        if (parser.isSet(option) && parser.value(option).isEmpty())
            throw Error(ErrorCode::BadInput, Cli::tr("--%1 needs a file name.").arg(option));
    r.inputPath = parser.value(QStringLiteral("input"));
    r.jsonPath = parser.value(QStringLiteral("json"));
    r.htmlPath = parser.value(QStringLiteral("html"));
    if (parser.isSet(QStringLiteral("top-k")))
        r.topK = int(parsePositiveInteger(QStringLiteral("top-k"), parser.value(QStringLiteral("top-k"))));
    if (parser.isSet(QStringLiteral("links")))
        r.links = int(parsePositiveInteger(QStringLiteral("links"), parser.value(QStringLiteral("links"))));
    r.truncate = !parser.isSet(QStringLiteral("no-truncate"));
    checkOutputs(r);
    r.text = hasText ? parser.value(QStringLiteral("text")) : readTextFile(r.inputPath);
    if (r.text.trimmed().isEmpty())
        throw Error(ErrorCode::BadInput, hasText
                                             ? Cli::tr("text: the --text argument is empty.")
                                             : Cli::tr("text: the input '%1' is empty.").arg(r.inputPath));
    return r;
}

void printNotice(const QString& message) {
    std::fprintf(stderr, "%s: %s\n", kProgramName, qPrintable(Cli::tr("notice: %1").arg(message)));
    std::fflush(stderr);
}

void printSummary(const ModelResult& result, const TextRequest& request, const QStringList& written) {
    int unknown = 0;
    for (const TextToken& t : result.tokens)
        unknown += t.unknown;
    out() << Cli::tr("Model:   %1").arg(result.modelId) << '\n';
    out() << Cli::tr("Tokens:  %1 (%2 unknown)").arg(result.tokens.size()).arg(unknown) << '\n';
    out() << Cli::tr("Time:    %1 ms").arg(result.elapsedMs, 0, 'f', 1) << '\n';
    for (const Prediction& p : result.predictions)
        out() << Cli::tr("Class:   %1 (%2%)").arg(p.label).arg(p.score * 100.0, 0, 'f', 1) << '\n';
    if (const AttentionMap* pooling = tokenPoolingMap(result)) {
        cv::Point top;
        cv::minMaxLoc(pooling->data, nullptr, nullptr, nullptr, &top);
        const TextToken& t = result.tokens[size_t(top.x)];
        out() << Cli::tr("Pooling: strongest token %1 '%2' (weight %3)")
                     .arg(top.x)
                     .arg(t.start >= 0 ? request.text.mid(t.start, t.length) : t.text)
                     .arg(double(pooling->data.at<float>(top)), 0, 'f', 4)
              << '\n';
    }
    for (const QString& path : written)
        out() << Cli::tr("Wrote:   %1").arg(path) << '\n';
}

int textCommand(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("text"),
        Cli::tr("Run a text model on a sentence or a UTF-8 file: tokens, prediction, attention "
                "per layer and head, attention pooling. Outputs are written all together or "
                "not at all."));
    addTextOptions(parser);
    if (!parser.parse(args))
        return kExitOk;
    const RunControl control;
    const InterruptGuard interrupt(control);
    const TextRequest request = readRequest(parser);
    PluginRegistry registry;
    registry.load(parser.registryOptions());
    const auto model = requireModel(registry, request.modelId);
    if (!model->modalities().contains(Modality::Text))
        throw Error(ErrorCode::BadInput, Cli::tr("Model '%1' does not take text.").arg(request.modelId));
    ModelInput input;
    input.modality = Modality::Text;
    input.text = request.text;
    input.sourcePath = request.inputPath;
    const ModelResult result = runModel(
        *model, input,
        {{QStringLiteral("top_k"), request.topK}, {QStringLiteral("truncate"), request.truncate}}, control);
    const int dropped = result.scalars.value(QStringLiteral("dropped_tokens"), 0).toInt();
    if (dropped > 0)
        printNotice(Cli::tr("the text has %1 tokens but model '%2' takes %3; the last %4 were dropped (use "
                            "--no-truncate to refuse such texts).")
                        .arg(int(result.tokens.size()) + dropped)
                        .arg(request.modelId)
                        .arg(result.tokens.size())
                        .arg(dropped));
    TextExportOptions options;
    options.inputPath = request.inputPath;
    options.topK = request.links;
    OutputBatch batch;
    if (!request.jsonPath.isEmpty())
        batch.add(
            request.jsonPath,
            QJsonDocument(textResultToJson(result, request.text, options)).toJson(QJsonDocument::Indented));
    if (!request.htmlPath.isEmpty())
        batch.add(request.htmlPath, textResultToHtml(result, request.text, options));
    control.throwIfCancelled();
    printSummary(result, request, batch.commit());
    return kExitOk;
}

} // namespace

const CommandRegistrar kText{
    {"text",
     QT_TRANSLATE_NOOP("al::Cli", "Run a text model on a sentence or file; write JSON and HTML reports."),
     textCommand},
    110};

} // namespace al::cli
