// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/Error.h"
#include "attentionlens/ModelTypes.h"
#include "attentionlens/RunControl.h"

#include <QObject>
#include <memory>
#include <vector>

namespace al {

/// Runs al::runModel off the GUI thread (QtConcurrent::run + QFutureWatcher).
///
/// The task receives copies only (the input Mat, the params, a shared_ptr to the model), so nothing on
/// the GUI side can dangle. Progress is forwarded from the worker with a queued signal. Starting a new run
/// cancels the one in flight; its late outcome is dropped. The destructor cancels and waits.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    bool isRunning() const { return m_current != 0; }
    /// Starts a run; a run already in flight is cancelled first.
    void start(std::shared_ptr<const AttentionModel> model, const ModelInput& input,
               const ParamValues& params);
    /// Cancels the current run (if any); cancelled() follows once the worker has stopped.
    void cancel();
    /// The parameters of the last started run (tests and the status bar read them).
    ParamValues lastParams() const { return m_lastParams; }

signals:
    void started(const QString& modelId);
    void progressChanged(double fraction, const QString& stage);
    void succeeded(const al::ModelResult& result);
    void failed(const QString& modelId, al::ErrorCode code, const QString& message);
    void cancelled();
    void runningChanged(bool running);

    /// Internal: emitted on the worker thread, delivered queued on the GUI thread.
    void workerProgress(quint64 runId, double fraction, const QString& stage);

public:
    struct Outcome; ///< result or error of one run (defined in the .cpp)

private:
    struct Job;
    void onJobFinished(quint64 runId);
    void onWorkerProgress(quint64 runId, double fraction, const QString& stage);

    std::vector<std::unique_ptr<Job>> m_jobs;
    quint64 m_nextId = 1;
    quint64 m_current = 0;
    ParamValues m_lastParams;
};

} // namespace al
