// SPDX-License-Identifier: MIT
#include "attentionlens/Error.h"

namespace al {

Error::Error(ErrorCode code, const QString& message)
    : std::runtime_error(message.toStdString()), m_code(code), m_message(message) {}

int Error::exitCode() const noexcept {
    switch (m_code) {
    case ErrorCode::BadInput:
    case ErrorCode::TooLarge:
        return 2;
    case ErrorCode::Cancelled:
    case ErrorCode::PluginFailure:
    case ErrorCode::Internal:
        break;
    }
    return 1;
}

} // namespace al
