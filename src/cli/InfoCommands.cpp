// SPDX-License-Identifier: MIT
// The information commands: models, plugins.
#include "Cli.h"
#include "CommandParser.h"
#include "Commands.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/ResultJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace al::cli {

namespace {

const QString kJsonOption = QStringLiteral("json");

QCommandLineOption jsonFlag() {
    return QCommandLineOption(kJsonOption, Cli::tr("Print JSON instead of a table."));
}

void printJson(const QJsonDocument& document) {
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString modalitiesText(const AttentionModel& model) {
    QStringList names;
    for (Modality modality : model.modalities())
        names << toString(modality);
    return names.join(QLatin1Char(','));
}

QJsonObject recordToJson(const PluginRecord& record) {
    return QJsonObject{
        {QStringLiteral("path"), record.path},
        {QStringLiteral("id"), record.id},
        {QStringLiteral("name"), record.name},
        {QStringLiteral("version"), record.version},
        {QStringLiteral("apiMajor"), record.apiMajor},
        {QStringLiteral("apiMinor"), record.apiMinor},
        {QStringLiteral("static"), record.isStatic},
        {QStringLiteral("loaded"), record.loaded},
        {QStringLiteral("error"), record.error},
        {QStringLiteral("note"), record.note},
        {QStringLiteral("models"), QJsonArray::fromStringList(record.modelIds)},
    };
}

void printRecord(const PluginRecord& record) {
    const QString state = record.loaded ? Cli::tr("[loaded]") : Cli::tr("[failed]");
    QString title = record.id.isEmpty() ? record.path : record.id;
    if (!record.version.isEmpty())
        title += QLatin1Char(' ') + record.version;
    if (record.apiMajor >= 0)
        title += Cli::tr(" (API %1.%2)").arg(record.apiMajor).arg(record.apiMinor);
    out() << "  " << state << ' ' << title << '\n';
    const QString indent(11, QLatin1Char(' '));
    if (!record.id.isEmpty())
        out() << indent << Cli::tr("file: %1").arg(record.path) << '\n';
    if (!record.error.isEmpty())
        out() << indent << Cli::tr("error: %1").arg(record.error) << '\n';
    if (!record.note.isEmpty())
        out() << indent << Cli::tr("note: %1").arg(record.note) << '\n';
    if (!record.modelIds.isEmpty())
        out() << indent << Cli::tr("models: %1").arg(record.modelIds.join(QStringLiteral(", "))) << '\n';
}

} // namespace

int modelsCommand(const QStringList& args) {
    CommandParser parser(QStringLiteral("models"), Cli::tr("List every model the loaded plugins offer."));
    parser.addOption(jsonFlag());
    if (!parser.parse(args))
        return kExitOk;

    PluginRegistry registry;
    registry.load(parser.registryOptions());
    auto models = registry.models();
    std::sort(models.begin(), models.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });

    if (parser.isSet(kJsonOption)) {
        QJsonArray array;
        for (const auto& model : models)
            array.append(modelToJson(*model, registry.pluginIdOf(model->id())));
        printJson(QJsonDocument(array));
        return kExitOk;
    }
    if (models.empty()) {
        out() << Cli::tr("No models are available; run '%1 plugins' to see why.")
                     .arg(QLatin1String(kProgramName))
              << '\n';
        return kExitOk;
    }
    QList<QStringList> rows{{Cli::tr("ID"), Cli::tr("PLUGIN"), Cli::tr("MODALITIES"), Cli::tr("NAME")}};
    for (const auto& model : models)
        rows.append(
            {model->id(), registry.pluginIdOf(model->id()), modalitiesText(*model), model->displayName()});
    printTable(rows);
    return kExitOk;
}

int pluginsCommand(const QStringList& args) {
    CommandParser parser(QStringLiteral("plugins"),
                         Cli::tr("Show every plugin found, loaded or not, and the folders searched. "
                                 "Exits 0 even when some plugins failed: the report is the point."));
    parser.addOption(jsonFlag());
    if (!parser.parse(args))
        return kExitOk;

    const PluginRegistry::Options options = parser.registryOptions();
    PluginRegistry registry;
    registry.load(options);
    const QStringList searched = PluginRegistry::searchDirs(options);

    if (parser.isSet(kJsonOption)) {
        QJsonArray plugins;
        for (const PluginRecord& record : registry.report())
            plugins.append(recordToJson(record));
        printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("plugins"), plugins},
                                      {QStringLiteral("searchDirs"), QJsonArray::fromStringList(searched)}}));
        return kExitOk;
    }
    const auto& report = registry.report();
    const auto failed = std::count_if(report.begin(), report.end(), [](const auto& r) { return !r.loaded; });
    out() << Cli::tr("Plugins (%1 loaded, %2 failed):").arg(qsizetype(report.size()) - failed).arg(failed)
          << '\n';
    for (const PluginRecord& record : report)
        printRecord(record);
    out() << Cli::tr("Searched folders:") << '\n';
    for (const QString& dir : searched)
        out() << "  " << dir << '\n';
    return kExitOk;
}

} // namespace al::cli
