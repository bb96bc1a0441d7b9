// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"

#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QAreaSeries;
class QValueAxis;

namespace al {

/// Histogram (Qt Charts) of the displayed map's values after normalisation, with its raw statistics.
class HistogramPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 64;

    explicit HistogramPanel(QWidget* parent = nullptr);

    /// Recomputes from `map` normalised with `options`; nullptr clears the chart.
    void setMap(const AttentionMap* map, const RenderOptions& options);
    /// Counts per bin of the last map (empty when cleared).
    QVector<int> binCounts() const { return m_counts; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLineSeries* m_upper = nullptr;
    QAreaSeries* m_area = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QLabel* m_stats = nullptr;
    QVector<int> m_counts;
    QString m_mapTitle;
    float m_min = 0.f, m_max = 0.f, m_mean = 0.f;
};

} // namespace al
