// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionMap.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

namespace al {

/// A channel-attention map (kind Channel, 1 x C) as one bar per channel (Qt Charts): stretching a 1 x C strip
/// over the image would suggest a spatial meaning it does not have.
class ChannelChart : public QWidget {
    Q_OBJECT
public:
    explicit ChannelChart(QWidget* parent = nullptr);

    /// Shows the weights of `map`; nullptr or a non-channel map clears the chart.
    void setMap(const AttentionMap* map);
    /// Number of bars shown (= channels of the map).
    int barCount() const;
    QChartView* chartView() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QString m_title;
};

} // namespace al
