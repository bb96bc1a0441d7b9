// SPDX-License-Identifier: MIT
#include "ImageView.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace al {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 64.0;
} // namespace

ImageView::ImageView(QWidget* parent) : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    m_item = scene()->addPixmap(QPixmap());
    m_item->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(QColor(0x2b, 0x2d, 0x31));
    // Drops are handled by the main window; the viewport must not swallow them.
    viewport()->setAcceptDrops(false);
    setAcceptDrops(false);
}

void ImageView::setImage(const QImage& image) {
    const bool sameSize = !m_image.isNull() && image.size() == m_image.size();
    m_image = image;
    m_item->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(QRectF(QPointF(0, 0), image.size()));
    if (!sameSize || m_fit)
        fitToWindow();
}

void ImageView::clear() {
    m_image = QImage();
    m_item->setPixmap(QPixmap());
    scene()->setSceneRect(QRectF());
}

double ImageView::zoom() const {
    return transform().m11();
}

void ImageView::fitToWindow() {
    m_fit = true;
    if (m_image.isNull())
        return;
    fitInView(m_item, Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void ImageView::actualSize() {
    m_fit = false;
    resetTransform();
    emit zoomChanged(zoom());
}

void ImageView::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (zoom() <= 0.0)
        return;
    const double f = target / zoom();
    m_fit = false;
    scale(f, f);
    emit zoomChanged(zoom());
}

void ImageView::wheelEvent(QWheelEvent* event) {
    if (m_image.isNull())
        return;
    // 120 units per notch; 1.25x per notch feels neither sluggish nor jumpy.
    const double notches = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, notches));
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent* event) {
    QGraphicsView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPoint pixel(int(std::floor(scenePos.x())), int(std::floor(scenePos.y())));
    if (!m_image.isNull() && m_image.rect().contains(pixel))
        emit hoveredPixel(pixel);
    else
        emit hoveredPixel(QPoint(-1, -1));
}

void ImageView::leaveEvent(QEvent* event) {
    QGraphicsView::leaveEvent(event);
    emit hoveredPixel(QPoint(-1, -1));
}

void ImageView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_fit)
        fitToWindow();
}

} // namespace al
