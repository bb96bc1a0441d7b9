// SPDX-License-Identifier: MIT
#include "attentionlens/ImageConvert.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <cstring>

namespace al {

namespace {

QString typeName(const cv::Mat& mat) {
    return mat.empty() ? QCoreApplication::translate("al::ImageConvert", "(empty)")
                       : QString::fromStdString(cv::typeToString(mat.type()));
}

void releaseMat(void* info) {
    delete static_cast<cv::Mat*>(info);
}

// Copies rows into a new Mat; QImage rows may be padded differently from OpenCV's.
cv::Mat copyRows(const QImage& image, int type, std::size_t rowBytes) {
    cv::Mat out(image.height(), image.width(), type);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(out.ptr(y), image.constScanLine(y), rowBytes);
    return out;
}

} // namespace

QImage matToQImage(const cv::Mat& mat) {
    if (mat.empty())
        return {};
    QImage::Format format = QImage::Format_Invalid;
    switch (mat.type()) {
    case CV_8UC1:
        format = QImage::Format_Grayscale8;
        break;
    case CV_8UC3:
        format = QImage::Format_BGR888;
        break;
    case CV_8UC4:
        // ARGB32 is a 32-bit word 0xAARRGGBB, i.e. bytes B,G,R,A in memory on little-endian machines only.
        format =
            QSysInfo::ByteOrder == QSysInfo::LittleEndian ? QImage::Format_ARGB32 : QImage::Format_Invalid;
        break;
    default:
        break;
    }
    if (format == QImage::Format_Invalid) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::ImageConvert",
                        "Cannot show a matrix of type %1 as an image: expected 8-bit gray, BGR "
                        "or BGRA.")
                        .arg(typeName(mat)));
    }
    // A Mat over foreign memory (no OpenCV refcount) cannot be kept alive by copying its header, so it is
    // copied once; every Mat OpenCV allocated is shared.
    auto* keeper = new cv::Mat(mat.u ? mat : mat.clone());
    // The const-data constructor makes QImage detach (copy) before any write instead of writing into the Mat.
    const uchar* data = keeper->data;
    return QImage(data, keeper->cols, keeper->rows, static_cast<qsizetype>(keeper->step[0]), format,
                  releaseMat, keeper);
}

cv::Mat qimageToMat(const QImage& image, bool keepGray) {
    if (image.isNull())
        return {};
    if (keepGray && image.format() == QImage::Format_Grayscale8)
        return copyRows(image, CV_8UC1, static_cast<std::size_t>(image.width()));
    const QImage bgr =
        image.format() == QImage::Format_BGR888 ? image : image.convertToFormat(QImage::Format_BGR888);
    return copyRows(bgr, CV_8UC3, static_cast<std::size_t>(image.width()) * 3);
}

cv::Mat qimageView(const QImage& image) {
    if (image.isNull())
        return {};
    int type = -1;
    switch (image.format()) {
    case QImage::Format_BGR888:
        type = CV_8UC3;
        break;
    case QImage::Format_Grayscale8:
        type = CV_8UC1;
        break;
    case QImage::Format_ARGB32:
    case QImage::Format_RGB32:
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            type = CV_8UC4;
        break;
    default:
        break;
    }
    if (type < 0) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::ImageConvert",
                        "Cannot view a QImage of format %1 as a matrix: convert it to BGR888, "
                        "Grayscale8 or ARGB32 first.")
                        .arg(static_cast<int>(image.format())));
    }
    // constBits() never detaches, so this really is the image's own buffer (read-only by contract).
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar*>(image.constBits()),
                   static_cast<std::size_t>(image.bytesPerLine()));
}

} // namespace al
