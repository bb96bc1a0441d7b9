// SPDX-License-Identifier: MIT
#include "CommandParser.h"

#include "Cli.h"

#include "attentionlens/Error.h"
#include "attentionlens/ModelPackage.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace al::cli {

namespace {

const QString kPluginDirOption = QStringLiteral("plugin-dir");
const QString kModelDirOption = QStringLiteral("model-dir");
const QString kHelpOption = QStringLiteral("help");

} // namespace

CommandParser::CommandParser(const QString& command, const QString& description,
                             const QString& positionalSyntax)
    : m_command(command), m_positionalSyntax(positionalSyntax) {
    m_parser.setApplicationDescription(description);
    // Long options only: "-abc" must never be read as three flags.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), kHelpOption},
                                          Cli::tr("Show the help of this command and exit.")));
    m_parser.addOption(QCommandLineOption(
        kPluginDirOption,
        Cli::tr("Also search DIR for plugins (repeatable); searched before ATTENTIONLENS_PLUGIN_PATH and the "
                "default folders."),
        QStringLiteral("DIR")));
    m_parser.addOption(QCommandLineOption(
        kModelDirOption,
        Cli::tr("Also search DIR for model packages (repeatable); searched before ATTENTIONLENS_MODEL_PATH, "
                "the user folder and the bundled models."),
        QStringLiteral("DIR")));
}

void CommandParser::addOption(const QCommandLineOption& option) {
    m_parser.addOption(option);
}

void CommandParser::addPositional(const QString& name, const QString& description, const QString& syntax) {
    m_parser.addPositionalArgument(name, description, syntax);
}

bool CommandParser::parse(const QStringList& args, int maxPositional) {
    if (!m_parser.parse(args))
        throw Error(ErrorCode::BadInput, QStringLiteral("%1: %2").arg(m_command, m_parser.errorText()));
    if (m_parser.isSet(kHelpOption)) {
        out() << helpText();
        out().flush();
        return false;
    }
    const QStringList extra = m_parser.positionalArguments();
    if (extra.size() > maxPositional)
        throw Error(ErrorCode::BadInput,
                    Cli::tr("%1: unexpected argument '%2'; see '%3 %1 --help'.")
                        .arg(m_command, extra.at(maxPositional), QLatin1String(kProgramName)));
    for (const QString& dir : m_parser.values(kPluginDirOption)) {
        if (dir.isEmpty())
            throw Error(ErrorCode::BadInput, Cli::tr("--plugin-dir needs a folder name."));
    }
    for (const QString& dir : m_parser.values(kModelDirOption)) {
        if (!QFileInfo(dir).isDir())
            throw Error(ErrorCode::BadInput, Cli::tr("--model-dir '%1' is not a folder.").arg(dir));
    }
    return true;
}

QString CommandParser::helpText() const {
    QString text = m_parser.helpText();
    // Qt writes "Usage: <program> [options]"; name the command and its arguments instead.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = Cli::tr("Usage: %1 %2 [options]").arg(QLatin1String(kProgramName), m_command);
    if (!m_positionalSyntax.isEmpty())
        usage += QLatin1Char(' ') + m_positionalSyntax;
    usage += QLatin1Char('\n');
    text.replace(0, firstLineEnd, usage);
    text +=
        Cli::tr("\nExit codes: 0 success, 1 internal failure, 2 bad usage or bad input, 130 interrupted.\n");
    return text;
}

PluginRegistry::Options CommandParser::registryOptions() const {
    PluginRegistry::Options options;
    // The registry resolves relative folders against the application directory; a folder typed in a
    // shell means the current directory.
    for (const QString& dir : m_parser.values(kPluginDirOption))
        options.extraDirs << QFileInfo(dir).absoluteFilePath();
    QStringList modelDirs;
    for (const QString& dir : m_parser.values(kModelDirOption))
        modelDirs << QFileInfo(dir).absoluteFilePath();
    options.context.modelDirs = modelSearchDirs(modelDirs);
    return options;
}

double parseNumber(const QString& option, const QString& text, double lo, double hi) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < lo || value > hi)
        throw Error(
            ErrorCode::BadInput,
            Cli::tr("--%1 must be a number in [%2, %3], not '%4'.").arg(option).arg(lo).arg(hi).arg(text));
    return value;
}

qint64 parsePositiveInteger(const QString& option, const QString& text) {
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 1)
        throw Error(ErrorCode::BadInput,
                    Cli::tr("--%1 must be a whole number of at least 1, not '%2'.").arg(option, text));
    return value;
}

std::shared_ptr<const AttentionModel> requireModel(const PluginRegistry& registry, const QString& id) {
    if (id.isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("--model needs a model id; run '%1 models' to list them.")
                                             .arg(QLatin1String(kProgramName)));
    if (auto model = registry.model(id))
        return model;
    if (registry.models().empty())
        throw Error(ErrorCode::BadInput,
                    Cli::tr("Unknown model '%1': no models are available; run '%2 plugins' to see why.")
                        .arg(id, QLatin1String(kProgramName)));
    throw Error(ErrorCode::BadInput,
                Cli::tr("Unknown model '%1'; run '%2 models' to list the available models.")
                    .arg(id, QLatin1String(kProgramName)));
}

} // namespace al::cli
