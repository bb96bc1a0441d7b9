// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/PluginRegistry.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace al::cli {

/// A QCommandLineParser for one sub-command that already knows the global options (--plugin-dir, --help)
/// and reports every parse error as al::Error(BadInput) instead of exiting.
class CommandParser {
public:
    CommandParser(const QString& command, const QString& description, const QString& positionalSyntax = {});

    void addOption(const QCommandLineOption& option);
    /// Documents a positional argument in the help (the count is checked by parse()).
    void addPositional(const QString& name, const QString& description, const QString& syntax);

    /// Parses `args` (element 0 is the program). Throws Error(BadInput) for an unknown option, a missing
    /// value or an unexpected argument. Returns false when --help was given; the help is then printed.
    bool parse(const QStringList& args, int maxPositional = 0);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    /// The help text with a usage line naming the command.
    QString helpText() const;
    /// Registry options from --plugin-dir, with --model-dir and the default model-package folders
    /// (modelSearchDirs()) as context; $ATTENTIONLENS_PLUGIN_PATH is read by the registry itself.
    PluginRegistry::Options registryOptions() const;

private:
    QString m_command;
    QString m_positionalSyntax;
    QCommandLineParser m_parser;
};

/// The option's value as a number in [lo, hi]; throws Error(BadInput) naming the option otherwise.
double parseNumber(const QString& option, const QString& text, double lo, double hi);
/// The option's value as an integer >= 1; throws Error(BadInput) naming the option otherwise.
qint64 parsePositiveInteger(const QString& option, const QString& text);

/// The model with this id; throws Error(BadInput) naming the id when it is unknown.
std::shared_ptr<const AttentionModel> requireModel(const PluginRegistry& registry, const QString& id);

} // namespace al::cli
