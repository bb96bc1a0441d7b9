// SPDX-License-Identifier: MIT
#include "ErrorReporter.h"

#include <QMessageBox>
#include <QWidget>

namespace al {

ErrorReporter::ErrorReporter(QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_parent(dialogParent) {}

void ErrorReporter::report(const QString& title, const QString& message) {
    m_lastMessage = message;
    ++m_count;
    emit reported(title, message);
    if (!m_showDialogs)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open() is window-modal and returns at once: no nested event loop, so a run in flight keeps going.
    box->open();
}

} // namespace al
