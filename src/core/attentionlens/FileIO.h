// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <opencv2/core.hpp>

namespace al {

/// Writes `data` to `path` atomically (QSaveFile: temp file + rename); on failure nothing is left behind
/// and Error(Internal) (or BadInput for an unwritable directory) names the path.
void writeFileAtomic(const QString& path, const QByteArray& data);

/// Encodes `image` by the path's suffix (png, jpg/jpeg, bmp, tif/tiff, webp) and writes it atomically.
/// Throws Error(BadInput) for an unknown suffix.
void writeImageAtomic(const QString& path, const cv::Mat& image);

} // namespace al
