// SPDX-License-Identifier: MIT
#include "GuiTestSupport.h"

#include <QDir>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace al::test {

cv::Mat makeScene(int width, int height) {
    cv::Mat scene(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            scene.at<cv::Vec3b>(y, x) =
                cv::Vec3b(uchar(90 + 40 * x / width), uchar(100), uchar(80 + 30 * y / height));
    }
    const int r = std::max(4, std::min(width, height) / 10);
    cv::circle(scene, {width / 4, height / 3}, r, cv::Scalar(20, 20, 240), cv::FILLED, cv::LINE_AA);
    cv::circle(scene, {3 * width / 4, 2 * height / 3}, r * 2 / 3, cv::Scalar(240, 230, 30), cv::FILLED,
               cv::LINE_AA);
    cv::rectangle(scene, {width / 2, height / 8}, {width / 2 + r / 2, height / 8 + 2 * r},
                  cv::Scalar(250, 250, 250), cv::FILLED);
    cv::GaussianBlur(scene, scene, {0, 0}, 1.0);
    return scene;
}

QString writeScene(const QString& dir, const QString& name, int width, int height) {
    const QString path = QDir(dir).filePath(name);
    cv::imwrite(path.toStdString(), makeScene(width, height));
    return path;
}

double differingFraction(const QImage& a, const QImage& b, int tolerance) {
    if (a.size() != b.size() || a.isNull())
        return 1.0;
    const QImage ca = a.convertToFormat(QImage::Format_RGB32);
    const QImage cb = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < ca.height(); ++y) {
        const auto* pa = reinterpret_cast<const QRgb*>(ca.constScanLine(y));
        const auto* pb = reinterpret_cast<const QRgb*>(cb.constScanLine(y));
        for (int x = 0; x < ca.width(); ++x) {
            if (std::abs(qRed(pa[x]) - qRed(pb[x])) > tolerance ||
                std::abs(qGreen(pa[x]) - qGreen(pb[x])) > tolerance ||
                std::abs(qBlue(pa[x]) - qBlue(pb[x])) > tolerance)
                ++differing;
        }
    }
    return double(differing) / (qint64(ca.width()) * ca.height());
}

bool containsCjk(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace al::test
