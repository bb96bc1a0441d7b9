// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// Handlers of the sub-commands, one file per command group. Each parses its own options (element 0 of
/// `args` is the program name), returns an exit code and may throw al::Error, which dispatch() reports.
namespace al::cli {

int modelsCommand(const QStringList& args);  // InfoCommands.cpp
int pluginsCommand(const QStringList& args); // InfoCommands.cpp
int runCommand(const QStringList& args);     // RunCommand.cpp
int evaluateCommand(const QStringList& args); // EvaluateCommand.cpp
int doctorCommand(const QStringList& args);   // DoctorCommand.cpp

} // namespace al::cli
