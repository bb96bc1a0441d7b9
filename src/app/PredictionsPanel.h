// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QStackedWidget;
class QValueAxis;

namespace al {

/// Top-k predictions of the last run as horizontal bars (Qt Charts), the best class at the top. Models
/// without predictions show a one-line explanation instead of an empty chart.
class PredictionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictionsPanel(QWidget* parent = nullptr);

    /// Shows the predictions of `result`; nullptr (no run yet) shows the empty state.
    void setResult(const ModelResult* result);
    bool hasPredictions() const { return !m_labels.isEmpty(); }
    /// Labels and scores as shown, best first (tests read them).
    QStringList labels() const { return m_labels; }
    QVector<double> scores() const { return m_scores; }
    /// Number of bars in the chart's series.
    int barCount() const;
    QChartView* chartView() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QHorizontalBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_axisY = nullptr;
    QValueAxis* m_axisX = nullptr;
    QStringList m_labels;
    QVector<double> m_scores;
    bool m_hasResult = false;
    bool m_probabilities = true;
};

} // namespace al
