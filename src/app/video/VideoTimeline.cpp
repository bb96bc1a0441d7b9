// SPDX-License-Identifier: MIT
#include "VideoTimeline.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>

namespace al {

VideoTimeline::VideoTimeline(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("videoTimeline"));
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    m_peak = new QLineSeries(chart);
    m_entropy = new QLineSeries(chart);
    m_weights = new QLineSeries(chart);
    m_cursor = new QLineSeries(chart);
    m_x = new QValueAxis(chart);
    m_y = new QValueAxis(chart);
    m_y->setRange(0.0, 1.05);
    m_x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* series : {m_peak, m_entropy, m_weights, m_cursor}) {
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    QPen cursorPen(Qt::darkGray);
    cursorPen.setStyle(Qt::DashLine);
    m_cursor->setPen(cursorPen);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &VideoTimeline::refresh);
    retranslate();
    setFrameCount(1);
    chart->legend()->markers(m_cursor).first()->setVisible(false);
}

void VideoTimeline::retranslate() {
    m_peak->setName(tr("Peak (relative)"));
    m_entropy->setName(tr("Entropy"));
    m_weights->setName(tr("Temporal attention (relative)"));
    m_x->setTitleText(tr("Frame"));
}

void VideoTimeline::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void VideoTimeline::setFrameCount(int frames) {
    m_frames = std::max(1, frames);
    m_x->setRange(0, std::max(1, m_frames - 1));
    setCurrentFrame(0);
}

void VideoTimeline::clearStats() {
    m_stats.clear();
    m_attention.clear();
    refresh();
}

void VideoTimeline::addStats(const FrameStats& stats) {
    m_stats.push_back(stats);
    if (!m_refresh->isActive())
        m_refresh->start();
}

void VideoTimeline::setScore(FrameScore score) {
    m_score = score;
    refresh();
}

void VideoTimeline::setTemperature(double temperature) {
    m_temperature = temperature > 0.0 ? temperature : m_temperature;
    refresh();
}

void VideoTimeline::setCurrentFrame(int frame) {
    m_cursor->replace(QList<QPointF>{QPointF(frame, 0.0), QPointF(frame, 1.05)});
}

void VideoTimeline::refresh() {
    m_refresh->stop();
    std::sort(m_stats.begin(), m_stats.end(),
              [](const FrameStats& a, const FrameStats& b) { return a.frame < b.frame; });
    std::vector<double> scores;
    float maxPeak = 0.f;
    for (const FrameStats& s : m_stats) {
        scores.push_back(frameScore(s, m_score));
        maxPeak = std::max(maxPeak, std::abs(s.peak));
    }
    m_attention = temporalAttention(scores, m_temperature);
    const double maxWeight =
        m_attention.empty() ? 1.0 : *std::max_element(m_attention.begin(), m_attention.end());
    QList<QPointF> peak, entropy, weights;
    for (size_t i = 0; i < m_stats.size(); ++i) {
        const double x = m_stats[i].frame;
        peak << QPointF(x, maxPeak > 0.f ? m_stats[i].peak / maxPeak : 0.0);
        entropy << QPointF(x, m_stats[i].entropy);
        weights << QPointF(x, maxWeight > 0.0 ? m_attention[i] / maxWeight : 0.0);
    }
    m_peak->replace(peak);
    m_entropy->replace(entropy);
    m_weights->replace(weights);
}

std::vector<double> VideoTimeline::attention() const {
    std::vector<double> scores;
    for (const FrameStats& s : m_stats)
        scores.push_back(frameScore(s, m_score));
    return temporalAttention(scores, m_temperature);
}

QPoint VideoTimeline::viewPointForFrame(int frame) const {
    const QPointF scene = chart()->mapToPosition(QPointF(frame, 0.5), m_cursor);
    return mapFromScene(scene);
}

void VideoTimeline::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const QPointF value = chart()->mapToValue(mapToScene(event->position().toPoint()), m_cursor);
        const QRectF plot = chart()->plotArea();
        if (plot.contains(mapToScene(event->position().toPoint()))) {
            emit frameClicked(std::clamp(int(std::lround(value.x())), 0, m_frames - 1));
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

} // namespace al
