// SPDX-License-Identifier: MIT
#include "KioskRunner.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace al {

KioskRunner::KioskRunner(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &KioskRunner::onFinished);
}

KioskRunner::~KioskRunner() {
    // The task holds its own copies (model and input), so waiting is only about not emitting into a dead
    // object.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void KioskRunner::request(std::shared_ptr<const AttentionModel> model, const ModelInput& input) {
    if (!model)
        return;
    if (m_watcher.isRunning()) {
        m_pending.emplace(std::move(model), input);
        return;
    }
    start(std::move(model), input);
}

void KioskRunner::start(std::shared_ptr<const AttentionModel> model, const ModelInput& input) {
    m_watcher.setFuture(QtConcurrent::run([model, input]() {
        Outcome outcome;
        outcome.image = input.image;
        try {
            outcome.result = runModel(*model, input, ParamValues());
        } catch (const Error& e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void KioskRunner::onFinished() {
    const Outcome outcome = m_watcher.result();
    if (m_pending) {
        auto next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next.first), next.second);
    }
    emit finished(outcome);
}

} // namespace al
