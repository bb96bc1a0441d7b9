// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace al {

/// A small image panel of the step-through views: draws a QImage scaled to fit (aspect kept, nearest
/// neighbour so map cells stay crisp), reports clicks and the hovered pixel in image coordinates, and can
/// outline one rectangle (the selected query).
class StepsViewImage : public QWidget {
    Q_OBJECT
public:
    explicit StepsViewImage(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    /// Outline in image pixels; an empty rect hides it.
    void setMarker(const QRectF& rect);
    /// Where image pixel `p` lies in widget coordinates (tests click through it).
    QPoint widgetPointOf(const QPointF& imagePoint) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked(const QPointF& imagePoint);
    /// The image point under the cursor; (-1, -1) when it left the image.
    void hovered(const QPointF& imagePoint);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF targetRect() const;
    QPointF toImage(const QPointF& widgetPoint) const;

    QImage m_image;
    QRectF m_marker;
};

} // namespace al
