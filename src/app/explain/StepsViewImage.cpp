// SPDX-License-Identifier: MIT
#include "explain/StepsViewImage.h"

#include <QMouseEvent>
#include <QPainter>

namespace al {

StepsViewImage::StepsViewImage(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StepsViewImage::setImage(const QImage& image) {
    m_image = image;
    update();
}

void StepsViewImage::setMarker(const QRectF& rect) {
    m_marker = rect;
    update();
}

QSize StepsViewImage::sizeHint() const {
    return {160, 160};
}
QSize StepsViewImage::minimumSizeHint() const {
    return {64, 64};
}

QRectF StepsViewImage::targetRect() const {
    if (m_image.isNull())
        return {};
    const QSizeF scaled = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {QPointF((width() - scaled.width()) / 2.0, (height() - scaled.height()) / 2.0), scaled};
}

QPointF StepsViewImage::toImage(const QPointF& widgetPoint) const {
    const QRectF r = targetRect();
    if (r.isEmpty() || !r.contains(widgetPoint))
        return {-1.0, -1.0};
    return {(widgetPoint.x() - r.left()) * m_image.width() / r.width(),
            (widgetPoint.y() - r.top()) * m_image.height() / r.height()};
}

QPoint StepsViewImage::widgetPointOf(const QPointF& imagePoint) const {
    const QRectF r = targetRect();
    if (r.isEmpty())
        return {};
    return QPointF(r.left() + imagePoint.x() * r.width() / m_image.width(),
                   r.top() + imagePoint.y() * r.height() / m_image.height())
        .toPoint();
}

void StepsViewImage::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRectF r = targetRect();
    if (r.isEmpty())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(r, m_image);
    if (!m_marker.isEmpty()) {
        const double sx = r.width() / m_image.width(), sy = r.height() / m_image.height();
        const QRectF m(r.left() + m_marker.left() * sx, r.top() + m_marker.top() * sy, m_marker.width() * sx,
                       m_marker.height() * sy);
        p.setPen(QPen(Qt::white, 3));
        p.drawRect(m);
        p.setPen(QPen(Qt::black, 1));
        p.drawRect(m);
    }
}

void StepsViewImage::mousePressEvent(QMouseEvent* event) {
    const QPointF p = toImage(event->position());
    if (event->button() == Qt::LeftButton && p.x() >= 0)
        emit clicked(p);
}

void StepsViewImage::mouseMoveEvent(QMouseEvent* event) {
    emit hovered(toImage(event->position()));
    if (event->buttons() & Qt::LeftButton) {
        const QPointF p = toImage(event->position());
        if (p.x() >= 0)
            emit clicked(p);
    }
}

void StepsViewImage::leaveEvent(QEvent*) {
    emit hovered({-1.0, -1.0});
}

} // namespace al
