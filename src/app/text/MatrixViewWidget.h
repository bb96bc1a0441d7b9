// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <opencv2/core.hpp>

namespace al {

/// One attention matrix as an image (rows = queries, columns = keys), scaled with nearest-neighbour
/// sampling by a zoom factor (Ctrl+wheel or zoomIn()/zoomOut()); hovering reports the cell's value.
/// Meant to sit in a QScrollArea; paints only the exposed part, so 2048 x 2048 stays smooth.
class MatrixViewWidget : public QWidget {
    Q_OBJECT
public:
    explicit MatrixViewWidget(QWidget* parent = nullptr);

    /// `image` is the rendered matrix (tokenMatrixImage), `matrix` its values (CV_32FC1, same size).
    void setMatrix(const QImage& image, const cv::Mat& matrix, const QStringList& labels);
    void clear();
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 1.5); }
    void zoomOut() { setZoom(m_zoom / 1.5); }
    /// Zoom so the matrix fits `size` (at least 1 pixel per cell is not required).
    void fitTo(const QSize& size);
    const QImage& image() const { return m_image; }
    /// Text describing the cell at a widget position ("query 'cat' -> key 'the': 0.4123"), or empty.
    QString describeAt(const QPoint& pos) const;

signals:
    void hovered(const QString& description);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QImage m_image;
    cv::Mat m_matrix;
    QStringList m_labels;
    double m_zoom = 1.0;
};

} // namespace al
