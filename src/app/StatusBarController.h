// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace al {

/// The status bar's permanent widgets: what is running with a progress bar, the value under the cursor
/// and the time the last run took.
class StatusBarController : public QObject {
    Q_OBJECT
public:
    explicit StatusBarController(QStatusBar* bar);

    void setRunning(const QString& modelName);
    void setProgress(double fraction, const QString& stage);
    /// Shows that a cancel was requested; the worker may need a moment to reach its next check.
    void setCancelling();
    /// `message` is called now and again after a language change, so the text follows the language.
    void setIdle(std::function<QString()> message);
    void setLastRun(double elapsedMs);
    /// Empty clears the read-out.
    void setReadout(const QString& text);
    QString readout() const;
    QString runningText() const;
    bool progressVisible() const;

    /// Re-creates texts that were built in the previous language.
    void retranslate();

private:
    QLabel* m_running = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_lastRun = nullptr;
    std::function<QString()> m_idleMessage;
    QString m_modelName;
    QString m_stage;
    double m_lastMs = -1.0;
    bool m_isRunning = false;
    bool m_cancelling = false;
};

} // namespace al
