// SPDX-License-Identifier: MIT
#include "KioskImageView.h"

#include "attentionlens/AttentionMap.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"

#include <QPainter>
#include <opencv2/imgproc.hpp>

namespace al {

QImage zoomedOverlay(const cv::Mat& image, const AttentionMap& map, double zoom) {
    cv::Mat big;
    cv::resize(image, big, cv::Size(), zoom, zoom, cv::INTER_NEAREST);
    AttentionMap scaled = map;
    if (!scaled.region.empty())
        scaled.region = cv::Rect2d(scaled.region.x * zoom, scaled.region.y * zoom, scaled.region.width * zoom,
                                   scaled.region.height * zoom);
    RenderOptions options;
    options.alpha = 0.5;
    return matToQImage(renderOverlay(big, scaled, options)).copy();
}

KioskImageView::KioskImageView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void KioskImageView::setImage(const QImage& image) {
    m_image = image;
    update();
}

QRectF KioskImageView::imageRect() const {
    if (m_image.isNull())
        return {};
    const QSizeF scaled = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return {QPointF((width() - scaled.width()) / 2.0, (height() - scaled.height()) / 2.0), scaled};
}

QPointF KioskImageView::toImage(const QPointF& widgetPoint) const {
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    return {(widgetPoint.x() - r.x()) * m_image.width() / r.width(),
            (widgetPoint.y() - r.y()) * m_image.height() / r.height()};
}

void KioskImageView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_image.isNull())
        return;
    // Small inputs (the 64x64 digit canvas) stay crisp; photos are smoothed.
    const bool small = m_image.width() < 200;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !small);
    painter.drawImage(imageRect(), m_image);
}

} // namespace al
