// SPDX-License-Identifier: MIT
// The `fingerprint` command group: generate (synthetic prints with ground truth), evaluate (the pipeline on
// generated prints), and the dispatch to analyze/match (FingerprintAnalyzeCommand.cpp).
#include "Cli.h"
#include "CommandParser.h"
#include "FingerprintCommands.h"
#include "Interrupt.h"
#include "Output.h"

#include "attentionlens/Error.h"
#include "attentionlens/FingerprintClassifier.h"
#include "attentionlens/FingerprintEvaluation.h"
#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/PluginRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdio>
#include <memory>
#include <optional>

namespace al::cli {

namespace {

int fingerprintCommand(const QStringList& args);

const CommandRegistrar kFingerprint{
    {"fingerprint",
     QT_TRANSLATE_NOOP("al::Cli",
                       "Fingerprints: generate synthetic prints with ground truth, analyze, match, "
                       "evaluate."),
     fingerprintCommand},
    60};

struct SubCommand {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

const SubCommand kSubCommands[] = {
    {"generate", QT_TRANSLATE_NOOP("al::Cli", "Synthetic prints (SFinGe method) with ground-truth JSON."),
     fingerprintGenerate},
    {"analyze", QT_TRANSLATE_NOOP("al::Cli", "The transparent pipeline on one scan, stage by stage."),
     fingerprintAnalyze},
    {"match", QT_TRANSLATE_NOOP("al::Cli", "Compare two prints by their minutiae."), fingerprintMatch},
    {"evaluate",
     QT_TRANSLATE_NOOP("al::Cli", "Accuracy of the pipeline on generated prints with ground truth."),
     fingerprintEvaluate},
};

void printGroupHelp() {
    out() << Cli::tr("Usage: %1 fingerprint <generate|analyze|match|evaluate> [options]")
                 .arg(QLatin1String(kProgramName))
          << "\n\n";
    QList<QStringList> rows;
    for (const SubCommand& s : kSubCommands)
        rows.append({QString::fromLatin1(s.name), Cli::tr(s.summary)});
    printTable(rows, QStringLiteral("  "));
    out() << '\n'
          << Cli::tr("Run '%1 fingerprint <sub-command> --help' for its options.")
                 .arg(QLatin1String(kProgramName))
          << '\n';
}

int fingerprintCommand(const QStringList& args) {
    const QString sub = args.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printGroupHelp();
        return kExitOk;
    }
    for (const SubCommand& s : kSubCommands)
        if (sub == QLatin1String(s.name)) {
            QStringList rest = args;
            rest.removeAt(1); // element 0 stays the program
            return s.run(rest);
        }
    throw Error(ErrorCode::BadInput,
                sub.isEmpty()
                    ? Cli::tr("fingerprint: name a sub-command: generate, analyze, match or evaluate.")
                    : Cli::tr("fingerprint: unknown sub-command '%1'; use generate, analyze, match or "
                              "evaluate.")
                          .arg(sub));
}

std::uint64_t parseSeed(const QString& text) {
    bool ok = false;
    const std::uint64_t seed = text.trimmed().toULongLong(&ok);
    if (!ok)
        throw Error(ErrorCode::BadInput,
                    Cli::tr("--seed: '%1' is not a non-negative integer (at most 2^64-1).").arg(text));
    return seed;
}

cv::Size parseSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    const int w = m.hasMatch() ? m.captured(1).toInt() : 0, h = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (w < 128 || h < 128 || w > 1024 || h > 1024)
        throw Error(
            ErrorCode::BadInput,
            Cli::tr("--size: '%1' is not WxH with each side in [128, 1024], e.g. 400x400.").arg(text));
    return {w, h};
}

int boundedInteger(const CommandParser& parser, const QString& option, int fallback, int lo, int hi) {
    if (!parser.isSet(option))
        return fallback;
    return int(parseNumber(option, parser.value(option), lo, hi));
}

void addGenerateOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("class"),
          Cli::tr("%1 or random (default: random, drawn from the seed).")
              .arg(fp::fingerprintClassOptions().join(u", ")),
          QStringLiteral("CLASS"));
    value(QStringLiteral("seed"),
          Cli::tr("Seed of the finger (required; the same seed gives the same files)."), QStringLiteral("S"));
    value(QStringLiteral("impressions"), Cli::tr("Impressions of the finger, 0-64 (default 1)."),
          QStringLiteral("K"));
    value(QStringLiteral("size"), Cli::tr("Image size in pixels at 500 ppi (default 400x400)."),
          QStringLiteral("WxH"));
    value(QStringLiteral("output"),
          Cli::tr("Folder for master.png, impression-NN.png and truth.json (required; "
                  "created if missing)."),
          QStringLiteral("DIR"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("progress"), Cli::tr("Print progress lines on stderr.")));
}

fp::GeneratorOptions generatorOptions(const CommandParser& parser) {
    fp::GeneratorOptions options;
    if (!parser.isSet(QStringLiteral("seed")))
        throw Error(ErrorCode::BadInput, Cli::tr("fingerprint generate: --seed S is required."));
    options.seed = parseSeed(parser.value(QStringLiteral("seed")));
    const QString cls = parser.value(QStringLiteral("class"));
    if (parser.isSet(QStringLiteral("class")) &&
        cls.compare(QLatin1String("random"), Qt::CaseInsensitive) != 0) {
        options.fingerprintClass = fp::parseFingerprintClass(cls);
        if (!options.fingerprintClass)
            throw Error(ErrorCode::BadInput, Cli::tr("--class: unknown class '%1'; use %2 or random.")
                                                 .arg(cls, fp::fingerprintClassOptions().join(u", ")));
    }
    options.impressions = boundedInteger(parser, QStringLiteral("impressions"), 1, 0, 64);
    if (parser.isSet(QStringLiteral("size")))
        options.size = parseSize(parser.value(QStringLiteral("size")));
    return options;
}

void addEvaluateOptions(CommandParser& parser) {
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("fingers"),
          Cli::tr("Fingers, 2-10000; classes cycle through the five (default 10)."), QStringLiteral("N"));
    value(QStringLiteral("impressions"), Cli::tr("Impressions per finger, 2-64 (default 4)."),
          QStringLiteral("K"));
    value(QStringLiteral("seed"), Cli::tr("Seed of the data set (default 1)."), QStringLiteral("S"));
    value(QStringLiteral("size"), Cli::tr("Print size in pixels at 500 ppi (default 400x400)."),
          QStringLiteral("WxH"));
    value(QStringLiteral("json"), Cli::tr("Write the report as JSON."), QStringLiteral("FILE"));
    parser.addOption(
        QCommandLineOption(QStringLiteral("progress"), Cli::tr("Print progress lines on stderr.")));
}

QStringList pairingRow(const QString& what, const fp::PairingCounts& c) {
    return {what, QString::number(c.precision(), 'f', 3), QString::number(c.recall(), 'f', 3),
            QString::number(c.f1(), 'f', 3),
            Cli::tr("%1 paired, %2 missed, %3 spurious")
                .arg(c.truePositives)
                .arg(c.falseNegatives)
                .arg(c.falsePositives)};
}

// The attention classifier's lines: its class accuracy beside the rule-based one, and how often its
// attention peak lies near a true singular point.
void printClassifier(const std::optional<fp::ClassifierScores>& c) {
    if (!c) {
        out() << Cli::tr("Attention classifier: skipped (no fingerprint attention model package is "
                         "installed; looked for '%1').")
                     .arg(QLatin1String(fp::kFingerprintClassifierId))
              << '\n';
        return;
    }
    out() << Cli::tr("Attention classifier (%1): class accuracy %2 on %3 impressions")
                 .arg(QLatin1String(fp::kFingerprintClassifierId))
                 .arg(c->classAccuracy(), 0, 'f', 3)
                 .arg(c->prints)
          << '\n';
    out() << Cli::tr("Attention peak within %1 px of a singular point: %2 of %3 non-arch impressions "
                     "(%4; median distance %5 px)")
                 .arg(c->radius, 0, 'f', 0)
                 .arg(c->peakHits)
                 .arg(c->peakPrints)
                 .arg(c->peakRate(), 0, 'f', 3)
                 .arg(c->medianPeakDistance(), 0, 'f', 1)
          << '\n';
}

// Scores every impression of the evaluation with the attention classifier when its package was found.
void attachClassifier(const AttentionModel* classifier, fp::FingerprintEvaluationOptions& options,
                      std::optional<fp::ClassifierScores>& scores) {
    if (!classifier)
        return;
    scores.emplace();
    options.observeImpression = [classifier, &scores](const cv::Mat& gray,
                                                      const fp::FingerprintTruth& truth) {
        scores->add(truth, fp::classifyFingerprint(*classifier, gray));
    };
}

QJsonObject classifierJson(const std::optional<fp::ClassifierScores>& scores) {
    const QLatin1String id(fp::kFingerprintClassifierId);
    if (scores)
        return fp::classifierScoresToJson(*scores, id);
    return QJsonObject{
        {QStringLiteral("skipped"), true},
        {QStringLiteral("modelId"), id},
        {QStringLiteral("note"), QStringLiteral("no fingerprint attention model package is installed")}};
}

void printEvaluation(const fp::FingerprintEvaluationReport& r, const std::optional<fp::ClassifierScores>& c) {
    const fp::FingerprintEvaluationOptions& o = r.options;
    out() << Cli::tr(
                 "Data:        %1 fingers x %2 impressions, seed %3, %4x%5 px at 500 ppi (synthetic: not a "
                 "measure of real-sensor accuracy)")
                 .arg(o.fingers)
                 .arg(o.impressions)
                 .arg(o.seed)
                 .arg(o.size.width)
                 .arg(o.size.height)
          << '\n';
    QList<QStringList> rows{{Cli::tr("feature"), Cli::tr("precision"), Cli::tr("recall"), Cli::tr("F1"), {}}};
    rows.append(pairingRow(Cli::tr("minutiae, clean masters"), r.clean.minutiae));
    rows.append(pairingRow(Cli::tr("minutiae, impressions"), r.impressions.minutiae));
    rows.append(pairingRow(Cli::tr("singular points, clean"), r.clean.singular));
    rows.append(pairingRow(Cli::tr("singular points, impressions"), r.impressions.singular));
    printTable(rows, QStringLiteral("  "));
    const auto recall = [](const fp::FeatureScores& s, size_t type) {
        return s.truthMinutiaeByType[type]
                   ? double(s.pairedMinutiaeByType[type]) / s.truthMinutiaeByType[type]
                   : 0.0;
    };
    out() << Cli::tr("Minutiae recall by type: endings %1 clean, %2 impressions; bifurcations %3 clean, %4 "
                     "impressions")
                 .arg(recall(r.clean, 0), 0, 'f', 3)
                 .arg(recall(r.impressions, 0), 0, 'f', 3)
                 .arg(recall(r.clean, 1), 0, 'f', 3)
                 .arg(recall(r.impressions, 1), 0, 'f', 3)
          << '\n';
    out() << Cli::tr("Orientation RMSE (away from singular points): %1 deg clean, %2 deg impressions")
                 .arg(r.clean.orientationRmse(), 0, 'f', 2)
                 .arg(r.impressions.orientationRmse(), 0, 'f', 2)
          << '\n';
    out() << Cli::tr("Ridge period error: %1 px clean, %2 px impressions")
                 .arg(r.clean.periodError(), 0, 'f', 2)
                 .arg(r.impressions.periodError(), 0, 'f', 2)
          << '\n';
    out() << Cli::tr("Rule-based class accuracy: %1 clean, %2 impressions")
                 .arg(r.clean.classAccuracy(), 0, 'f', 3)
                 .arg(r.impressions.classAccuracy(), 0, 'f', 3)
          << '\n';
    const fp::ErrorRates& m = r.matching;
    out() << Cli::tr("Matching (FVC protocol, %1 genuine, %2 impostor): EER %3%, FMR100 %4%, FMR1000 %5%")
                 .arg(m.genuine)
                 .arg(m.impostor)
                 .arg(m.eer * 100, 0, 'f', 2)
                 .arg(m.fmr100 * 100, 0, 'f', 2)
                 .arg(m.fmr1000 * 100, 0, 'f', 2)
          << '\n';
    printClassifier(c);
    out() << Cli::tr("Time:        %1 s").arg(r.elapsedMs / 1000.0, 0, 'f', 1) << '\n';
}

} // namespace

int fingerprintGenerate(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("fingerprint generate"),
        Cli::tr("Generate a synthetic finger (SFinGe method): a clean master print and distorted, "
                "noisy impressions as 8-bit gray 500 ppi PNGs, with the ground truth (class, "
                "singular points, minutiae per impression) in truth.json."));
    addGenerateOptions(parser);
    if (!parser.parse(args))
        return kExitOk;
    const fp::GeneratorOptions options = generatorOptions(parser);
    if (!parser.isSet(QStringLiteral("output")) || parser.value(QStringLiteral("output")).isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("fingerprint generate: --output DIR is required."));
    const QDir dir(parser.value(QStringLiteral("output")));
    if (QFileInfo(dir.path()).exists() && !QFileInfo(dir.path()).isDir())
        throw Error(ErrorCode::BadInput, Cli::tr("--output: %1 is a file, not a folder.").arg(dir.path()));

    const RunControl control =
        parser.isSet(QStringLiteral("progress")) ? RunControl(printProgress) : RunControl();
    const InterruptGuard interrupt(control);
    const fp::GeneratedFinger finger = fp::generateFinger(options, control);
    QStringList files;
    for (size_t k = 0; k < finger.impressions.size(); ++k)
        files.append(QStringLiteral("impression-%1.png").arg(int(k + 1), 2, 10, QLatin1Char('0')));
    const QString master = QStringLiteral("master.png");
    if (!QDir().mkpath(dir.path()))
        throw Error(ErrorCode::BadInput, Cli::tr("--output: cannot create the folder %1.").arg(dir.path()));
    OutputBatch batch;
    batch.add(dir.filePath(master), fp::encodeFingerprintPng(finger.master.image));
    for (size_t k = 0; k < finger.impressions.size(); ++k)
        batch.add(dir.filePath(files.at(int(k))), fp::encodeFingerprintPng(finger.impressions[k].image));
    batch.add(dir.filePath(QStringLiteral("truth.json")),
              QJsonDocument(fp::fingerToJson(finger, master, files)).toJson(QJsonDocument::Indented));
    batch.commit();
    out() << Cli::tr("Finger:      seed %1, class %2")
                 .arg(finger.seed)
                 .arg(fp::fingerprintClassOption(finger.fingerprintClass))
          << '\n';
    out() << Cli::tr("Master:      %1 minutiae, %2 singular points")
                 .arg(finger.master.truth.minutiae.size())
                 .arg(finger.master.truth.singularPoints.size())
          << '\n';
    out() << Cli::tr("Written:     %1 (master.png, %n impression(s), truth.json)", nullptr,
                     int(finger.impressions.size()))
                 .arg(QDir::toNativeSeparators(dir.path()))
          << '\n';
    return kExitOk;
}

int fingerprintEvaluate(const QStringList& args) {
    CommandParser parser(
        QStringLiteral("fingerprint evaluate"),
        Cli::tr("Measure the fingerprint pipeline on generated prints with ground truth: orientation, "
                "ridge period, singular points, minutiae (clean and distorted), class, "
                "matching error rates by the FVC protocol, and the attention classifier (model "
                "package fingerprint-class-attn, when installed): its class accuracy and whether its "
                "attention peak lies near a singular point."));
    addEvaluateOptions(parser);
    if (!parser.parse(args))
        return kExitOk;
    fp::FingerprintEvaluationOptions options;
    options.fingers = boundedInteger(parser, QStringLiteral("fingers"), 10, 2, 10000);
    options.impressions = boundedInteger(parser, QStringLiteral("impressions"), 4, 2, 64);
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parseSeed(parser.value(QStringLiteral("seed")));
    if (parser.isSet(QStringLiteral("size")))
        options.size = parseSize(parser.value(QStringLiteral("size")));
    const QString jsonPath = parser.value(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("json")))
        checkOutputPath(QStringLiteral("json"), jsonPath, false);

    // The attention classifier is found like every model (--model-dir, --plugin-dir, the bundled packages);
    // the registry stays alive while its model runs.
    PluginRegistry registry;
    registry.load(parser.registryOptions());
    std::optional<fp::ClassifierScores> scores;
    attachClassifier(registry.model(QLatin1String(fp::kFingerprintClassifierId)).get(), options, scores);

    const RunControl control =
        parser.isSet(QStringLiteral("progress")) ? RunControl(printProgress) : RunControl();
    const InterruptGuard interrupt(control);
    const fp::FingerprintEvaluationReport report = fp::evaluateFingerprintPipeline(options, control);
    if (!jsonPath.isEmpty()) {
        QJsonObject json = fp::fingerprintEvaluationToJson(report);
        json.insert(QStringLiteral("attentionClassifier"), classifierJson(scores));
        OutputBatch batch;
        batch.add(jsonPath, QJsonDocument(json).toJson(QJsonDocument::Indented));
        batch.commit();
    }
    printEvaluation(report, scores);
    return kExitOk;
}

} // namespace al::cli
