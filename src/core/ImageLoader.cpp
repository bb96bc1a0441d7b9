// SPDX-License-Identifier: MIT
#include "attentionlens/ImageLoader.h"

#include "ImageHeaderDetail.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <climits>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {

void checkFile(const QString& path, const QFileInfo& info, const LoadOptions& options) {
    if (!info.exists())
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::ImageLoader", "The image file '%1' does not exist.").arg(path));
    if (info.isDir())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::ImageLoader", "'%1' is a folder, not an image file. Choose an image inside it.")
                        .arg(path));
    if (!info.isReadable())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ImageLoader",
                                                "The image file '%1' cannot be read: check its permissions.")
                        .arg(path));
    if (info.size() == 0)
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::ImageLoader", "The image file '%1' is empty.").arg(path));
    if (info.size() > options.maxFileBytes) {
        throw Error(ErrorCode::TooLarge,
                    QCoreApplication::translate(
                        "al::ImageLoader",
                        "The image file '%1' is %2, over the limit of %3. Use a smaller image or "
                        "raise the file size limit.")
                        .arg(path, QLocale::c().formattedDataSize(info.size()),
                             QLocale::c().formattedDataSize(options.maxFileBytes)));
    }
}

void checkPixels(const QString& path, qint64 width, qint64 height, const LoadOptions& options) {
    if (width * height <= options.maxPixels)
        return;
    throw Error(ErrorCode::TooLarge,
                QCoreApplication::translate(
                    "al::ImageLoader",
                    "The image '%1' is %2 x %3 pixels, over the limit of %4 pixels. Scale it down "
                    "or raise the pixel limit.")
                    .arg(path)
                    .arg(width)
                    .arg(height)
                    .arg(options.maxPixels));
}

// Decodes from memory rather than by path so that any file name Qt can open works (OpenCV takes a
// narrow string). IMREAD_UNCHANGED keeps 16-bit and alpha. The orientation is applied exactly once, by
// orient(): OpenCV skips EXIF for JPEG under IMREAD_UNCHANGED but its TIFF decoder honours the tag anyway
// (and versions differ), so the in-memory copy is set to "1 = upright" before any decoder sees it.
cv::Mat decode(const QString& path, const detail::ExifOrientation& exif) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ImageLoader", "Cannot open the image file '%1': %2.")
                        .arg(path, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (exif.valueOffset >= 0 && exif.valueOffset + 2 <= bytes.size()) {
        bytes[exif.valueOffset] = exif.bigEndian ? '\0' : '\1';
        bytes[exif.valueOffset + 1] = exif.bigEndian ? '\1' : '\0';
    }
    if (bytes.size() > INT_MAX)
        throw Error(
            ErrorCode::TooLarge,
            QCoreApplication::translate("al::ImageLoader", "The image file '%1' is over 2 GiB.").arg(path));
    // A PNG cut short makes libpng print to stderr before OpenCV gives up: refuse it before decoding.
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") && bytes.right(4096).lastIndexOf("IEND") < 0)
        throw Error(ErrorCode::BadInput, QCoreApplication::translate(
                                             "al::ImageLoader", "The PNG file '%1' is truncated (it has no "
                                                                "end chunk): it was not completely written "
                                                                "or downloaded.")
                                             .arg(path));
    cv::Mat image;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1,
                             const_cast<char*>(bytes.constData()));
        image = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        image.release();
    }
    if (image.empty()) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::ImageLoader",
                        "The image file '%1' is corrupt or uses an unsupported encoding: it could "
                        "not be decoded.")
                        .arg(path));
    }
    return image;
}

// EXIF orientation 1..8 (TIFF 6.0 tag 274 / EXIF 2.3): how the stored rows must be turned to display upright.
cv::Mat orient(const cv::Mat& image, int orientation) {
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(image, out, 1);
        break;
    case 3:
        cv::rotate(image, out, cv::ROTATE_180);
        break;
    case 4:
        cv::flip(image, out, 0);
        break;
    case 5:
        cv::transpose(image, out);
        break;
    case 6:
        cv::rotate(image, out, cv::ROTATE_90_CLOCKWISE);
        break;
    case 7:
        cv::transpose(image, out);
        cv::flip(out, out, -1);
        break;
    case 8:
        cv::rotate(image, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    default:
        out = image;
        break;
    }
    return out;
}

cv::Mat compositeOverWhite(const cv::Mat& bgra) {
    cv::Mat out(bgra.size(), CV_8UC3);
    for (int y = 0; y < bgra.rows; ++y) {
        const auto* src = bgra.ptr<cv::Vec4b>(y);
        auto* dst = out.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgra.cols; ++x) {
            const int a = src[x][3];
            for (int c = 0; c < 3; ++c)
                dst[x][c] = static_cast<uchar>((src[x][c] * a + 255 * (255 - a) + 127) / 255);
        }
    }
    return out;
}

// Everything else the app and the models see is 8-bit BGR.
cv::Mat toDisplayBgr(const cv::Mat& native) {
    cv::Mat eight;
    if (native.depth() == CV_8U)
        eight = native;
    else if (native.depth() == CV_16U)
        native.convertTo(eight, CV_8U, 1.0 / 257.0);
    else // float TIFFs and the like: assume [0,1]
        native.convertTo(eight, CV_8U, 255.0);
    cv::Mat bgr;
    switch (eight.channels()) {
    case 1:
        cv::cvtColor(eight, bgr, cv::COLOR_GRAY2BGR);
        break;
    case 2: { // gray + alpha
        cv::Mat planes[2];
        cv::split(eight, planes);
        cv::Mat bgra;
        cv::merge(std::vector<cv::Mat>{planes[0], planes[0], planes[0], planes[1]}, bgra);
        bgr = compositeOverWhite(bgra);
        break;
    }
    case 4:
        bgr = compositeOverWhite(eight);
        break;
    default:
        bgr = eight;
        break;
    }
    return bgr;
}

} // namespace

QStringList supportedImageSuffixes() {
    return {QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("bmp"),
            QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("webp"), QStringLiteral("pgm"),
            QStringLiteral("ppm"), QStringLiteral("pnm")};
}

QString imageFileFilter() {
    QStringList patterns;
    for (const QString& suffix : supportedImageSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    return QCoreApplication::translate("al::ImageLoader", "Images (%1)")
               .arg(patterns.join(QLatin1Char(' '))) +
           QStringLiteral(";;") + QCoreApplication::translate("al::ImageLoader", "All files (*)");
}

LoadedImage loadImage(const QString& path, const LoadOptions& options) {
    checkFile(path, QFileInfo(path), options);
    LoadedImage loaded;
    loaded.header = readImageHeader(path);
    // The limit is enforced on the header's claim, before a decoder allocates anything.
    checkPixels(path, loaded.header.width, loaded.header.height, options);
    const detail::ExifOrientation exif = detail::readExifOrientation(path, loaded.header.format);
    cv::Mat native = decode(path, exif);
    // A header that under-states the size must not slip past the limit either.
    checkPixels(path, native.cols, native.rows, options);
    try {
        loaded.exifOrientation = exif.value;
        loaded.native = options.applyExifOrientation ? orient(native, loaded.exifOrientation) : native;
        loaded.bitDepth = loaded.native.depth() == CV_8U ? 8 : 16;
        loaded.channels = loaded.native.channels();
        loaded.hasAlpha = loaded.channels == 2 || loaded.channels == 4;
        loaded.bgr = toDisplayBgr(loaded.native);
    } catch (const cv::Exception& e) {
        throw Error(
            ErrorCode::Internal,
            QCoreApplication::translate("al::ImageLoader", "Could not convert the image '%1' for display: %2")
                .arg(path, QString::fromStdString(e.what())));
    }
    return loaded;
}

} // namespace al
