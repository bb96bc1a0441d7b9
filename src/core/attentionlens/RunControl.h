// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace al {

/// Progress and cancellation contract for every long run (models, batch evaluation, video export).
///
/// A RunControl is cheap to copy; copies share one cancel flag. report() may be called from any thread
/// (the callback must be thread-safe; the GUI forwards it with a queued signal). Long loops call
/// throwIfCancelled() at least every ~50 ms of work; it throws al::Error(ErrorCode::Cancelled).
class RunControl {
public:
    using ProgressFn = std::function<void(double fraction, const QString& stage)>;

    RunControl();
    explicit RunControl(ProgressFn progress);

    /// fraction in [0,1] of this control's range; stage is a short, translated label.
    void report(double fraction, const QString& stage = {}) const;
    bool isCancelled() const noexcept;
    void throwIfCancelled() const;
    /// Request cancellation; thread-safe.
    void cancel() const noexcept;

    /// A control whose [0,1] maps onto [from,to] of this one; shares the cancel flag.
    RunControl subRange(double from, double to) const;

private:
    ProgressFn m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    double m_from = 0.0;
    double m_to = 1.0;
};

} // namespace al
