// SPDX-License-Identifier: MIT
#include "KioskActivity.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace al {

KioskActivity::KioskActivity(int attractAfterMs, int resetAfterMs, QObject* parent) : QObject(parent) {
    m_attract.setSingleShot(true);
    m_attract.setInterval(attractAfterMs);
    m_reset.setSingleShot(true);
    m_reset.setInterval(resetAfterMs);
    connect(&m_attract, &QTimer::timeout, this, &KioskActivity::idleForAttract);
    connect(&m_reset, &QTimer::timeout, this, &KioskActivity::idleForReset);
    QCoreApplication::instance()->installEventFilter(this);
    restart();
}

KioskActivity::~KioskActivity() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void KioskActivity::releaseFreedMemory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void KioskActivity::restart() {
    m_sinceInput.start();
    m_attract.start();
    m_reset.start();
}

bool KioskActivity::swallowGesture(QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (!m_swallow && !m_inSwallowedGesture)
            return false;
        m_swallow = false;
        m_inSwallowedGesture = true;
        break;
    case QEvent::MouseMove:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchUpdate:
        if (!m_inSwallowedGesture)
            return false;
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        if (!m_inSwallowedGesture)
            return false;
        m_inSwallowedGesture = false;
        break;
    default:
        return false;
    }
    // Accepted, so Qt does not synthesise mouse events from the consumed touch.
    event->accept();
    return true;
}

bool KioskActivity::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Show:
        if (auto* dialog = qobject_cast<QFileDialog*>(watched)) {
            // Not reachable through the kiosk's own UI; this guards pages of other workspaces too.
            ++m_refusedDialogs;
            QMetaObject::invokeMethod(dialog, &QFileDialog::reject, Qt::QueuedConnection);
            dialog->hide();
            return true;
        }
        return QObject::eventFilter(watched, event);
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // The filter may see one event several times (window, then widget); restarting is idempotent.
        {
            // Decide before telling anyone: stopping the attract loop disarms the swallowing.
            const bool swallowed = swallowGesture(event);
            restart();
            emit userActivity();
            if (swallowed)
                return true;
            break;
        }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace al
