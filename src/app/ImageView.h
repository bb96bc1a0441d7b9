// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;

namespace al {

/// The centre image view: wheel zoom about the cursor, drag to pan, fit and 1:1.
class ImageView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);

    /// Shows `image`. When the size is unchanged the zoom and scroll position are kept (display tweaks
    /// must not jump the view); a new size fits the image to the window.
    void setImage(const QImage& image);
    void clear();
    /// The image currently shown (tests compare its pixels).
    QImage image() const { return m_image; }
    double zoom() const;

public slots:
    void fitToWindow();
    void actualSize();
    void zoomBy(double factor);

signals:
    /// The image pixel under the cursor, or (-1,-1) when the cursor left the image.
    void hoveredPixel(const QPoint& pixel);
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QGraphicsPixmapItem* m_item = nullptr;
    QImage m_image;
    bool m_fit = true;
};

} // namespace al
