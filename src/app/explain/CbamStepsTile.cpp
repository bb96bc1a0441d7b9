// SPDX-License-Identifier: MIT
#include "explain/CbamStepsTile.h"

#include "explain/StepsViewImage.h"

#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"

#include <QLabel>
#include <QVBoxLayout>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace al {
namespace {

constexpr int kGap = 2; // pixels between the channel maps of a grid (light, so dark maps stay apart)

std::vector<cv::Mat> planesOf(const cv::Mat& t) {
    std::vector<cv::Mat> planes;
    if (t.empty() || t.depth() != CV_32F)
        return planes;
    if (t.dims == 2) {
        planes.push_back(t.clone());
    } else if (t.dims == 4 && t.size[0] == 1) {
        for (int c = 0; c < t.size[1]; ++c)
            planes.push_back(
                cv::Mat(t.size[2], t.size[3], CV_32F, const_cast<float*>(t.ptr<float>(0, c))).clone());
    }
    return planes;
}

} // namespace

CbamStepsTile::CbamStepsTile(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_image = new StepsViewImage;
    m_value = new QLabel(QStringLiteral(" "));
    m_value->setObjectName("readout");
    layout->addWidget(m_title);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_value);
    connect(m_image, &StepsViewImage::hovered, this, &CbamStepsTile::showReadout);
}

void CbamStepsTile::setTitle(const QString& title, const QString& help) {
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    setToolTip(help);
}

void CbamStepsTile::setTensor(const cv::Mat& tensor) {
    m_planes = planesOf(tensor);
    m_value->setText(QStringLiteral(" "));
    if (m_planes.empty()) {
        m_image->setImage({});
        return;
    }
    const int h = m_planes[0].rows, w = m_planes[0].cols, n = int(m_planes.size());
    m_columns = n == 1 ? 1 : int(std::ceil(std::sqrt(double(n) * h / w)));
    const int rows = (n + m_columns - 1) / m_columns;
    // A single map is drawn large (an 8x8 cell stays visible); a grid of channels small enough that the
    // gaps between channels survive the scaling to the tile.
    m_cell = std::max(1, (n == 1 ? 96 : 24) / std::max(h, w));
    // One normalisation over all channels: a weak channel must look weak next to a strong one.
    double lo = 0, hi = 0;
    cv::minMaxLoc(m_planes[0], &lo, &hi);
    for (const cv::Mat& p : m_planes) {
        double a = 0, b = 0;
        cv::minMaxLoc(p, &a, &b);
        lo = std::min(lo, a);
        hi = std::max(hi, b);
    }
    const int cw = w * m_cell + kGap, ch = h * m_cell + kGap;
    cv::Mat canvas(rows * ch - kGap, m_columns * cw - kGap, CV_8UC3, cv::Scalar(210, 210, 210));
    for (int i = 0; i < n; ++i) {
        cv::Mat norm;
        m_planes[size_t(i)].convertTo(norm, CV_32F, hi > lo ? 1.0 / (hi - lo) : 0.0,
                                      hi > lo ? -lo / (hi - lo) : 0.0);
        cv::Mat big;
        cv::resize(colorize(norm, Colormap::Turbo), big, cv::Size(w * m_cell, h * m_cell), 0, 0,
                   cv::INTER_NEAREST);
        big.copyTo(canvas(cv::Rect((i % m_columns) * cw, (i / m_columns) * ch, w * m_cell, h * m_cell)));
    }
    m_image->setImage(matToQImage(canvas).copy());
}

bool CbamStepsTile::locate(const QPointF& p, int& channel, int& y, int& x) const {
    if (m_planes.empty() || p.x() < 0 || p.y() < 0)
        return false;
    const int h = m_planes[0].rows, w = m_planes[0].cols;
    const int cw = w * m_cell + kGap, chh = h * m_cell + kGap;
    const int px = int(p.x()), py = int(p.y());
    const int col = px / cw, row = py / chh;
    channel = row * m_columns + col;
    x = (px % cw) / m_cell;
    y = (py % chh) / m_cell;
    return col < m_columns && channel < int(m_planes.size()) && x < w && y < h;
}

QString CbamStepsTile::readout(const QPointF& p) const {
    int c = 0, y = 0, x = 0;
    if (!locate(p, c, y, x))
        return {};
    const float v = m_planes[size_t(c)].at<float>(y, x);
    if (m_planes.size() == 1)
        return tr("(%1, %2): %3").arg(x).arg(y).arg(double(v), 0, 'g', 4);
    return tr("channel %1 (%2, %3): %4").arg(c).arg(x).arg(y).arg(double(v), 0, 'g', 4);
}

QString CbamStepsTile::readoutText() const {
    return m_value->text();
}

void CbamStepsTile::showReadout(const QPointF& p) {
    const QString text = readout(p);
    m_value->setText(text.isEmpty() ? QStringLiteral(" ") : text);
}

} // namespace al
