// SPDX-License-Identifier: MIT
#include "Interrupt.h"

#include <atomic>

namespace al::cli {

namespace {

// Read from the signal handler: a lock-free atomic pointer, set before the handler is installed.
std::atomic<const RunControl*> g_control{nullptr};
static_assert(std::atomic<const RunControl*>::is_always_lock_free);

extern "C" void onSigint(int) {
    // RunControl::cancel() is a relaxed store to a lock-free atomic_bool: async-signal-safe.
    if (const RunControl* control = g_control.load())
        control->cancel();
}

} // namespace

InterruptGuard::InterruptGuard(const RunControl& control) : m_control(control) {
    g_control.store(&m_control);
    struct sigaction action {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // the second Ctrl+C terminates as usual
    m_installed = sigaction(SIGINT, &action, &m_previous) == 0;
}

InterruptGuard::~InterruptGuard() {
    if (m_installed)
        sigaction(SIGINT, &m_previous, nullptr);
    g_control.store(nullptr);
}

} // namespace al::cli
