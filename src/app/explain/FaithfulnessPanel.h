// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Error.h"
#include "attentionlens/Faithfulness.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QValueAxis;

namespace al {

class ErrorReporter;
class ImageSession;
class PluginRegistry;
class RunController;

/// The Metrics dock: checks whether the current attention map is faithful to the model. Computes an
/// occlusion or RISE map from the model's output alone, draws the deletion and insertion curves of the
/// model's map next to those of the perturbation map, and shows their areas and rank correlation. The
/// perturbation map is added to the run's maps so it can be overlaid like any other. Runs off the GUI thread.
class FaithfulnessPanel : public QWidget {
    Q_OBJECT
public:
    FaithfulnessPanel(const PluginRegistry& registry, ImageSession* session, RunController* runner,
                      ErrorReporter* errors, QWidget* parent = nullptr);
    ~FaithfulnessPanel() override;

    /// Starts a check of the current result (what the Check button does); false when there is none.
    bool check();
    void cancel();
    bool isRunning() const;
    /// The last finished check (tests read it).
    const std::optional<FaithfulnessReport>& report() const { return m_report; }
    QChart* chart() const { return m_chart; }

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void onFinished();
    void showReport();
    ExplainOptions options() const;

    const PluginRegistry& m_registry;
    ImageSession* m_session;
    RunController* m_runner;
    ErrorReporter* m_errors;
    QComboBox* m_method = nullptr;
    QSpinBox* m_patch = nullptr;
    QSpinBox* m_masks = nullptr;
    QLabel* m_patchLabel = nullptr;
    QLabel* m_masksLabel = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QChart* m_chart = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    std::array<QLineSeries*, 4> m_series{};
    /// What the worker hands back: QtConcurrent would wrap an al::Error in QUnhandledException.
    struct Outcome {
        std::optional<FaithfulnessReport> report;
        ErrorCode code = ErrorCode::Internal;
        QString message;
    };
    QFutureWatcher<Outcome> m_watcher;
    RunControl m_control;
    ExplainOptions m_running;
    std::optional<FaithfulnessReport> m_report;
};

} // namespace al
