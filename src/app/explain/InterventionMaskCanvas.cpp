// SPDX-License-Identifier: MIT
#include "explain/InterventionMaskCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace al {

InterventionMaskCanvas::InterventionMaskCanvas(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_AcceptTouchEvents, false); // Qt turns touches into mouse events for us
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void InterventionMaskCanvas::setGrid(int rows, int cols, const cv::Mat& background) {
    m_mask = cv::Mat::zeros(std::max(1, rows), std::max(1, cols), CV_32F);
    m_background = background.size() == m_mask.size() ? background.clone() : cv::Mat();
    update();
    emit maskChanged();
}

void InterventionMaskCanvas::clear() {
    m_mask.setTo(0.0);
    update();
    emit maskChanged();
}

QRectF InterventionMaskCanvas::gridRect() const {
    if (m_mask.empty())
        return {};
    const double cell = std::min(double(width()) / m_mask.cols, double(height()) / m_mask.rows);
    const QSizeF size(cell * m_mask.cols, cell * m_mask.rows);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPoint InterventionMaskCanvas::widgetPointOfCell(int x, int y) const {
    const QRectF r = gridRect();
    if (m_mask.empty())
        return {};
    return QPointF(r.left() + (x + 0.5) * r.width() / m_mask.cols,
                   r.top() + (y + 0.5) * r.height() / m_mask.rows)
        .toPoint();
}

void InterventionMaskCanvas::paintAt(const QPointF& p, bool erase) {
    const QRectF r = gridRect();
    if (m_mask.empty() || !r.contains(p))
        return;
    const int cx = int((p.x() - r.left()) * m_mask.cols / r.width());
    const int cy = int((p.y() - r.top()) * m_mask.rows / r.height());
    const float value = (erase || m_erasing) ? 0.0f : 1.0f;
    for (int y = std::max(0, cy - m_radius); y <= std::min(m_mask.rows - 1, cy + m_radius); ++y)
        for (int x = std::max(0, cx - m_radius); x <= std::min(m_mask.cols - 1, cx + m_radius); ++x)
            if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= m_radius * m_radius)
                m_mask.at<float>(y, x) = value;
    update();
    emit maskChanged();
}

void InterventionMaskCanvas::mousePressEvent(QMouseEvent* event) {
    paintAt(event->position(), event->button() == Qt::RightButton);
}

void InterventionMaskCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & (Qt::LeftButton | Qt::RightButton))
        paintAt(event->position(), event->buttons() & Qt::RightButton);
}

void InterventionMaskCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF r = gridRect();
    if (m_mask.empty())
        return;
    const double cw = r.width() / m_mask.cols, ch = r.height() / m_mask.rows;
    for (int y = 0; y < m_mask.rows; ++y)
        for (int x = 0; x < m_mask.cols; ++x) {
            const QRectF cell(r.left() + x * cw, r.top() + y * ch, cw, ch);
            const int grey = m_background.empty()
                                 ? 40
                                 : int(40 + 160 * std::clamp(m_background.at<float>(y, x), 0.f, 1.f));
            painter.fillRect(cell, QColor(grey, grey, grey));
            const float v = m_mask.at<float>(y, x);
            if (v > 0)
                painter.fillRect(cell, QColor(0xd9, 0x6c, 0x1e, int(60 + 160 * v)));
        }
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawRect(r);
}

} // namespace al
