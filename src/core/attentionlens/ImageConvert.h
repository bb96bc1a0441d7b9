// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <opencv2/core.hpp>

namespace al {

/// Wraps a CV_8UC1/CV_8UC3(BGR)/CV_8UC4(BGRA) Mat as a QImage WITHOUT copying the pixels; the QImage
/// keeps a reference to the Mat's buffer (released by QImage's cleanup function), so it stays valid
/// after `mat` goes out of scope. Writing to the QImage detaches (copies) as usual.
/// Throws Error(BadInput) for other types.
QImage matToQImage(const cv::Mat& mat);

/// Converts a QImage to a BGR CV_8UC3 Mat (always a copy, since the channel order differs for most
/// formats). Gray8 gives CV_8UC1 when keepGray is true.
cv::Mat qimageToMat(const QImage& image, bool keepGray = false);

/// A Mat header over a QImage's pixels without copying, for QImage::Format_BGR888, Format_Grayscale8 or
/// Format_ARGB32/RGB32 (as BGRA on little-endian). The image must outlive the Mat. Throws for other formats.
cv::Mat qimageView(const QImage& image);

} // namespace al
