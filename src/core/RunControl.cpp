// SPDX-License-Identifier: MIT
#include "attentionlens/RunControl.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <algorithm>

namespace al {

RunControl::RunControl() : m_cancel(std::make_shared<std::atomic_bool>(false)) {}

RunControl::RunControl(ProgressFn progress)
    : m_progress(std::move(progress)), m_cancel(std::make_shared<std::atomic_bool>(false)) {}

void RunControl::report(double fraction, const QString& stage) const {
    if (!m_progress)
        return;
    const double f = std::clamp(fraction, 0.0, 1.0);
    m_progress(m_from + f * (m_to - m_from), stage);
}

bool RunControl::isCancelled() const noexcept {
    return m_cancel->load(std::memory_order_relaxed);
}

void RunControl::throwIfCancelled() const {
    if (isCancelled())
        throw Error(ErrorCode::Cancelled, QCoreApplication::translate("al::RunControl", "Cancelled."));
}

void RunControl::cancel() const noexcept {
    m_cancel->store(true, std::memory_order_relaxed);
}

RunControl RunControl::subRange(double from, double to) const {
    RunControl sub = *this;
    const double span = m_to - m_from;
    sub.m_from = m_from + std::clamp(from, 0.0, 1.0) * span;
    sub.m_to = m_from + std::clamp(to, 0.0, 1.0) * span;
    return sub;
}

} // namespace al
