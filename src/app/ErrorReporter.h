// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace al {

/// The one place the app reports an error to the user. Shows a non-blocking QMessageBox (open(), never
/// exec()) and emits reported(), so tests can capture errors without a modal dialog.
class ErrorReporter : public QObject {
    Q_OBJECT
public:
    explicit ErrorReporter(QWidget* dialogParent, QObject* parent = nullptr);

    /// When false, no message box is shown at all (tests); the signal is still emitted.
    void setShowDialogs(bool show) { m_showDialogs = show; }
    bool showDialogs() const { return m_showDialogs; }

    /// `title` is a short translated heading; `message` names the file/model and says what to do.
    void report(const QString& title, const QString& message);

    QString lastMessage() const { return m_lastMessage; }
    int count() const { return m_count; }

signals:
    void reported(const QString& title, const QString& message);

private:
    QPointer<QWidget> m_parent;
    bool m_showDialogs = true;
    QString m_lastMessage;
    int m_count = 0;
};

} // namespace al
