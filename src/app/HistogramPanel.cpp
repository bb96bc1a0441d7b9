// SPDX-License-Identifier: MIT
#include "HistogramPanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <opencv2/core.hpp>

namespace al {

HistogramPanel::HistogramPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    m_upper = new QLineSeries;
    auto* lower = new QLineSeries;
    lower->append(0.0, 0.0);
    lower->append(1.0, 0.0);
    m_area = new QAreaSeries(m_upper, lower);
    m_area->setColor(QColor(0x3d, 0x8b, 0xd9));
    m_area->setBorderColor(QColor(0x2a, 0x6c, 0xb0));
    m_chart = new QChart;
    m_chart->addSeries(m_area);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    m_axisX = new QValueAxis;
    m_axisX->setRange(0.0, 1.0);
    m_axisX->setTickCount(6);
    m_axisX->setLabelFormat("%.1f");
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat("%d");
    m_axisY->setTickCount(4);
    m_axisY->setRange(0, 1);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QValueAxis* axis : {m_axisX, m_axisY}) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_area->attachAxis(m_axisX);
    m_area->attachAxis(m_axisY);
    lower->setParent(m_area);
    m_view = new QChartView(m_chart);
    m_view->setObjectName("histogramView");
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);
    m_stats = new QLabel;
    m_stats->setObjectName("histogramStats");
    layout->addWidget(m_view, 1);
    layout->addWidget(m_stats);
    retranslate();
}

void HistogramPanel::setMap(const AttentionMap* map, const RenderOptions& options) {
    m_counts.clear();
    m_upper->clear();
    m_mapTitle.clear();
    if (map && !map->data.empty() && map->data.type() == CV_32FC1) {
        const cv::Mat norm = normalizeMap(map->data, options);
        m_counts.fill(0, kBins);
        for (int r = 0; r < norm.rows; ++r) {
            const float* row = norm.ptr<float>(r);
            for (int c = 0; c < norm.cols; ++c) {
                const int bin = std::clamp(int(row[c] * kBins), 0, kBins - 1);
                ++m_counts[bin];
            }
        }
        // A step outline: each bin is a flat segment from its left to its right edge.
        for (int i = 0; i < kBins; ++i) {
            m_upper->append(double(i) / kBins, m_counts[i]);
            m_upper->append(double(i + 1) / kBins, m_counts[i]);
        }
        const int peak = *std::max_element(m_counts.begin(), m_counts.end());
        m_axisY->setRange(0, std::max(1, int(peak * 1.05)));
        m_axisY->applyNiceNumbers();
        m_mapTitle = map->title.isEmpty() ? map->name : map->title;
        const MapStats s = map->stats(cv::Size(map->data.cols, map->data.rows));
        m_min = s.min;
        m_max = s.max;
        m_mean = s.mean;
    } else {
        m_axisY->setRange(0, 1);
    }
    retranslate();
}

void HistogramPanel::retranslate() {
    m_axisX->setTitleText(tr("Normalised value"));
    m_axisY->setTitleText(tr("Cells"));
    if (m_counts.isEmpty()) {
        m_stats->setText(tr("No map to show yet: open an image and run a model."));
    } else {
        m_stats->setText(tr("%1 — raw values: min %2 · max %3 · mean %4")
                             .arg(m_mapTitle)
                             .arg(m_min, 0, 'g', 4)
                             .arg(m_max, 0, 'g', 4)
                             .arg(m_mean, 0, 'g', 4));
    }
}

void HistogramPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
