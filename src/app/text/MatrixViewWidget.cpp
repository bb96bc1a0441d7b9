// SPDX-License-Identifier: MIT
#include "text/MatrixViewWidget.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

namespace al {

MatrixViewWidget::MatrixViewWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MatrixViewWidget::setMatrix(const QImage& image, const cv::Mat& matrix, const QStringList& labels) {
    m_image = image;
    m_matrix = matrix;
    m_labels = labels;
    setZoom(m_zoom);
}

void MatrixViewWidget::clear() {
    setMatrix({}, {}, {});
}

void MatrixViewWidget::setZoom(double zoom) {
    m_zoom = std::clamp(zoom, 0.05, 64.0);
    const QSize size = m_image.isNull() ? QSize(1, 1)
                                        : QSize(int(std::ceil(m_image.width() * m_zoom)),
                                                int(std::ceil(m_image.height() * m_zoom)));
    setFixedSize(size);
    update();
}

void MatrixViewWidget::fitTo(const QSize& size) {
    if (m_image.isNull())
        return;
    setZoom(std::min(size.width() / double(m_image.width()), size.height() / double(m_image.height())));
}

QString MatrixViewWidget::describeAt(const QPoint& pos) const {
    if (m_matrix.empty())
        return {};
    const int key = int(pos.x() / m_zoom);
    const int query = int(pos.y() / m_zoom);
    if (query < 0 || key < 0 || query >= m_matrix.rows || key >= m_matrix.cols)
        return {};
    const QString q = query < m_labels.size() ? m_labels[query] : QString::number(query);
    const QString k = key < m_labels.size() ? m_labels[key] : QString::number(key);
    return tr("query %1 '%2' → key %3 '%4': %5")
        .arg(query)
        .arg(q)
        .arg(key)
        .arg(k)
        .arg(double(m_matrix.at<float>(query, key)), 0, 'f', 4);
}

void MatrixViewWidget::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().window());
    if (m_image.isNull())
        return;
    // Only the exposed cells are scaled: cost follows the viewport, not the matrix.
    const QRectF target = QRectF(event->rect()).intersected(QRectF(rect()));
    const QRectF source(target.x() / m_zoom, target.y() / m_zoom, target.width() / m_zoom,
                        target.height() / m_zoom);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_image, source);
}

void MatrixViewWidget::mouseMoveEvent(QMouseEvent* event) {
    emit hovered(describeAt(event->position().toPoint()));
}

void MatrixViewWidget::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event); // the scroll area scrolls
        return;
    }
    event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
    event->accept();
}

} // namespace al
