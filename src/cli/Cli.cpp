// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "Commands.h"

#include "attentionlens/Error.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <exception>
#include <limits>
#include <mutex>
#include <vector>

namespace al::cli {

namespace {

int helpCommand(const QStringList& args);

// The built-in commands; command groups in their own files add themselves with a CommandRegistrar.
const std::array kBuiltinCommands = {
    Command{"models", QT_TRANSLATE_NOOP("al::Cli", "List every available model."), modelsCommand},
    Command{"plugins", QT_TRANSLATE_NOOP("al::Cli", "Show the plugin report, including plugins that failed."),
            pluginsCommand},
    Command{"run", QT_TRANSLATE_NOOP("al::Cli", "Run a model on an image and write overlay, map and JSON."),
            runCommand},
    Command{"evaluate",
            QT_TRANSLATE_NOOP("al::Cli", "Measure accuracy and pointing game of a model on a data set."),
            evaluateCommand},
    Command{"doctor",
            QT_TRANSLATE_NOOP("al::Cli",
                              "Check an ONNX model: import problems with their fixes, attention nodes."),
            doctorCommand},
};

struct Registered {
    Command command;
    int order;
};

// Function-local so that registrars in other translation units can run before or after this one.
std::vector<Registered>& registered() {
    static std::vector<Registered> list;
    return list;
}

// Built-ins first (order 0..), then registered groups by their order, then help.
const std::vector<Command>& allCommands() {
    static const std::vector<Command> list = [] {
        std::vector<Registered> rows = registered();
        for (std::size_t i = 0; i < kBuiltinCommands.size(); ++i)
            rows.push_back({kBuiltinCommands[i], int(i)});
        rows.push_back(
            {Command{"help", QT_TRANSLATE_NOOP("al::Cli", "Show the help of a command."), helpCommand},
             std::numeric_limits<int>::max()});
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Registered& a, const Registered& b) { return a.order < b.order; });
        std::vector<Command> commands;
        for (const Registered& row : rows)
            commands.push_back(row.command);
        return commands;
    }();
    return list;
}

QString globalHelp() {
    const QString program = QLatin1String(kProgramName);
    QString text = Cli::tr("Usage: %1 <command> [options]\n\n"
                           "See and explain the attention maps of neural networks and saliency models.\n\n"
                           "Commands:\n")
                       .arg(program);
    for (const Command& command : allCommands())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(command.name), -10)
                    .arg(QCoreApplication::translate("al::Cli", command.summary));
    text += Cli::tr("\nGlobal options:\n"
                    "  --plugin-dir DIR  Also search DIR for plugins (repeatable).\n"
                    "  --model-dir DIR   Also search DIR for model packages (repeatable).\n"
                    "  -h, --help        Show this help, or a command's help after the command.\n"
                    "  --version         Show the version.\n\n"
                    "Environment:\n"
                    "  ATTENTIONLENS_PLUGIN_PATH  ':'-separated folders searched for plugins.\n"
                    "  ATTENTIONLENS_MODEL_PATH   ':'-separated folders searched for model packages.\n\n"
                    "Exit codes:\n"
                    "  0    success\n"
                    "  1    internal failure (a plugin failed, a file could not be written)\n"
                    "  2    bad usage or bad input (the error line on stderr names the problem)\n"
                    "  130  interrupted with Ctrl+C; nothing was written\n\n"
                    "Run '%1 help <command>' for the options of a command.\n")
                .arg(program);
    return text;
}

int helpCommand(const QStringList& args) {
    QStringList rest = args.mid(1);
    rest.removeAll(QStringLiteral("--help"));
    rest.removeAll(QStringLiteral("-h"));
    if (rest.isEmpty()) {
        out() << globalHelp();
        return kExitOk;
    }
    const QString& name = rest.first();
    const Command* command = findCommand(name);
    if (!command || QLatin1String(command->name) == QLatin1String("help") || rest.size() > 1) {
        printError(rest.size() > 1
                       ? Cli::tr("Help takes one command name.")
                       : Cli::tr("Unknown command '%1'; run '%2 --help' for the list of commands.")
                             .arg(name, QLatin1String(kProgramName)));
        return kExitUsage;
    }
    return command->run({args.first(), QStringLiteral("--help")});
}

// The index of the command name: the first argument that is neither an option nor the value of a global
// option, so that "attentionlens-cli --plugin-dir X run ..." works too.
qsizetype commandIndex(const QStringList& args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--plugin-dir") || arg == QLatin1String("--model-dir")) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

int dispatchWithoutCommand(const QStringList& args) {
    const QStringList options = args.mid(1);
    if (options.contains(QLatin1String("--help")) || options.contains(QLatin1String("-h"))) {
        out() << globalHelp();
        return kExitOk;
    }
    if (options.contains(QLatin1String("--version"))) {
        out() << kProgramName << ' ' << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    for (const QString& option : options) {
        const bool global = option == QLatin1String("--plugin-dir") ||
                            option == QLatin1String("--model-dir") ||
                            option.startsWith(QLatin1String("--plugin-dir=")) ||
                            option.startsWith(QLatin1String("--model-dir="));
        if (!global) {
            printError(
                Cli::tr("Unknown option '%1'; run '%2 --help'.").arg(option, QLatin1String(kProgramName)));
            return kExitUsage;
        }
    }
    printError(Cli::tr("No command given; run '%1 --help' for the list of commands.")
                   .arg(QLatin1String(kProgramName)));
    return kExitUsage;
}

int dispatchOrThrow(const QStringList& arguments) {
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return dispatchWithoutCommand(arguments);
    const QString name = arguments.at(index);
    const Command* command = findCommand(name);
    if (!command) {
        printError(Cli::tr("Unknown command '%1'; run '%2 --help' for the list of commands.")
                       .arg(name, QLatin1String(kProgramName)));
        return kExitUsage;
    }
    QStringList rest = arguments;
    rest.removeAt(index);
    return command->run(rest);
}

} // namespace

CommandRegistrar::CommandRegistrar(Command command, int order) {
    registered().push_back({command, order});
}

std::span<const Command> commands() {
    return allCommands();
}

const Command* findCommand(const QString& name) {
    for (const Command& command : allCommands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printProgress(double fraction, const QString& stage) {
    static std::mutex mutex;
    static int lastPercent = -1;
    static QString lastStage;
    const int percent = qRound(fraction * 100);
    const std::lock_guard lock(mutex);
    if (percent == lastPercent && stage == lastStage)
        return;
    lastPercent = percent;
    lastStage = stage;
    const QString line = Cli::tr("progress: %1% %2").arg(percent).arg(stage).trimmed();
    std::fprintf(stderr, "%s: %s\n", kProgramName, line.toLocal8Bit().constData());
    std::fflush(stderr);
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

void printTable(const QList<QStringList>& rows, const QString& indent) {
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    for (const QStringList& row : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out() << line << '\n';
    }
}

void printError(const QString& message) {
    // Exactly one line, whatever the message contains, so scripts can grep it.
    const QString line = message.simplified();
    out().flush(); // keep stdout and stderr in order on a terminal
    std::fprintf(stderr, "%s: error: %s\n", kProgramName, line.toLocal8Bit().constData());
    std::fflush(stderr);
}

int reportError(const Error& error) {
    if (error.code() == ErrorCode::Cancelled) {
        printError(Cli::tr("Interrupted; nothing was written."));
        return kExitInterrupted;
    }
    printError(error.message());
    return error.exitCode();
}

int dispatch(const QStringList& arguments) {
    int code = kExitFailure;
    try {
        code = dispatchOrThrow(arguments);
    } catch (const Error& error) {
        code = reportError(error);
    } catch (const std::exception& e) {
        printError(Cli::tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        code = kExitFailure;
    } catch (...) {
        printError(Cli::tr("Internal error of unknown type."));
        code = kExitFailure;
    }
    out().flush();
    return code;
}

} // namespace al::cli
