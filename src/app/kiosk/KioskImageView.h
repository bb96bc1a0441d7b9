// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace cv {
class Mat;
}

namespace al {

struct AttentionMap;

/// `image` enlarged `zoom` times with nearest neighbours (a small digit keeps its pixels) under `map`,
/// upsampled smoothly, at half opacity. Throws al::Error like renderOverlay.
QImage zoomedOverlay(const cv::Mat& image, const AttentionMap& map, double zoom);

/// Shows one image scaled to fit (aspect kept, centred). No zoom, no hover: what a touch screen needs.
class KioskImageView : public QWidget {
    Q_OBJECT
public:
    explicit KioskImageView(QWidget* parent = nullptr);
    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    /// Where the image is drawn, in widget coordinates (empty without an image).
    QRectF imageRect() const;
    /// A widget point in image pixel coordinates (may lie outside the image).
    QPointF toImage(const QPointF& widgetPoint) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
};

} // namespace al
