// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <stdexcept>

namespace al {

/// What went wrong, coarse enough for the CLI to map onto an exit code.
enum class ErrorCode {
    BadInput,      ///< missing, unreadable, corrupt or unsupported input; an unknown model or parameter
    TooLarge,      ///< input over a configured limit (pixels, tokens, bytes)
    Cancelled,     ///< the user cancelled a long run
    PluginFailure, ///< a plugin threw or returned something malformed
    Internal,      ///< a bug or an environment failure (disk full, out of memory)
};

/// The one exception type the core throws. Errors are values until the edge: the GUI shows message(),
/// the CLI prints it on one stderr line and exits with exitCode().
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const QString& message);

    ErrorCode code() const noexcept { return m_code; }
    QString message() const { return m_message; }
    /// CLI exit code: 2 for bad usage or bad input (BadInput, TooLarge), 1 for everything else.
    int exitCode() const noexcept;

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace al
