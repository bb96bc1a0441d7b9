// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/RunControl.h"

#include <csignal>

namespace al::cli {

/// While alive, Ctrl+C (SIGINT) cancels `control` instead of killing the process, so the model stops at
/// its next throwIfCancelled() and the command exits 130 without writing anything. A second Ctrl+C
/// gets the default behaviour (immediate termination). One guard at a time.
class InterruptGuard {
public:
    explicit InterruptGuard(const RunControl& control);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    RunControl m_control; ///< a copy sharing the caller's cancel flag
    struct sigaction m_previous {};
    bool m_installed = false;
};

} // namespace al::cli
