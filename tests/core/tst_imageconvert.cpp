// SPDX-License-Identifier: MIT
#include "attentionlens/Error.h"
#include "attentionlens/ImageConvert.h"

#include <QColor>
#include <QImage>
#include <QtTest>
#include <opencv2/core.hpp>
#include <vector>

using namespace al;

Q_DECLARE_METATYPE(QImage::Format)

namespace {

// Distinct values per pixel and channel, so a swapped channel or a skipped row shows.
cv::Mat pattern(int type, cv::Size size = {13, 7}) {
    cv::Mat m(size, type);
    const int channels = m.channels();
    for (int y = 0; y < size.height; ++y) {
        uchar* p = m.ptr<uchar>(y);
        for (int x = 0; x < size.width * channels; ++x)
            p[x] = static_cast<uchar>((y * 31 + x * 7 + 5) % 256);
    }
    return m;
}

// The colour QImage should report for pixel (x, y) of a BGR/BGRA/gray Mat.
QColor expectedColour(const cv::Mat& m, int x, int y) {
    const uchar* p = m.ptr<uchar>(y) + static_cast<std::size_t>(x) * m.channels();
    switch (m.channels()) {
    case 1:
        return QColor(p[0], p[0], p[0]);
    case 4:
        return QColor(p[2], p[1], p[0], p[3]);
    default:
        return QColor(p[2], p[1], p[0]);
    }
}

} // namespace

class TestImageConvert : public QObject {
    Q_OBJECT

private slots:
    void matToQImageIsZeroCopy_data();
    void matToQImageIsZeroCopy();
    void qimageOutlivesMat();
    void writingDetaches();
    void roiAndForeignMemory();
    void unsupportedTypesThrow_data();
    void unsupportedTypesThrow();
    void qimageToMat_data();
    void qimageToMat();
    void qimageToMatKeepsGray();
    void qimageViewSharesPixels_data();
    void qimageViewSharesPixels();
    void qimageViewRejectsOtherFormats();
};

void TestImageConvert::matToQImageIsZeroCopy_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("gray") << CV_8UC1 << QImage::Format_Grayscale8;
    QTest::newRow("bgr") << CV_8UC3 << QImage::Format_BGR888;
    QTest::newRow("bgra") << CV_8UC4 << QImage::Format_ARGB32;
}

void TestImageConvert::matToQImageIsZeroCopy() {
    QFETCH(int, type);
    QFETCH(QImage::Format, format);
    const cv::Mat mat = pattern(type);
    const QImage image = matToQImage(mat);
    QCOMPARE(image.format(), format);
    QCOMPARE(image.size(), QSize(mat.cols, mat.rows));
    QCOMPARE(image.constBits(), mat.data); // no copy
    QCOMPARE(image.bytesPerLine(), static_cast<qsizetype>(mat.step[0]));
    for (int y = 0; y < mat.rows; ++y) {
        for (int x = 0; x < mat.cols; ++x)
            QCOMPARE(image.pixelColor(x, y), expectedColour(mat, x, y));
    }
}

void TestImageConvert::qimageOutlivesMat() {
    QImage image;
    const uchar* buffer = nullptr;
    cv::Mat reference = pattern(CV_8UC3, {64, 48});
    {
        cv::Mat local = reference.clone();
        image = matToQImage(local);
        buffer = local.data;
        QCOMPARE(local.u->refcount, 2); // the QImage holds a reference
    }
    // Churn the allocator: a freed buffer would likely be reused and overwritten.
    std::vector<cv::Mat> churn;
    for (int i = 0; i < 8; ++i)
        churn.emplace_back(48, 64, CV_8UC3, cv::Scalar::all(0xEE));
    QCOMPARE(image.constBits(), buffer);
    for (int y = 0; y < reference.rows; ++y) {
        for (int x = 0; x < reference.cols; ++x)
            QCOMPARE(image.pixelColor(x, y), expectedColour(reference, x, y));
    }
}

void TestImageConvert::writingDetaches() {
    cv::Mat mat(4, 4, CV_8UC3, cv::Scalar(10, 20, 30));
    QImage image = matToQImage(mat);
    image.setPixelColor(1, 1, Qt::white);
    QVERIFY(image.constBits() != mat.data);
    QCOMPARE(mat.at<cv::Vec3b>(1, 1), cv::Vec3b(10, 20, 30));
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
}

void TestImageConvert::roiAndForeignMemory() {
    const cv::Mat full = pattern(CV_8UC3, {40, 30});
    const cv::Mat roi = full(cv::Rect(3, 5, 17, 11)); // padded rows: step != cols * 3
    const QImage fromRoi = matToQImage(roi);
    QCOMPARE(fromRoi.constBits(), roi.data);
    QCOMPARE(fromRoi.pixelColor(16, 10), expectedColour(roi, 16, 10));

    // A Mat over memory OpenCV does not own cannot be kept alive, so it is copied.
    std::vector<uchar> storage(6 * 5 * 3, 77);
    QImage fromForeign;
    {
        const cv::Mat foreign(5, 6, CV_8UC3, storage.data());
        fromForeign = matToQImage(foreign);
    }
    QVERIFY(fromForeign.constBits() != storage.data());
    storage.assign(storage.size(), 0);
    QCOMPARE(fromForeign.pixelColor(5, 4), QColor(77, 77, 77));
}

void TestImageConvert::unsupportedTypesThrow_data() {
    QTest::addColumn<int>("type");
    QTest::newRow("16-bit gray") << CV_16UC1;
    QTest::newRow("float bgr") << CV_32FC3;
    QTest::newRow("2 channels") << CV_8UC2;
}

void TestImageConvert::unsupportedTypesThrow() {
    QFETCH(int, type);
    try {
        matToQImage(cv::Mat(3, 3, type, cv::Scalar::all(1)));
        QFAIL("accepted an unsupported type");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY(e.message().contains(QString::fromStdString(cv::typeToString(type))));
    }
    QVERIFY(matToQImage(cv::Mat()).isNull());
}

void TestImageConvert::qimageToMat_data() {
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("RGB32") << QImage::Format_RGB32;
    QTest::newRow("ARGB32") << QImage::Format_ARGB32;
    QTest::newRow("ARGB32 premultiplied") << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("RGB888") << QImage::Format_RGB888;
    QTest::newRow("BGR888") << QImage::Format_BGR888;
    QTest::newRow("RGBA8888") << QImage::Format_RGBA8888;
    QTest::newRow("RGB16") << QImage::Format_RGB16;
    QTest::newRow("Indexed8") << QImage::Format_Indexed8;
    QTest::newRow("Grayscale8") << QImage::Format_Grayscale8;
}

void TestImageConvert::qimageToMat() {
    QFETCH(QImage::Format, format);
    // Colours every format represents exactly (RGB16 keeps 5/6/5 bits; gray keeps only gray).
    const bool gray = format == QImage::Format_Grayscale8;
    const QList<QColor> colours = gray ? QList<QColor>{Qt::black, Qt::white, QColor(128, 128, 128)}
                                       : QList<QColor>{Qt::red, Qt::green, Qt::blue, Qt::white, Qt::black};
    QImage source(7, 3, QImage::Format_ARGB32);
    for (int y = 0; y < source.height(); ++y) {
        for (int x = 0; x < source.width(); ++x)
            source.setPixelColor(x, y, colours[(x + y) % colours.size()]);
    }
    const QImage image = source.convertToFormat(format);
    QCOMPARE(image.format(), format);
    const cv::Mat mat = al::qimageToMat(image);
    QCOMPARE(mat.type(), CV_8UC3);
    QCOMPARE(mat.size(), cv::Size(7, 3));
    QVERIFY(mat.data != image.constBits());
    for (int y = 0; y < mat.rows; ++y) {
        for (int x = 0; x < mat.cols; ++x) {
            const QColor c = colours[(x + y) % colours.size()];
            QCOMPARE(mat.at<cv::Vec3b>(y, x), cv::Vec3b(c.blue(), c.green(), c.red()));
        }
    }
}

void TestImageConvert::qimageToMatKeepsGray() {
    QImage gray(5, 2, QImage::Format_Grayscale8);
    for (int y = 0; y < 2; ++y) {
        for (int x = 0; x < 5; ++x)
            gray.scanLine(y)[x] = static_cast<uchar>(x * 50 + y);
    }
    const cv::Mat kept = al::qimageToMat(gray, true);
    QCOMPARE(kept.type(), CV_8UC1);
    QCOMPARE(kept.at<uchar>(1, 4), uchar(201));
    const cv::Mat bgr = al::qimageToMat(gray, false);
    QCOMPARE(bgr.type(), CV_8UC3);
    QCOMPARE(bgr.at<cv::Vec3b>(1, 4), cv::Vec3b(201, 201, 201));
    QVERIFY(al::qimageToMat(QImage()).empty());
}

void TestImageConvert::qimageViewSharesPixels_data() {
    QTest::addColumn<QImage::Format>("format");
    QTest::addColumn<int>("type");
    QTest::newRow("BGR888") << QImage::Format_BGR888 << CV_8UC3;
    QTest::newRow("Grayscale8") << QImage::Format_Grayscale8 << CV_8UC1;
    QTest::newRow("ARGB32") << QImage::Format_ARGB32 << CV_8UC4;
    QTest::newRow("RGB32") << QImage::Format_RGB32 << CV_8UC4;
}

void TestImageConvert::qimageViewSharesPixels() {
    QFETCH(QImage::Format, format);
    QFETCH(int, type);
    QImage image(9, 4, format); // 9 px: BGR888/Gray rows are padded to 4 bytes
    image.fill(QColor(200, 100, 50));
    const cv::Mat view = qimageView(image);
    QCOMPARE(view.type(), type);
    QCOMPARE(view.size(), cv::Size(9, 4));
    QCOMPARE(static_cast<const uchar*>(view.data), image.constBits());
    QCOMPARE(view.step[0], static_cast<std::size_t>(image.bytesPerLine()));
    if (type == CV_8UC1)
        QCOMPARE(view.at<uchar>(3, 8), static_cast<uchar>(qGray(200, 100, 50)));
    else // B, G, R first in both layouts
        QCOMPARE(view.ptr<uchar>(3)[8 * view.channels() + 2], uchar(200));
}

void TestImageConvert::qimageViewRejectsOtherFormats() {
    QImage rgb(4, 4, QImage::Format_RGB888);
    rgb.fill(Qt::red);
    QVERIFY_THROWS_EXCEPTION(Error, qimageView(rgb));
    QVERIFY(qimageView(QImage()).empty());
}

QTEST_GUILESS_MAIN(TestImageConvert)
#include "tst_imageconvert.moc"
