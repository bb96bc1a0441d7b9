// SPDX-License-Identifier: MIT
#include "PredictionsPanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace al {

PredictionsPanel::PredictionsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_stack = new QStackedWidget;
    m_empty = new QLabel;
    m_empty->setObjectName("predictionsEmptyLabel");
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_set = new QBarSet(QString());
    m_set->setColor(QColor(0x2f, 0x6f, 0xb5));
    m_set->setLabelColor(Qt::black);
    m_series = new QHorizontalBarSeries;
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    m_series->setBarWidth(0.7);
    m_chart = new QChart;
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_axisY = new QBarCategoryAxis;
    // Short labels ("7") would otherwise be elided to "…" by the chart's first layout pass.
    m_axisY->setTruncateLabels(false);
    // The dock is short: a smaller label font keeps every category label (Qt Charts drops overlapping ones).
    QFont small = m_axisY->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    m_axisY->setLabelsFont(small);
    m_axisX = new QValueAxis;
    m_axisX->setRange(0.0, 1.0);
    m_axisX->setLabelFormat(QStringLiteral("%.1f"));
    m_axisX->setTickCount(6); // 0, 0.2, …, 1

    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_series->attachAxis(m_axisY);
    m_series->attachAxis(m_axisX);
    m_view = new QChartView(m_chart);
    m_view->setObjectName("predictionsChart");
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(140);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack);
    retranslate();
}

void PredictionsPanel::setResult(const ModelResult* result) {
    m_hasResult = result != nullptr;
    m_labels.clear();
    m_scores.clear();
    m_set->remove(0, m_set->count());
    m_axisY->clear();
    if (result) {
        m_probabilities = true;
        for (const Prediction& p : result->predictions) {
            m_labels << (p.label.isEmpty() ? QString::number(p.index) : p.label);
            m_scores << p.score;
            m_probabilities = m_probabilities && p.score >= 0.0 && p.score <= 1.0;
        }
    }
    // A horizontal bar chart draws its first category at the bottom: add the best class last so it is on top.
    QStringList categories;
    for (qsizetype i = m_labels.size() - 1; i >= 0; --i) {
        m_set->append(m_scores[i]);
        categories << m_labels[i];
    }
    m_axisY->append(categories);
    double high = 1.0;
    for (double s : m_scores)
        high = std::max(high, s);
    double low = 0.0;
    for (double s : m_scores)
        low = std::min(low, s);
    m_axisX->setRange(low, m_probabilities ? 1.0 : high);
    if (!m_probabilities)
        m_axisX->applyNiceNumbers();
    m_stack->setCurrentWidget(m_labels.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    retranslate();
}

int PredictionsPanel::barCount() const {
    return m_set->count();
}

void PredictionsPanel::retranslate() {
    m_empty->setText(m_hasResult ? tr("This model returns no class predictions.")
                                 : tr("Run a classifier to see its top predictions."));
    m_axisX->setTitleText(m_probabilities ? tr("Probability") : tr("Score"));
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(3);
    m_view->setToolTip(
        m_labels.isEmpty()
            ? QString()
            : tr("Best: %1 (%2)").arg(m_labels.first(), QLocale().toString(m_scores.first(), 'f', 3)));
}

void PredictionsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
