// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <opencv2/core.hpp>

namespace al {

/// Paint a replacement attention map with the mouse or a finger: the stage's grid drawn large over the
/// model's own gate (grey), painted cells in orange. Left drag paints 1, right drag (or erase mode)
/// paints 0; the brush is a disk of `brushRadius` cells. Touch input arrives as synthesised mouse events.
class InterventionMaskCanvas : public QWidget {
    Q_OBJECT
public:
    explicit InterventionMaskCanvas(QWidget* parent = nullptr);

    /// A fresh all-zero mask of rows x cols over `background` (the true gate, CV_32F rows x cols; may be
    /// empty).
    void setGrid(int rows, int cols, const cv::Mat& background);
    /// CV_32F rows x cols in [0,1].
    cv::Mat mask() const { return m_mask.clone(); }
    void clear();
    void setBrushRadius(int cells) { m_radius = std::max(0, cells); }
    void setErasing(bool erasing) { m_erasing = erasing; }
    /// Paints at a widget position (the mouse handlers and the tests use it).
    void paintAt(const QPointF& widgetPoint, bool erase = false);
    /// The centre of grid cell (x, y) in widget coordinates.
    QPoint widgetPointOfCell(int x, int y) const;

    QSize sizeHint() const override { return {240, 240}; }
    QSize minimumSizeHint() const override { return {120, 120}; }

signals:
    void maskChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF gridRect() const;

    cv::Mat m_mask;
    cv::Mat m_background;
    int m_radius = 1;
    bool m_erasing = false;
};

} // namespace al
