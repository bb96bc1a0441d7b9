// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>

namespace al {

class AttentionModel;

/// Runs a model off the GUI thread, one run at a time. A request made while a run is in flight replaces any
/// older waiting request, so a finger dragging the digit always sees the newest position, never a backlog.
class KioskRunner : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        ModelResult result;
        cv::Mat image; ///< the input the result belongs to (BGR)
        QString error; ///< non-empty when the run failed
    };

    explicit KioskRunner(QObject* parent = nullptr);
    ~KioskRunner() override;

    void request(std::shared_ptr<const AttentionModel> model, const ModelInput& input);
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void finished(const al::KioskRunner::Outcome& outcome);

private:
    void start(std::shared_ptr<const AttentionModel> model, const ModelInput& input);
    void onFinished();

    QFutureWatcher<Outcome> m_watcher;
    std::optional<std::pair<std::shared_ptr<const AttentionModel>, ModelInput>> m_pending;
};

} // namespace al
