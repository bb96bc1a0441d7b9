// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Intervention.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QVector>
#include <QWidget>
#include <memory>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QValueAxis;

namespace al {

class InterventionMaskCanvas;

/// The causal test of the CBAM step-through: pick what replaces the stage's spatial attention (uniform,
/// inverted, shifted, random, or a painted mask), run the rest of the network off the GUI thread, and see
/// the predictions before and after as bars, next to the accuracy under each intervention over the test
/// set (from the model card).
class InterventionPanel : public QWidget {
    Q_OBJECT
public:
    enum class Choice { Uniform, Inverted, Shift, Random, Mask };

    explicit InterventionPanel(QWidget* parent = nullptr);
    ~InterventionPanel() override;

    /// What the next run uses. `intervener` may be null (the panel then shows why it is disabled);
    /// `trueGate` is the stage's own gate on this image (CV_32F grid), shown under the mask canvas.
    void setContext(std::shared_ptr<const Intervener> intervener, const cv::Mat& imageBgr, int stage,
                    const QJsonObject& card, const cv::Mat& trueGate);

    void setChoice(Choice choice);
    void setShift(int dx, int dy);
    InterventionSpec currentSpec() const;
    InterventionMaskCanvas* canvas() const { return m_canvas; }
    QPushButton* runButton() const { return m_run; }

    /// Starts a run (no-op while one is running or without a context).
    void run();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Shown labels and scores of the last finished run (tests read them), top classes before the run.
    QStringList labels() const { return m_labels; }
    QVector<double> scoresBefore() const { return m_before; }
    QVector<double> scoresAfter() const { return m_after; }
    QString statusText() const;
    /// Bars in the accuracy-under-intervention chart (one per intervention in the card).
    int accuracyBarCount() const;

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome {
        InterventionResult result;
        QString error;
    };
    void buildOptions();
    void buildCharts();
    void showOutcome();
    void showCardAccuracy();
    void retranslate();

    std::shared_ptr<const Intervener> m_intervener;
    cv::Mat m_image;
    int m_stage = 0;
    QJsonObject m_card;
    QFutureWatcher<Outcome> m_watcher;

    QComboBox* m_choice = nullptr;
    QStackedWidget* m_options = nullptr;
    QSpinBox* m_dx = nullptr;
    QSpinBox* m_dy = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_brush = nullptr;
    QPushButton* m_clear = nullptr;
    InterventionMaskCanvas* m_canvas = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_shiftLabel = nullptr;
    QLabel* m_seedLabel = nullptr;
    QLabel* m_brushLabel = nullptr;
    QChartView* m_predView = nullptr;
    QChartView* m_accView = nullptr;
    QChart* m_predChart = nullptr;
    QBarSet* m_beforeSet = nullptr;
    QBarSet* m_afterSet = nullptr;
    QBarCategoryAxis* m_predAxis = nullptr;
    QValueAxis* m_predValues = nullptr;
    QChart* m_accChart = nullptr;
    QBarSet* m_accSet = nullptr;
    QBarCategoryAxis* m_accAxis = nullptr;
    QValueAxis* m_accValues = nullptr;
    QStringList m_labels;
    QVector<double> m_before;
    QVector<double> m_after;
    QString m_lastError;
    bool m_hasOutcome = false;
    bool m_lastChanged = false;
};

} // namespace al
