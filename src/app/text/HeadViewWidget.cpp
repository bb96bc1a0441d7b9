// SPDX-License-Identifier: MIT
#include "text/HeadViewWidget.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

namespace al {

namespace {
constexpr int kDenseRowHeight = 4; // rows per pixel budget above ~600 tokens: overview without labels
}

HeadViewWidget::HeadViewWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumWidth(360);
}

void HeadViewWidget::setData(const std::vector<cv::Mat>& heads, const std::vector<QColor>& colours,
                             const QStringList& labels, const std::vector<bool>& unknown, int topK) {
    m_links.clear();
    for (const cv::Mat& h : heads)
        m_links.push_back(topLinks(h, topK, 0.02f));
    m_colours = colours;
    m_labels = labels;
    m_unknown = unknown;
    m_options.font = font();
    // Long inputs start in an overview that fits ~2048 rows in a few screens; short ones get labels.
    m_options.rowHeight = labels.size() > 600 ? kDenseRowHeight : 18;
    m_options.focusToken = -1;
    setMinimumHeight(headViewHeight(int(labels.size()), m_options));
    updateGeometry();
    update();
}

void HeadViewWidget::clear() {
    setData({}, {}, {}, {}, 0);
}

void HeadViewWidget::setFocusToken(int token) {
    if (token == m_options.focusToken)
        return;
    m_options.focusToken = token;
    update();
    emit focusChanged(token);
}

int HeadViewWidget::visibleLinkCount() const {
    int count = 0;
    for (const auto& head : m_links)
        for (const TokenLink& l : head)
            count +=
                m_options.focusToken < 0 || l.query == m_options.focusToken || l.key == m_options.focusToken;
    return count;
}

void HeadViewWidget::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.fillRect(event->rect(), Qt::white);
    HeadViewOptions o = m_options;
    o.width = width();
    o.viewport = event->rect();
    paintHeadView(painter, m_links, m_colours, m_labels, m_unknown, o);
}

void HeadViewWidget::mouseMoveEvent(QMouseEvent* event) {
    const int x = int(event->position().x());
    // In the overview (no labels) the outer 24 px stand for the label columns.
    const int band = m_options.rowHeight < 8 ? 24 : m_options.labelWidth;
    const bool overLabels = x < band || x > width() - band;
    if (overLabels)
        setFocusToken(headViewTokenAt(int(event->position().y()), int(m_labels.size()), m_options));
}

void HeadViewWidget::leaveEvent(QEvent* event) {
    setFocusToken(-1);
    QWidget::leaveEvent(event);
}

void HeadViewWidget::resizeEvent(QResizeEvent* event) {
    m_options.width = width();
    m_options.labelWidth = std::clamp(width() / 4, 60, 180);
    QWidget::resizeEvent(event);
}

} // namespace al
