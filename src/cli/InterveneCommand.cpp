// SPDX-License-Identifier: MIT
// The intervene command: replace a stage's spatial attention and compare the predictions (docs/cli.md).
#include "InterveneCommand.h"

#include "Cli.h"
#include "CommandParser.h"
#include "Output.h"

#include "attentionlens/Error.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/Intervention.h"
#include "attentionlens/ModelPackage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace al::cli {
namespace {

ModelPackage requirePackage(const CommandParser& parser, const QString& id) {
    for (const QString& dir : findModelPackageDirs(parser.registryOptions().context.modelDirs)) {
        if (QFileInfo(dir).fileName() != id)
            continue;
        ModelPackage p = loadModelPackage(dir); // a broken package is bad input, reported as such
        if (p.id == id)
            return p;
    }
    throw Error(ErrorCode::BadInput,
                Cli::tr("Unknown model package '%1'; `%2 models` lists the models.").arg(id, kProgramName));
}

void addStageOption(CommandParser& parser) {
    parser.addOption(QCommandLineOption(QStringLiteral("stage"),
                                        Cli::tr("Stage whose attention is replaced (default: the last)."),
                                        QStringLiteral("N")));
}

int stageOption(const CommandParser& parser, const Intervener& intervener) {
    if (!parser.isSet(QStringLiteral("stage")))
        return intervener.stageCount();
    const qint64 stage = parsePositiveInteger(QStringLiteral("stage"), parser.value(QStringLiteral("stage")));
    if (stage > intervener.stageCount())
        throw Error(ErrorCode::BadInput, Cli::tr("--stage %1: model '%2' has stages 1 to %3.")
                                             .arg(stage)
                                             .arg(intervener.package().id)
                                             .arg(intervener.stageCount()));
    return int(stage);
}

QJsonArray predictionsJson(const std::vector<Prediction>& predictions) {
    QJsonArray out;
    for (const Prediction& p : predictions)
        out.append(QJsonObject{{QStringLiteral("index"), p.index},
                               {QStringLiteral("label"), p.label},
                               {QStringLiteral("score"), p.score}});
    return out;
}

QJsonObject mapJson(const cv::Mat& map) {
    QJsonArray values;
    for (int y = 0; y < map.rows; ++y)
        for (int x = 0; x < map.cols; ++x)
            values.append(double(map.at<float>(y, x)));
    return {{QStringLiteral("rows"), map.rows},
            {QStringLiteral("cols"), map.cols},
            {QStringLiteral("data"), values}};
}

QJsonObject resultJson(const ModelPackage& p, const QString& input, const InterventionResult& r) {
    return {{QStringLiteral("modelId"), p.id},
            {QStringLiteral("input"), input},
            {QStringLiteral("stage"), r.stage},
            {QStringLiteral("intervention"), r.interventionName},
            {QStringLiteral("topBefore"), r.topBefore()},
            {QStringLiteral("topAfter"), r.topAfter()},
            {QStringLiteral("changed"), r.topBefore() != r.topAfter()},
            {QStringLiteral("before"), predictionsJson(r.before)},
            {QStringLiteral("after"), predictionsJson(r.after)},
            {QStringLiteral("trueMap"), mapJson(r.trueMap)},
            {QStringLiteral("usedMap"), mapJson(r.usedMap)}};
}

void printResult(const ModelPackage& p, const InterventionResult& r) {
    out() << Cli::tr("Model:        %1, stage %2 of %3").arg(p.id).arg(r.stage).arg(p.stages.size()) << '\n';
    out() << Cli::tr("Intervention: %1").arg(r.interventionName) << '\n';
    QList<QStringList> rows{{Cli::tr("rank"), Cli::tr("before"), {}, Cli::tr("after"), {}}};
    for (size_t i = 0; i < std::min<size_t>(3, r.before.size()); ++i)
        rows.append({QString::number(i + 1), r.before[i].label, QString::number(r.before[i].score, 'f', 4),
                     r.after[i].label, QString::number(r.after[i].score, 'f', 4)});
    printTable(rows, QStringLiteral("  "));
    out() << (r.topBefore() == r.topAfter() ? Cli::tr("The top prediction did not change.")
                                            : Cli::tr("The top prediction changed."))
          << '\n';
}

int interveneCommand(const QStringList& args) {
    CommandParser parser(QStringLiteral("intervene"),
                         Cli::tr("Replace the spatial attention of one stage of a model (uniform, inverted, "
                                 "shifted, random or a mask) and compare the predictions before and after."));
    const auto value = [&parser](const QString& name, const QString& help, const QString& valueName) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    value(QStringLiteral("model"),
          Cli::tr("Model package id with a staged graph, e.g. digits-cbam (required)."),
          QStringLiteral("ID"));
    value(QStringLiteral("input"), Cli::tr("Input image (required)."), QStringLiteral("FILE"));
    addStageOption(parser);
    value(QStringLiteral("attention"),
          Cli::tr("The replacement: uniform, inverted, random[:SEED], shift:DX,DY (grid cells) or mask:FILE "
                  "(required)."),
          QStringLiteral("SPEC"));
    value(QStringLiteral("json"), Cli::tr("Write predictions before and after and both maps as JSON."),
          QStringLiteral("FILE"));
    if (!parser.parse(args))
        return kExitOk;
    for (const char* required : {"model", "input", "attention"})
        if (!parser.isSet(QLatin1String(required)))
            throw Error(ErrorCode::BadInput,
                        Cli::tr("intervene: --%1 is required.").arg(QLatin1String(required)));
    const QString jsonPath = parser.value(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("json")))
        checkOutputPath(QStringLiteral("json"), jsonPath, false);
    const InterventionSpec spec = InterventionSpec::parse(parser.value(QStringLiteral("attention")));
    const ModelPackage package = requirePackage(parser, parser.value(QStringLiteral("model")));
    const Intervener intervener(package);
    const int stage = stageOption(parser, intervener);
    const QString input = parser.value(QStringLiteral("input"));
    const InterventionResult result = intervener.run(loadImage(input).bgr, stage, spec);
    if (!jsonPath.isEmpty()) {
        OutputBatch batch;
        batch.add(jsonPath,
                  QJsonDocument(resultJson(package, input, result)).toJson(QJsonDocument::Indented));
        batch.commit();
    }
    printResult(package, result);
    return kExitOk;
}

} // namespace

void addInterventionOptions(CommandParser& parser) {
    parser.addOption(QCommandLineOption(
        QStringLiteral("interventions"),
        Cli::tr("Also measure accuracy under attention interventions (models with a staged graph).")));
    addStageOption(parser);
}

std::optional<DatasetInterventions> prepareDatasetInterventions(const CommandParser& parser,
                                                                const QString& modelId) {
    if (!parser.isSet(QStringLiteral("interventions"))) {
        if (parser.isSet(QStringLiteral("stage")))
            throw Error(ErrorCode::BadInput, Cli::tr("--stage needs --interventions."));
        return std::nullopt;
    }
    DatasetInterventions setup;
    setup.intervener = std::make_shared<const Intervener>(requirePackage(parser, modelId));
    setup.stage = stageOption(parser, *setup.intervener);
    return setup;
}

InterventionReport runDatasetInterventions(const DatasetInterventions& setup, const QString& dataset,
                                           int limit, const RunControl& control) {
    const PackageStage& stage = setup.intervener->package().stages[size_t(setup.stage - 1)];
    return evaluateInterventions(*setup.intervener, setup.stage, dataset, limit, defaultInterventions(stage),
                                 control);
}

void printInterventions(const InterventionReport& r) {
    out() << Cli::tr("Accuracy under attention interventions at stage %1 (%2 samples):")
                 .arg(r.stage)
                 .arg(r.samples)
          << '\n';
    QList<QStringList> rows;
    for (const InterventionAccuracy& row : r.rows)
        rows.append({row.name, QString::number(row.accuracy(), 'f', 4),
                     Cli::tr("same top-1 as the model %1").arg(row.agreement(), 0, 'f', 4)});
    printTable(rows, QStringLiteral("  "));
}

const CommandRegistrar kIntervene{
    {"intervene", QT_TRANSLATE_NOOP("al::Cli", "Replace a stage's attention and compare the predictions."),
     interveneCommand},
    210};

} // namespace al::cli
