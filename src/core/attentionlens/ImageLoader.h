// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

namespace al {

struct LoadOptions {
    qint64 maxPixels = 100'000'000; ///< width*height limit, checked from the file header before decoding
    qint64 maxFileBytes = 1'000'000'000;
    bool applyExifOrientation = true;
};

/// What the file header says.
struct ImageHeader {
    QString format; ///< "png", "jpeg", "bmp", "tiff", "webp", "pnm"
    int width = 0;
    int height = 0;
};

struct LoadedImage {
    cv::Mat bgr;        ///< CV_8UC3 BGR for display and models (alpha composited over white, 16-bit scaled)
    cv::Mat native;     ///< as decoded (8 or 16 bit, 1/3/4 channels), after EXIF orientation
    int bitDepth = 8;   ///< 8 or 16
    int channels = 3;   ///< 1, 3 or 4 of the file
    bool hasAlpha = false;
    int exifOrientation = 1; ///< 1..8 as read (1 when absent)
    ImageHeader header;
};

/// File extensions the loader accepts (lower case, no dot).
QStringList supportedImageSuffixes();
/// A file-dialog filter string, e.g. "Images (*.png *.jpg ...)".
QString imageFileFilter();

/// Reads only the header of PNG, JPEG, BMP, TIFF, WebP and PGM/PPM files. Throws Error(BadInput) for a
/// missing/unreadable file or an unrecognised or truncated header.
ImageHeader readImageHeader(const QString& path);

/// Loads an image with limits. Throws Error(BadInput) naming the file for a missing, empty, unreadable,
/// corrupt or unsupported file, Error(TooLarge) when the header's pixel count exceeds maxPixels.
LoadedImage loadImage(const QString& path, const LoadOptions& options = {});

} // namespace al
