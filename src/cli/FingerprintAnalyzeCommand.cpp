// SPDX-License-Identifier: MIT
// `fingerprint analyze` and `fingerprint match`: the transparent pipeline and minutiae matching from a shell.
#include "Cli.h"
#include "CommandParser.h"
#include "FingerprintCommands.h"
#include "Interrupt.h"
#include "Output.h"

#include "attentionlens/Error.h"
#include "attentionlens/FingerprintAnalysis.h"
#include "attentionlens/FingerprintMatch.h"
#include "attentionlens/IsoTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace al::cli {

namespace {

fp::AnalysisOptions analysisOptions(const CommandParser& parser) {
    fp::AnalysisOptions options;
    if (parser.isSet(QStringLiteral("dpi")))
        options.dpi = parseNumber(QStringLiteral("dpi"), parser.value(QStringLiteral("dpi")), 100.0, 2000.0);
    return options;
}

void addDpiOption(CommandParser& parser) {
    parser.addOption(
        QCommandLineOption(QStringLiteral("dpi"),
                           Cli::tr("Resolution of image inputs in pixels per inch (default 500); "
                                   "other resolutions are resampled to 500 ppi."),
                           QStringLiteral("D")));
}

void checkOptionalOutput(const CommandParser& parser, const QString& option) {
    if (parser.isSet(option))
        checkOutputPath(option, parser.value(option), false);
}

void checkStagesDir(const QString& dir) {
    const QFileInfo info(dir);
    if (info.exists() ? !info.isDir() : !QFileInfo(info.absolutePath()).isDir())
        throw Error(
            ErrorCode::BadInput,
            Cli::tr("--stages: %1 is not a folder and cannot be created there; give an existing folder "
                    "or a new folder inside an existing one.")
                .arg(dir));
}

QString typeCounts(const std::vector<fp::Minutia>& minutiae) {
    int endings = 0, bifurcations = 0;
    for (const fp::Minutia& m : minutiae)
        (m.type == fp::MinutiaType::Bifurcation ? bifurcations : endings)++;
    return Cli::tr("%1 (%2 endings, %3 bifurcations)").arg(minutiae.size()).arg(endings).arg(bifurcations);
}

void printAnalysis(const QString& input, const fp::AnalysisResult& r) {
    int cores = 0, deltas = 0;
    for (const fp::SingularPoint& p : r.features.singularPoints)
        (p.type == fp::SingularType::Core ? cores : deltas)++;
    out() << Cli::tr("Input:      %1 (%2x%3 at 500 ppi)").arg(input).arg(r.gray.cols).arg(r.gray.rows)
          << '\n';
    out() << Cli::tr("Class:      %1").arg(fp::fingerprintClassName(r.features.fingerprintClass)) << '\n';
    out() << Cli::tr("Singular:   %1 cores, %2 deltas").arg(cores).arg(deltas) << '\n';
    out() << Cli::tr("Minutiae:   %1").arg(typeCounts(r.features.minutiae)) << '\n';
    out() << Cli::tr("Quality:    %1 of 100").arg(r.fingerQuality) << '\n';
    out() << Cli::tr("Time:       %1 ms").arg(r.totalMs, 0, 'f', 1) << '\n';
}

bool isTemplateFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("FMR\0", 4);
}

struct MatchInput {
    std::vector<fp::Minutia> minutiae;
    cv::Mat mask;
};

MatchInput loadMatchInput(const QString& path, const fp::AnalysisOptions& options,
                          const RunControl& control) {
    if (isTemplateFile(path)) {
        const fp::IsoTemplate t = fp::readIsoTemplateFile(path);
        return {t.views.front().minutiae, {}};
    }
    fp::AnalysisResult r = fp::analyzeFingerprintFile(path, options, control);
    return {std::move(r.features.minutiae), r.features.mask};
}

QJsonArray minutiaeJson(const std::vector<fp::Minutia>& minutiae) {
    QJsonArray a;
    for (const fp::Minutia& m : minutiae)
        a.append(QJsonObject{{QStringLiteral("x"), m.x},
                             {QStringLiteral("y"), m.y},
                             {QStringLiteral("angleDegrees"), m.angle * 180.0 / 3.14159265358979323846},
                             {QStringLiteral("type"), fp::minutiaTypeId(m.type)}});
    return a;
}

// Every file `analyze` writes, collected so that they are written together or not at all.
OutputBatch analysisOutputs(const CommandParser& parser, const QString& input, const fp::AnalysisResult& r) {
    OutputBatch batch;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = fp::analysisToJson(r);
        json.insert(QStringLiteral("input"), input);
        batch.add(parser.value(QStringLiteral("json")), QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    if (parser.isSet(QStringLiteral("template")))
        batch.add(parser.value(QStringLiteral("template")),
                  fp::writeIsoTemplate(fp::makeIsoTemplate(r.features, r.gray.size(), r.fingerQuality)));
    if (parser.isSet(QStringLiteral("stages"))) {
        const QString stagesDir = parser.value(QStringLiteral("stages"));
        if (!QDir().mkpath(stagesDir))
            throw Error(ErrorCode::Internal, Cli::tr("Cannot create the folder %1.").arg(stagesDir));
        for (size_t i = 0; i < r.stages.size(); ++i) {
            const QString path = QDir(stagesDir).filePath(
                QStringLiteral("%1-%2.png").arg(int(i + 1), 2, 10, QLatin1Char('0')).arg(r.stages[i].id));
            batch.add(path, encodeImage(r.stages[i].image, path));
        }
    }
    return batch;
}

} // namespace

int fingerprintAnalyze(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("fingerprint analyze"),
        Cli::tr("Analyse a fingerprint scan step by step: segmentation, orientation, ridge period, "
                "quality, Gabor enhancement, skeleton, minutiae, singular points and class."));
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("input"), Cli::tr("The scan: 8-bit gray PNG, BMP, TIFF, ... (required)."),
          QStringLiteral("FILE"));
    addDpiOption(parser);
    value(QStringLiteral("json"),
          Cli::tr("Write the result (class, singular points, minutiae, timings) as JSON."),
          QStringLiteral("FILE"));
    value(QStringLiteral("stages"), Cli::tr("Write every stage image as NN-<stage>.png into this folder."),
          QStringLiteral("DIR"));
    value(QStringLiteral("template"), Cli::tr("Write the minutiae as an ISO/IEC 19794-2:2005 template."),
          QStringLiteral("FILE"));
    if (!parser.parse(args))
        return kExitOk;
    if (!parser.isSet(QStringLiteral("input")))
        throw Error(ErrorCode::BadInput, Cli::tr("fingerprint analyze: --input FILE is required."));
    const fp::AnalysisOptions options = analysisOptions(parser);
    checkOptionalOutput(parser, QStringLiteral("json"));
    checkOptionalOutput(parser, QStringLiteral("template"));
    if (parser.isSet(QStringLiteral("stages")))
        checkStagesDir(parser.value(QStringLiteral("stages")));

    const RunControl control;
    const InterruptGuard interrupt(control);
    const QString input = parser.value(QStringLiteral("input"));
    const fp::AnalysisResult r = fp::analyzeFingerprintFile(input, options, control);
    analysisOutputs(parser, input, r).commit();
    printAnalysis(input, r);
    return kExitOk;
}

int fingerprintMatch(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("fingerprint match"),
        Cli::tr("Compare two prints by their minutiae: align them by rotation/translation voting, "
                "pair the minutiae and print a similarity score in [0, 1]."),
        QStringLiteral("A B"));
    parser.addPositional(QStringLiteral("A"),
                         Cli::tr("First print: an image or an ISO/IEC 19794-2 template."),
                         QStringLiteral("A"));
    parser.addPositional(QStringLiteral("B"),
                         Cli::tr("Second print: an image or an ISO/IEC 19794-2 template."),
                         QStringLiteral("B"));
    addDpiOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), Cli::tr("Write the score, the alignment and the paired minutiae as JSON."),
        QStringLiteral("FILE")));
    if (!parser.parse(args, 2))
        return kExitOk;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 2)
        throw Error(ErrorCode::BadInput, Cli::tr("fingerprint match: give two prints, A and B."));
    const fp::AnalysisOptions options = analysisOptions(parser);
    checkOptionalOutput(parser, QStringLiteral("json"));
    const RunControl control;
    const InterruptGuard interrupt(control);
    const MatchInput a = loadMatchInput(inputs[0], options, control);
    const MatchInput b = loadMatchInput(inputs[1], options, control);
    const fp::MatchResult m = fp::matchMinutiae(a.minutiae, b.minutiae, {}, a.mask, b.mask);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = fp::matchToJson(m, int(a.minutiae.size()), int(b.minutiae.size()));
        json.insert(QStringLiteral("a"), inputs[0]);
        json.insert(QStringLiteral("b"), inputs[1]);
        json.insert(QStringLiteral("minutiaeOfA"), minutiaeJson(a.minutiae));
        json.insert(QStringLiteral("minutiaeOfB"), minutiaeJson(b.minutiae));
        OutputBatch batch;
        batch.add(parser.value(QStringLiteral("json")), QJsonDocument(json).toJson(QJsonDocument::Indented));
        batch.commit();
    }
    out() << Cli::tr("Score:      %1").arg(m.score, 0, 'f', 4) << '\n';
    out() << Cli::tr("Paired:     %1 of %2 and %3 minutiae")
                 .arg(m.pairs.size())
                 .arg(a.minutiae.size())
                 .arg(b.minutiae.size())
          << '\n';
    out() << Cli::tr("Alignment:  rotation %1 degrees, translation (%2, %3) px")
                 .arg(m.rotation * 180.0 / 3.14159265358979323846, 0, 'f', 1)
                 .arg(m.translation.x, 0, 'f', 1)
                 .arg(m.translation.y, 0, 'f', 1)
          << '\n';
    return kExitOk;
}

} // namespace al::cli
