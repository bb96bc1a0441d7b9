// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <span>

namespace al {
class Error;
}

namespace al::cli {

/// Translation context of every user-visible CLI string.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(al::Cli)
};

/// Exit codes; docs/cli.md and the global --help list them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;       ///< internal failure: a plugin failed, a write failed
inline constexpr int kExitUsage = 2;         ///< bad usage or bad input
inline constexpr int kExitInterrupted = 130; ///< cancelled with Ctrl+C (128 + SIGINT)

inline constexpr char kProgramName[] = "attentionlens-cli";

/// One sub-command. `run` receives the arguments without the command name; element 0 is the program.
struct Command {
    const char* name;
    const char* summary; ///< marked with QT_TRANSLATE_NOOP("al::Cli", ...), translated when printed
    int (*run)(const QStringList& args);
};

/// Adds a command group defined in its own file, from a namespace-scope constant:
/// `const CommandRegistrar kVideo{{"video", QT_TRANSLATE_NOOP("al::Cli", "..."), videoCommand}, 100};`
/// The help lists built-ins first, then registered commands by `order`, then `help`.
struct CommandRegistrar {
    CommandRegistrar(Command command, int order);
};

/// Every command, in the order the help lists them.
std::span<const Command> commands();
const Command* findCommand(const QString& name);

/// Entry point after QCoreApplication is constructed: finds the command and runs it. Never throws.
int dispatch(const QStringList& arguments);

/// Standard output shared by all commands (UTF-8, flushed at exit).
QTextStream& out();

/// Prints rows as left-aligned columns separated by two spaces, each line prefixed by `indent`.
void printTable(const QList<QStringList>& rows, const QString& indent = {});

/// The --progress callback of every command: "attentionlens-cli: progress: <percent>% <stage>" on stderr, one
/// line per change of the whole percentage or the stage. Thread-safe.
void printProgress(double fraction, const QString& stage);

/// Prints "attentionlens-cli: error: <message>" as exactly one line on stderr.
void printError(const QString& message);

/// Prints the error and returns its exit code (130 for a cancelled run).
int reportError(const al::Error& error);

} // namespace al::cli
