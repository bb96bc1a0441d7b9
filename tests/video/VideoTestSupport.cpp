// SPDX-License-Identifier: MIT
#include "VideoTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace al::test {

namespace {
constexpr int kBits = 6;
constexpr int kBlockHeight = 12;
} // namespace

cv::Point squareCorner(int index, cv::Size size) {
    return {(4 + 2 * index) % std::max(1, size.width - 12), size.height - 16};
}

cv::Mat indexedFrame(int index, cv::Size size) {
    cv::Mat frame(size, CV_8UC3, cv::Scalar(90, 90, 90));
    const int blockWidth = size.width / kBits;
    for (int bit = 0; bit < kBits; ++bit) {
        const bool on = (index >> bit) & 1;
        cv::rectangle(frame, cv::Rect(bit * blockWidth, 0, blockWidth, kBlockHeight),
                      on ? cv::Scalar(255, 255, 255) : cv::Scalar(0, 0, 0), cv::FILLED);
    }
    cv::rectangle(frame, cv::Rect(squareCorner(index, size), cv::Size(8, 8)), cv::Scalar(250, 250, 250),
                  cv::FILLED);
    return frame;
}

int decodeFrameIndex(const cv::Mat& bgr) {
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return -1;
    const int blockWidth = bgr.cols / kBits;
    int index = 0;
    for (int bit = 0; bit < kBits; ++bit) {
        // The inner part of the block only: codecs smear the edges.
        const cv::Rect inner(bit * blockWidth + 2, 2, blockWidth - 4, kBlockHeight - 4);
        const double level = cv::mean(bgr(inner))[1];
        if (level > 40 && level < 215)
            return -1;
        if (level >= 215)
            index |= 1 << bit;
    }
    return index;
}

bool IndexedVideo::write(const QString& path) const {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int fourcc = suffix == QLatin1String("mp4") ? cv::VideoWriter::fourcc('m', 'p', '4', 'v')
                                                      : cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
    cv::VideoWriter writer(path.toStdString(), cv::CAP_FFMPEG, fourcc, fps, size, true);
    if (!writer.isOpened())
        return false;
    for (int i = 0; i < frames; ++i)
        writer.write(indexedFrame(i, size));
    writer.release();
    return QFileInfo(path).size() > 0;
}

bool truncateCopy(const QString& from, const QString& to, double fraction) {
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = in.readAll();
    const QByteArray part = bytes.left(qsizetype(bytes.size() * fraction));
    return out.write(part) == part.size();
}

bool retagCopy(const QString& from, const QString& to, const QByteArray& oldTag, const QByteArray& newTag) {
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes = in.readAll();
    if (!bytes.contains(oldTag))
        return false;
    bytes.replace(oldTag, newTag);
    return out.write(bytes) == bytes.size();
}

} // namespace al::test
