// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace al {

/// Watches every input event of the application (an event filter on qApp) and runs the two inactivity
/// timers of the kiosk: after `attractAfter` without input idleForAttract() fires, after `resetAfter`
/// idleForReset(). Any touch, click, key or wheel restarts both. It also refuses every QFileDialog that any
/// widget tries to show (the kiosk must never expose the file system), counting the refusals.
class KioskActivity : public QObject {
    Q_OBJECT
public:
    KioskActivity(int attractAfterMs, int resetAfterMs, QObject* parent = nullptr);
    ~KioskActivity() override;

    /// Restarts the inactivity timers (as if the visitor had just touched the screen).
    void restart();
    /// While armed, the next touch or click gesture (press, moves, release, and any mouse events Qt
    /// synthesises from the touch) is consumed: it only wakes the kiosk up and must not also press whatever
    /// button lies under the finger.
    void setSwallowPresses(bool swallow) { m_swallow = swallow; }
    int refusedFileDialogs() const { return m_refusedDialogs; }
    /// Hands memory freed by a reset (demo pages, results) back to the system; the C library otherwise keeps
    /// it for reuse and the idle RSS only grows. No-op where the C library offers no way.
    static void releaseFreedMemory();
    qint64 idleMs() const { return m_sinceInput.elapsed(); }

signals:
    void userActivity();
    void idleForAttract();
    void idleForReset();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_attract;
    QTimer m_reset;
    QElapsedTimer m_sinceInput;
    bool swallowGesture(QEvent* event);

    bool m_swallow = false;
    bool m_inSwallowedGesture = false;
    int m_refusedDialogs = 0;
};

} // namespace al
