// SPDX-License-Identifier: MIT
#include "StatusBarController.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <cmath>

namespace al {

StatusBarController::StatusBarController(QStatusBar* bar) : QObject(bar) {
    m_running = new QLabel;
    m_running->setObjectName("runningLabel");
    m_progress = new QProgressBar;
    m_progress->setObjectName("runProgress");
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    m_readout = new QLabel;
    m_readout->setObjectName("valueReadout");
    m_readout->setMinimumWidth(220);
    m_lastRun = new QLabel;
    m_lastRun->setObjectName("lastRunLabel");
    bar->addWidget(m_running, 1);
    bar->addWidget(m_progress);
    bar->addPermanentWidget(m_readout);
    bar->addPermanentWidget(m_lastRun);
    retranslate();
}

void StatusBarController::setRunning(const QString& modelName) {
    m_isRunning = true;
    m_cancelling = false;
    m_modelName = modelName;
    m_stage.clear();
    m_progress->setValue(0);
    m_progress->show();
    retranslate();
}

void StatusBarController::setProgress(double fraction, const QString& stage) {
    m_progress->setValue(int(std::lround(fraction * 1000.0)));
    if (!m_cancelling && !stage.isEmpty() && stage != m_stage) {
        m_stage = stage;
        retranslate();
    }
}

void StatusBarController::setIdle(std::function<QString()> message) {
    m_isRunning = false;
    m_progress->hide();
    m_idleMessage = std::move(message);
    retranslate();
}

void StatusBarController::setCancelling() {
    if (!m_isRunning)
        return;
    m_cancelling = true;
    retranslate();
}

void StatusBarController::setLastRun(double elapsedMs) {
    m_lastMs = elapsedMs;
    retranslate();
}

void StatusBarController::setReadout(const QString& text) {
    m_readout->setText(text);
}
QString StatusBarController::readout() const {
    return m_readout->text();
}
QString StatusBarController::runningText() const {
    return m_running->text();
}
bool StatusBarController::progressVisible() const {
    return m_progress->isVisible();
}

void StatusBarController::retranslate() {
    if (m_isRunning) {
        const QString text = tr("Running %1…").arg(m_modelName);
        const QString stage = m_cancelling ? tr("cancelling…") : m_stage;
        m_running->setText(stage.isEmpty() ? text : tr("%1 %2").arg(text, stage));
    } else {
        m_running->setText(m_idleMessage ? m_idleMessage() : tr("Ready"));
    }
    m_lastRun->setText(m_lastMs < 0 ? tr("No run yet")
                                    : tr("Last run: %1 ms").arg(QLocale().toString(m_lastMs, 'f', 0)));
}

} // namespace al
