// SPDX-License-Identifier: MIT
#include "ChannelChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>
#include <QValueAxis>

namespace al {

ChannelChart::ChannelChart(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_set = new QBarSet(QString());
    m_set->setColor(QColor(0xd9, 0x6c, 0x1e));
    m_series = new QBarSeries;
    m_series->append(m_set);
    m_series->setBarWidth(0.9);
    m_chart = new QChart;
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_axisX = new QBarCategoryAxis;
    m_axisX->setTruncateLabels(false);
    m_axisY = new QValueAxis;
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_view = new QChartView(m_chart);
    m_view->setObjectName("channelChart");
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view);
    retranslate();
}

void ChannelChart::setMap(const AttentionMap* map) {
    m_set->remove(0, m_set->count());
    m_axisX->clear();
    m_title.clear();
    if (!map || map->kind != MapKind::Channel || map->data.empty() || map->data.type() != CV_32FC1) {
        retranslate();
        return;
    }
    m_title = map->title.isEmpty() ? map->name : map->title;
    const cv::Mat flat = map->data.reshape(1, 1);
    QStringList categories;
    double low = 0.0, high = 0.0;
    for (int c = 0; c < flat.cols; ++c) {
        const double v = flat.at<float>(0, c);
        m_set->append(v);
        low = std::min(low, v);
        high = std::max(high, v);
        // Label every channel of a short map, every 8th of a long one, so the axis stays legible.
        const bool labelled = flat.cols <= 32 || c % 8 == 0;
        categories << (labelled ? QString::number(c) : QString(c, QChar(0x200B)));
    }
    m_axisX->append(categories);
    if (map->semantics == ValueSemantics::Probability)
        high = std::max(high, 1.0);
    m_axisY->setRange(low, high > low ? high : low + 1.0);
    retranslate();
}

int ChannelChart::barCount() const {
    return m_set->count();
}

void ChannelChart::retranslate() {
    m_chart->setTitle(m_title.isEmpty() ? QString() : tr("%1: weight per channel").arg(m_title));
    m_axisX->setTitleText(tr("Channel"));
    m_axisY->setTitleText(tr("Weight"));
}

void ChannelChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
