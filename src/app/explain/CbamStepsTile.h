// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <opencv2/core.hpp>

class QLabel;

namespace al {

class StepsViewImage;

/// One tensor of the CBAM step-through as an image: a title, the values colour-mapped (min-max, turbo), and
/// a read-out line with the value under the cursor. A C x H x W tensor is shown as a grid of its C channel
/// maps (one normalisation for all, so channels compare), a H x W map as one image.
class CbamStepsTile : public QWidget {
    Q_OBJECT
public:
    explicit CbamStepsTile(QWidget* parent = nullptr);

    void setTitle(const QString& title, const QString& help);
    /// `tensor`: CV_32F with dims [1, C, H, W], [1, 1, H, W] or 2-D H x W. Empty clears the tile.
    void setTensor(const cv::Mat& tensor);
    /// The read-out text for the image point `p` (what hovering shows); empty outside the tensor.
    QString readout(const QPointF& p) const;
    QString readoutText() const;
    StepsViewImage* imageWidget() const { return m_image; }
    int channels() const { return int(m_planes.size()); }

private:
    void showReadout(const QPointF& p);
    bool locate(const QPointF& p, int& channel, int& y, int& x) const;

    QLabel* m_title = nullptr;
    StepsViewImage* m_image = nullptr;
    QLabel* m_value = nullptr;
    std::vector<cv::Mat> m_planes; ///< H x W CV_32F each
    int m_columns = 1;
    int m_cell = 1; ///< pixels per map cell in the composed image
};

} // namespace al
