// SPDX-License-Identifier: MIT
#include "Preprocess.h"

#include <attentionlens/Error.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace al::onnx {
namespace {

cv::Mat toColourOrder(const cv::Mat& bgr, ColourOrder order) {
    cv::Mat out;
    switch (order) {
    case ColourOrder::Gray:
        cv::cvtColor(bgr, out, cv::COLOR_BGR2GRAY);
        return out;
    case ColourOrder::Rgb:
        cv::cvtColor(bgr, out, cv::COLOR_BGR2RGB);
        return out;
    case ColourOrder::Bgr:
        break;
    }
    return bgr;
}

} // namespace

Preprocessed preprocess(const cv::Mat& bgr, const PackageInput& in) {
    if (bgr.empty() || bgr.type() != CV_8UC3)
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Onnx", "The model needs a colour (BGR, 8-bit) image."));
    const cv::Mat src = toColourOrder(bgr, in.colour);
    const cv::Size net(in.width, in.height);
    Preprocessed p;
    cv::Mat sized;
    switch (in.resize) {
    case ResizePolicy::Stretch:
        cv::resize(src, sized, net, 0, 0, cv::INTER_AREA);
        p.inputArea = cv::Rect2d(0, 0, bgr.cols, bgr.rows);
        break;
    case ResizePolicy::Letterbox: {
        const double s = std::min(double(net.width) / src.cols, double(net.height) / src.rows);
        const cv::Size inner(std::max(1, int(std::lround(src.cols * s))),
                             std::max(1, int(std::lround(src.rows * s))));
        const cv::Point off((net.width - inner.width) / 2, (net.height - inner.height) / 2);
        sized = cv::Mat::zeros(net, src.type());
        cv::resize(src, sized(cv::Rect(off, inner)), inner, 0, 0, cv::INTER_AREA);
        // The image fills exactly `inner` (a rounded size), so map back with that per-axis scale, not s.
        const double sx = double(inner.width) / src.cols, sy = double(inner.height) / src.rows;
        p.inputArea = cv::Rect2d(-off.x / sx, -off.y / sy, net.width / sx, net.height / sy);
        break;
    }
    case ResizePolicy::CentreCrop: {
        const double s = std::max(double(net.width) / src.cols, double(net.height) / src.rows);
        // At least one pixel: a network input far narrower than the image rounds to a 0-pixel crop.
        const cv::Size crop(std::clamp(int(std::lround(net.width / s)), 1, src.cols),
                            std::clamp(int(std::lround(net.height / s)), 1, src.rows));
        const cv::Rect roi((src.cols - crop.width) / 2, (src.rows - crop.height) / 2, crop.width,
                           crop.height);
        cv::resize(src(roi), sized, net, 0, 0, cv::INTER_AREA);
        p.inputArea = cv::Rect2d(roi.x, roi.y, roi.width, roi.height);
        break;
    }
    }
    const int dims[] = {1, in.channels, in.height, in.width};
    p.blob.create(4, dims, CV_32F);
    std::vector<cv::Mat> planes;
    cv::split(sized, planes);
    for (int c = 0; c < in.channels; ++c) {
        cv::Mat plane(in.height, in.width, CV_32F, p.blob.ptr<float>(0, c));
        planes[size_t(c)].convertTo(plane, CV_32F, in.scale / in.std[size_t(c)],
                                    -in.mean[size_t(c)] / in.std[size_t(c)]);
    }
    return p;
}

} // namespace al::onnx
