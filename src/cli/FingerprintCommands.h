// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// Handlers of the `fingerprint` sub-commands. Each receives the arguments without "fingerprint" and
/// without the sub-command name (element 0 is the program), parses its own options, returns an exit
/// code and may throw al::Error, which dispatch() reports.
namespace al::cli {

int fingerprintGenerate(const QStringList& args); // FingerprintCommand.cpp
int fingerprintEvaluate(const QStringList& args); // FingerprintCommand.cpp
int fingerprintAnalyze(const QStringList& args);  // FingerprintAnalyzeCommand.cpp (fp-pipe)
int fingerprintMatch(const QStringList& args);    // FingerprintAnalyzeCommand.cpp (fp-pipe)

} // namespace al::cli
