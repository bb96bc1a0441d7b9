// SPDX-License-Identifier: MIT
#include "RunController.h"

#include "attentionlens/PluginRegistry.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <optional>

namespace al {

/// What the worker hands back: a result or an error, never an exception across the thread boundary.
struct RunController::Outcome {
    std::optional<ModelResult> result;
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

struct RunController::Job {
    quint64 id = 0;
    QString modelId;
    RunControl control;
    QFutureWatcher<Outcome>* watcher = nullptr; ///< child of the controller, deleted later
};

namespace {

RunController::Outcome runTask(std::shared_ptr<const AttentionModel> model, ModelInput input,
                               ParamValues params, RunControl control) {
    RunController::Outcome outcome;
    try {
        outcome.result = runModel(*model, input, params, control);
    } catch (const Error& e) {
        outcome.code = e.code();
        outcome.message = e.message();
    } catch (const std::exception& e) {
        // runModel promises only al::Error; this is a safety net so a worker can never terminate the app.
        outcome.code = ErrorCode::PluginFailure;
        outcome.message = QString::fromLocal8Bit(e.what());
    } catch (...) {
        outcome.code = ErrorCode::PluginFailure;
    }
    return outcome;
}

} // namespace

RunController::RunController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<al::ModelResult>("al::ModelResult");
    qRegisterMetaType<al::ErrorCode>("al::ErrorCode");
    connect(this, &RunController::workerProgress, this, &RunController::onWorkerProgress,
            Qt::QueuedConnection);
}

RunController::~RunController() {
    for (auto& job : m_jobs)
        job->control.cancel();
    for (auto& job : m_jobs) {
        job->watcher->disconnect(this);
        job->watcher->waitForFinished();
    }
}

void RunController::start(std::shared_ptr<const AttentionModel> model, const ModelInput& input,
                          const ParamValues& params) {
    if (!model)
        return;
    const bool wasRunning = isRunning();
    if (wasRunning)
        cancel();

    auto job = std::make_unique<Job>();
    job->id = m_nextId++;
    job->modelId = model->id();
    const quint64 id = job->id;
    // The callback runs on the worker: emitting is thread-safe and the connection is queued. The
    // destructor waits for every job, so `this` outlives all callbacks.
    job->control = RunControl(
        [this, id](double fraction, const QString& stage) { emit workerProgress(id, fraction, stage); });
    job->watcher = new QFutureWatcher<Outcome>(this);
    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, id] { onJobFinished(id); });

    ModelInput inputCopy = input;
    inputCopy.image = input.image.clone();
    m_lastParams = params;
    m_current = id;
    job->watcher->setFuture(QtConcurrent::run(runTask, model, inputCopy, params, job->control));
    m_jobs.push_back(std::move(job));

    emit started(model->id());
    emit progressChanged(0.0, QString());
    if (!wasRunning)
        emit runningChanged(true);
}

void RunController::cancel() {
    for (auto& job : m_jobs) {
        if (job->id == m_current)
            job->control.cancel();
    }
}

void RunController::onWorkerProgress(quint64 runId, double fraction, const QString& stage) {
    if (runId == m_current)
        emit progressChanged(fraction, stage);
}

void RunController::onJobFinished(quint64 runId) {
    auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [runId](const auto& j) { return j->id == runId; });
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(*it);
    m_jobs.erase(it);
    // We are inside the watcher's own finished() emission: it must not be deleted right here.
    job->watcher->deleteLater();
    if (runId != m_current)
        return; // superseded by a newer run: drop the outcome silently

    m_current = 0;
    Outcome outcome = job->watcher->result();
    emit runningChanged(false);
    // A run cancelled after its last check may still return a result: drop it, the user asked to stop
    // (and the input may have been replaced since).
    if (job->control.isCancelled() || (!outcome.result && outcome.code == ErrorCode::Cancelled)) {
        emit cancelled();
    } else if (outcome.result) {
        emit succeeded(*outcome.result);
    } else {
        emit failed(job->modelId, outcome.code, outcome.message);
    }
}

} // namespace al
