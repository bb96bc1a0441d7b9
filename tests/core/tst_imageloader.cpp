// SPDX-License-Identifier: MIT
#include "attentionlens/Error.h"
#include "attentionlens/ImageLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <array>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

using namespace al;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray encode(const QString& suffix, const cv::Mat& image, const std::vector<int>& params = {}) {
    std::vector<uchar> buffer;
    if (!cv::imencode("." + suffix.toStdString(), image, buffer, params))
        return {};
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

// Every pixel and channel distinct enough that a transposed, flipped or channel-swapped result shows.
cv::Mat pattern(cv::Size size, int type) {
    cv::Mat m(size, type);
    const double scale = CV_MAT_DEPTH(type) == CV_16U ? 251.0 : 1.0;
    const int cn = m.channels();
    for (int y = 0; y < size.height; ++y) {
        for (int x = 0; x < size.width; ++x) {
            for (int c = 0; c < cn; ++c) {
                const double v = (x * 9 + y * 5 + c * 60) % 256;
                // Alpha varies along x but is never 0: lossless WebP may rewrite the colour of invisible
                // pixels.
                const double value = (cn == 4 && c == 3) ? 1 + (x * 17) % 255 : v;
                if (CV_MAT_DEPTH(type) == CV_16U)
                    m.ptr<ushort>(y)[x * cn + c] = static_cast<ushort>(std::min(65535.0, value * scale));
                else
                    m.ptr<uchar>(y)[x * cn + c] = static_cast<uchar>(value);
            }
        }
    }
    return m;
}

// The display conversion, written out independently of the loader: 16 -> 8 bit, gray -> BGR, alpha over
// white.
cv::Mat expectedBgr(const cv::Mat& native) {
    cv::Mat eight;
    native.convertTo(eight, CV_8U, native.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    cv::Mat out(eight.size(), CV_8UC3);
    for (int y = 0; y < eight.rows; ++y) {
        for (int x = 0; x < eight.cols; ++x) {
            const uchar* p = eight.ptr<uchar>(y) + x * eight.channels();
            const double a = eight.channels() == 4 ? p[3] / 255.0 : 1.0;
            for (int c = 0; c < 3; ++c) {
                const double colour = eight.channels() == 1 ? p[0] : p[c];
                out.at<cv::Vec3b>(y, x)[c] = cv::saturate_cast<uchar>(colour * a + 255.0 * (1.0 - a));
            }
        }
    }
    return out;
}

// An APP1 "Exif" segment whose IFD0 holds only the Orientation tag (EXIF 2.3 / TIFF 6.0 layout).
QByteArray exifSegment(int orientation, bool bigEndian) {
    QByteArray tiff(bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4));
    auto put16 = [&](quint16 v) {
        tiff.append(bigEndian ? char(v >> 8) : char(v & 0xFF));
        tiff.append(bigEndian ? char(v & 0xFF) : char(v >> 8));
    };
    auto put32 = [&](quint32 v) {
        put16(bigEndian ? quint16(v >> 16) : quint16(v & 0xFFFF));
        put16(bigEndian ? quint16(v & 0xFFFF) : quint16(v >> 16));
    };
    put32(8);      // IFD0 offset
    put16(1);      // one entry
    put16(0x0112); // Orientation
    put16(3);      // SHORT
    put32(1);      // count
    put16(static_cast<quint16>(orientation));
    put16(0); // value field padding
    put32(0); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const int length = payload.size() + 2;
    segment.append(char(length >> 8)).append(char(length & 0xFF));
    return segment + payload;
}

QByteArray insertAfterSoi(const QByteArray& jpeg, const QByteArray& segment) {
    return jpeg.left(2) + segment + jpeg.mid(2);
}

// A minimal uncompressed 8-bit gray TIFF, written by hand to control byte order, tag types and orientation.
QByteArray tinyTiff(const cv::Mat& gray, bool bigEndian, bool longDims, int orientation = 0, int bits = 8) {
    QByteArray out(bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4));
    auto put16 = [&](quint32 v) {
        char b[2];
        bigEndian ? qToBigEndian(quint16(v), b) : qToLittleEndian(quint16(v), b);
        out.append(b, 2);
    };
    auto put32 = [&](quint32 v) {
        char b[4];
        bigEndian ? qToBigEndian(v, b) : qToLittleEndian(v, b);
        out.append(b, 4);
    };
    struct Entry {
        quint16 tag;
        quint16 type;
        quint32 value;
    };
    const quint16 dimType = longDims ? 4 : 3;
    std::vector<Entry> entries{{256, dimType, quint32(gray.cols)},
                               {257, dimType, quint32(gray.rows)},
                               {258, 3, quint32(bits)},
                               {259, 3, 1},
                               {262, 3, 1},
                               {273, 4, 0}};
    if (orientation > 0)
        entries.push_back({274, 3, quint32(orientation)});
    entries.insert(entries.end(),
                   {{277, 3, 1}, {278, 4, quint32(gray.rows)}, {279, 4, quint32(gray.total() * bits / 8)}});
    const quint32 dataOffset = 8 + 2 + 12 * quint32(entries.size()) + 4;
    put32(8);
    put16(quint32(entries.size()));
    for (Entry e : entries) {
        put16(e.tag);
        put16(e.type);
        put32(1);
        const quint32 value = e.tag == 273 ? dataOffset : e.value;
        if (e.type == 3) { // SHORT, left-justified
            put16(value);
            put16(0);
        } else {
            put32(value);
        }
    }
    put32(0);
    for (int y = 0; y < gray.rows; ++y) {
        for (int x = 0; x < gray.cols; ++x) {
            if (bits == 16)
                put16(gray.at<uchar>(y, x) * 257u);
            else
                out.append(static_cast<char>(gray.at<uchar>(y, x)));
        }
    }
    return out;
}

cv::Scalar cornerColour(int corner) { // TL, TR, BL, BR
    static const std::array<cv::Scalar, 4> colours{cv::Scalar(0, 0, 255), cv::Scalar(0, 255, 0),
                                                   cv::Scalar(255, 0, 0), cv::Scalar(255, 255, 255)};
    return colours[static_cast<std::size_t>(corner)];
}

// 64 x 32 gray with a 16 x 16 coloured block in each corner (whole JPEG MCUs, so colours stay clean).
cv::Mat cornerImage() {
    cv::Mat m(32, 64, CV_8UC3, cv::Scalar::all(128));
    m(cv::Rect(0, 0, 16, 16)).setTo(cornerColour(0));
    m(cv::Rect(48, 0, 16, 16)).setTo(cornerColour(1));
    m(cv::Rect(0, 16, 16, 16)).setTo(cornerColour(2));
    m(cv::Rect(48, 16, 16, 16)).setTo(cornerColour(3));
    return m;
}

// For EXIF orientation o, which stored corner appears at displayed TL, TR, BL, BR (from the EXIF 2.3 table).
std::array<int, 4> storedCorners(int o) {
    switch (o) {
    case 2:
        return {1, 0, 3, 2}; // mirrored horizontally
    case 3:
        return {3, 2, 1, 0}; // rotated 180
    case 4:
        return {2, 3, 0, 1}; // mirrored vertically
    case 5:
        return {0, 2, 1, 3}; // transposed
    case 6:
        return {2, 0, 3, 1}; // rotated 90 clockwise
    case 7:
        return {3, 1, 2, 0}; // transversed
    case 8:
        return {1, 3, 0, 2}; // rotated 90 counter-clockwise
    default:
        return {0, 1, 2, 3};
    }
}

void expectError(const std::function<void()>& fn, ErrorCode code, const QStringList& mustContain) {
    try {
        fn();
        QFAIL("no error thrown");
    } catch (const Error& e) {
        QCOMPARE(e.code(), code);
        for (const QString& part : mustContain)
            QVERIFY2(e.message().contains(part), qPrintable(e.message() + QStringLiteral(" lacks ") + part));
    }
}

} // namespace

class TestImageLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void alphaCompositedOverWhite();
    void headerOfEachFormat_data();
    void headerOfEachFormat();
    void handWrittenHeaders_data();
    void handWrittenHeaders();
    void truncatedHeadersAreBadInput_data();
    void truncatedHeadersAreBadInput();
    void truncatedPngIsRefusedBeforeDecoding();
    void forgedHeaderIsRefusedBeforeDecoding();
    void pixelAndFileLimits();
    void exifOrientation_data();
    void exifOrientation();
    void exifOrientationCanBeIgnored();
    void tiffOrientation();
    void badInputs_data();
    void badInputs();
    void suffixesAndFilter();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestImageLoader::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestImageLoader::roundTrip_data() {
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("type");
    QTest::addColumn<std::vector<int>>("params");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("lossless");
    const std::vector<int> none;
    QTest::newRow("png gray") << "png" << CV_8UC1 << none << "png" << true;
    QTest::newRow("png bgr") << "png" << CV_8UC3 << none << "png" << true;
    QTest::newRow("png bgra") << "png" << CV_8UC4 << none << "png" << true;
    QTest::newRow("png 16-bit gray") << "png" << CV_16UC1 << none << "png" << true;
    QTest::newRow("png 16-bit bgr") << "png" << CV_16UC3 << none << "png" << true;
    QTest::newRow("png 16-bit bgra") << "png" << CV_16UC4 << none << "png" << true;
    QTest::newRow("jpg bgr") << "jpg" << CV_8UC3 << std::vector<int>{cv::IMWRITE_JPEG_QUALITY, 95} << "jpeg"
                             << false;
    QTest::newRow("jpeg gray") << "jpeg" << CV_8UC1 << none << "jpeg" << false;
    QTest::newRow("bmp bgr") << "bmp" << CV_8UC3 << none << "bmp" << true;
    QTest::newRow("tif bgr") << "tif" << CV_8UC3 << none << "tiff" << true;
    QTest::newRow("tiff gray") << "tiff" << CV_8UC1 << none << "tiff" << true;
    QTest::newRow("tiff 16-bit gray") << "tiff" << CV_16UC1 << none << "tiff" << true;
    QTest::newRow("tiff 16-bit bgr") << "tiff" << CV_16UC3 << none << "tiff" << true;
    QTest::newRow("tiff bgra") << "tiff" << CV_8UC4 << none << "tiff" << true;
    QTest::newRow("webp lossless bgr") << "webp" << CV_8UC3 << none << "webp" << true;
    QTest::newRow("webp lossless bgra") << "webp" << CV_8UC4 << none << "webp" << true;
    QTest::newRow("webp lossy") << "webp" << CV_8UC3 << std::vector<int>{cv::IMWRITE_WEBP_QUALITY, 90}
                                << "webp" << false;
    QTest::newRow("pgm") << "pgm" << CV_8UC1 << none << "pnm" << true;
    QTest::newRow("pgm 16-bit") << "pgm" << CV_16UC1 << none << "pnm" << true;
    QTest::newRow("ppm") << "ppm" << CV_8UC3 << none << "pnm" << true;
    QTest::newRow("pnm") << "pnm" << CV_8UC3 << none << "pnm" << true;
}

void TestImageLoader::roundTrip() {
    QFETCH(QString, suffix);
    QFETCH(int, type);
    QFETCH(std::vector<int>, params);
    QFETCH(QString, format);
    QFETCH(bool, lossless);
    cv::Mat written = pattern(cv::Size(37, 23), type);
    if (!lossless) // lossy codecs need smooth content to be compared closely
        cv::GaussianBlur(written, written, cv::Size(0, 0), 3.0);
    const QString file =
        path(QStringLiteral("%1.%2").arg(QString::fromLatin1(QTest::currentDataTag()), suffix));
    const QByteArray bytes = encode(suffix, written, params);
    QVERIFY(!bytes.isEmpty());
    writeBytes(file, bytes);

    const LoadedImage loaded = loadImage(file);
    QCOMPARE(loaded.header.format, format);
    QCOMPARE(loaded.header.width, 37);
    QCOMPARE(loaded.header.height, 23);
    QCOMPARE(loaded.native.size(), written.size());
    QCOMPARE(loaded.native.type(), type);
    QCOMPARE(loaded.bitDepth, CV_MAT_DEPTH(type) == CV_16U ? 16 : 8);
    QCOMPARE(loaded.channels, CV_MAT_CN(type));
    QCOMPARE(loaded.hasAlpha, CV_MAT_CN(type) == 4);
    QCOMPARE(loaded.exifOrientation, 1);
    QCOMPARE(loaded.bgr.type(), CV_8UC3);
    QCOMPARE(loaded.bgr.size(), written.size());
    if (lossless) {
        QCOMPARE(cv::norm(loaded.native, written, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(loaded.bgr, expectedBgr(written), cv::NORM_INF) <= 1.0);
    } else { // close on average; a swapped channel or a flipped image would be far off
        const double meanError =
            cv::norm(loaded.bgr, expectedBgr(written), cv::NORM_L1) / written.total() / 3;
        QVERIFY2(meanError < 4.0, qPrintable(QString::number(meanError)));
    }
}

void TestImageLoader::alphaCompositedOverWhite() {
    cv::Mat bgra(1, 3, CV_8UC4);
    bgra.at<cv::Vec4b>(0, 0) = {10, 20, 30, 0};   // transparent -> white
    bgra.at<cv::Vec4b>(0, 1) = {10, 20, 30, 255}; // opaque -> itself
    bgra.at<cv::Vec4b>(0, 2) = {0, 100, 200, 128};
    const QString file = path(QStringLiteral("alpha.png"));
    writeBytes(file, encode(QStringLiteral("png"), bgra));
    const LoadedImage loaded = loadImage(file);
    QVERIFY(loaded.hasAlpha);
    QCOMPARE(loaded.bgr.at<cv::Vec3b>(0, 0), cv::Vec3b(255, 255, 255));
    QCOMPARE(loaded.bgr.at<cv::Vec3b>(0, 1), cv::Vec3b(10, 20, 30));
    const cv::Vec3b half = loaded.bgr.at<cv::Vec3b>(0, 2);
    QVERIFY(std::abs(half[0] - 127) <= 1 && std::abs(half[1] - 177) <= 1 && std::abs(half[2] - 227) <= 1);
}

void TestImageLoader::headerOfEachFormat_data() {
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("type");
    QTest::addColumn<std::vector<int>>("params");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("marker"); // bytes 12..15 for WebP, or the PNM magic
    QTest::newRow("png") << "png" << CV_8UC3 << std::vector<int>{} << "png" << QByteArray();
    QTest::newRow("jpeg") << "jpg" << CV_8UC3 << std::vector<int>{} << "jpeg" << QByteArray();
    QTest::newRow("bmp") << "bmp" << CV_8UC3 << std::vector<int>{} << "bmp" << QByteArray();
    QTest::newRow("tiff") << "tiff" << CV_8UC3 << std::vector<int>{} << "tiff" << QByteArray();
    QTest::newRow("webp VP8L") << "webp" << CV_8UC3 << std::vector<int>{} << "webp" << QByteArray("VP8L");
    QTest::newRow("webp VP8") << "webp" << CV_8UC3 << std::vector<int>{cv::IMWRITE_WEBP_QUALITY, 80} << "webp"
                              << QByteArray("VP8 ");
    QTest::newRow("webp VP8X") << "webp" << CV_8UC4 << std::vector<int>{cv::IMWRITE_WEBP_QUALITY, 80}
                               << "webp" << QByteArray("VP8X");
    QTest::newRow("pgm binary") << "pgm" << CV_8UC1 << std::vector<int>{} << "pnm" << QByteArray("P5");
    QTest::newRow("pgm ascii") << "pgm" << CV_8UC1 << std::vector<int>{cv::IMWRITE_PXM_BINARY, 0} << "pnm"
                               << QByteArray("P2");
    QTest::newRow("ppm binary") << "ppm" << CV_8UC3 << std::vector<int>{} << "pnm" << QByteArray("P6");
    QTest::newRow("ppm ascii") << "ppm" << CV_8UC3 << std::vector<int>{cv::IMWRITE_PXM_BINARY, 0} << "pnm"
                               << QByteArray("P3");
}

void TestImageLoader::headerOfEachFormat() {
    QFETCH(QString, suffix);
    QFETCH(int, type);
    QFETCH(std::vector<int>, params);
    QFETCH(QString, format);
    QFETCH(QByteArray, marker);
    const QByteArray bytes = encode(suffix, pattern(cv::Size(301, 157), type), params);
    if (format == QLatin1String("webp"))
        QCOMPARE(bytes.mid(12, 4), marker); // the variant this row is meant to cover
    else if (!marker.isEmpty())
        QCOMPARE(bytes.left(2), marker);
    const QString file = path(QStringLiteral("header-%1.%2").arg(QTest::currentDataTag(), suffix));
    writeBytes(file, bytes);
    const ImageHeader header = readImageHeader(file);
    QCOMPARE(header.format, format);
    QCOMPARE(header.width, 301);
    QCOMPARE(header.height, 157);
}

void TestImageLoader::handWrittenHeaders_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("decodable");
    const cv::Mat gray = pattern(cv::Size(70, 300), CV_8UC1);
    QTest::newRow("tiff big-endian SHORT") << tinyTiff(gray, true, false) << "tiff" << 70 << 300 << true;
    QTest::newRow("tiff little-endian LONG") << tinyTiff(gray, false, true) << "tiff" << 70 << 300 << true;
    QTest::newRow("tiff big-endian LONG") << tinyTiff(gray, true, true) << "tiff" << 70 << 300 << true;

    // BMP stored top-down: negative height in BITMAPINFOHEADER.
    QByteArray bmp = encode(QStringLiteral("bmp"), pattern(cv::Size(12, 9), CV_8UC3));
    qToLittleEndian(qint32(-9), bmp.data() + 22);
    QTest::newRow("bmp top-down") << bmp << "bmp" << 12 << 9 << true;

    // JPEG with an extra APP2 segment and fill bytes (0xFF padding) before the next marker.
    const QByteArray jpeg = encode(QStringLiteral("jpg"), pattern(cv::Size(40, 24), CV_8UC3));
    QByteArray app2("\xFF\xE2\x00\x10", 4);
    app2.append(QByteArray(14, 'z'));
    app2.append(QByteArray(5, '\xFF')); // fill bytes: the next marker's 0xFF follows them
    QTest::newRow("jpeg APPn and fill bytes") << insertAfterSoi(jpeg, app2) << "jpeg" << 40 << 24 << true;

    const QByteArray pgm = QByteArray("P5\n# made by hand\n  3 # width\n# height next\n2\n255\n") +
                           QByteArray("\x01\x02\x03\x04\x05\x06", 6);
    QTest::newRow("pgm with comments") << pgm << "pnm" << 3 << 2 << true;
    QTest::newRow("ppm ascii") << QByteArray("P3 1 1 255 10 20 30\n") << "pnm" << 1 << 1 << true;
}

void TestImageLoader::handWrittenHeaders() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, decodable);
    const QString file = path(QStringLiteral("hand-%1").arg(QTest::currentDataTag()).replace(' ', '_'));
    writeBytes(file, bytes);
    const ImageHeader header = readImageHeader(file);
    QCOMPARE(header.format, format);
    QCOMPARE(header.width, width);
    QCOMPARE(header.height, height);
    if (decodable) {
        const LoadedImage loaded = loadImage(file);
        QCOMPARE(loaded.bgr.size(), cv::Size(width, height));
    }
}

void TestImageLoader::truncatedHeadersAreBadInput_data() {
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray png = encode(QStringLiteral("png"), pattern(cv::Size(8, 8), CV_8UC3));
    const QByteArray jpeg = encode(QStringLiteral("jpg"), pattern(cv::Size(8, 8), CV_8UC3));
    const QByteArray bmp = encode(QStringLiteral("bmp"), pattern(cv::Size(8, 8), CV_8UC3));
    const QByteArray webp = encode(QStringLiteral("webp"), pattern(cv::Size(8, 8), CV_8UC3));
    QTest::newRow("png") << png.left(20);
    QTest::newRow("jpeg before SOF") << jpeg.left(30);
    QTest::newRow("jpeg SOF cut") << jpeg.left(jpeg.indexOf("\xFF\xC0") + 6);
    QTest::newRow("bmp") << bmp.left(20);
    QTest::newRow("webp") << webp.left(22);
    QTest::newRow("tiff IFD beyond end") << QByteArray("II*\0\x00\x10\x00\x00", 8);
    QTest::newRow("pnm") << QByteArray("P6\n12");
}

void TestImageLoader::truncatedHeadersAreBadInput() {
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("truncated-%1").arg(QTest::currentDataTag()).replace(' ', '_'));
    writeBytes(file, bytes);
    expectError([&] { readImageHeader(file); }, ErrorCode::BadInput, {file});
    expectError([&] { loadImage(file); }, ErrorCode::BadInput, {file});
}

void TestImageLoader::forgedHeaderIsRefusedBeforeDecoding() {
    QByteArray png = encode(QStringLiteral("png"), pattern(cv::Size(16, 16), CV_8UC3));
    qToBigEndian(quint32(20000), png.data() + 16); // IHDR width
    qToBigEndian(quint32(20000), png.data() + 20); // IHDR height (the CRC is now wrong too)
    const QString file = path(QStringLiteral("forged.png"));
    writeBytes(file, png);
    QCOMPARE(readImageHeader(file).width, 20000);
    // A decode attempt would fail the CRC with BadInput; TooLarge proves the header check ran first.
    expectError([&] { loadImage(file); }, ErrorCode::TooLarge,
                {file, QStringLiteral("20000 x 20000"), QStringLiteral("100000000")});
}

// Guards the PNG end-chunk check: a cut PNG is refused with a clear message before libpng sees it
// (libpng would print its own error on stderr).
void TestImageLoader::truncatedPngIsRefusedBeforeDecoding() {
    const QByteArray png = encode(QStringLiteral("png"), pattern(cv::Size(64, 48), CV_8UC3));
    const QString file = path(QStringLiteral("cut.png"));
    writeBytes(file, png.left(png.size() - 20));
    expectError([&] { loadImage(file); }, ErrorCode::BadInput, {file, QStringLiteral("truncated")});
    writeBytes(file, png);
    QCOMPARE(loadImage(file).bgr.rows, 48);
}

void TestImageLoader::pixelAndFileLimits() {
    const QString file = path(QStringLiteral("limits.png"));
    writeBytes(file, encode(QStringLiteral("png"), pattern(cv::Size(64, 48), CV_8UC3)));
    LoadOptions options;
    options.maxPixels = 1000;
    expectError([&] { loadImage(file, options); }, ErrorCode::TooLarge,
                {file, QStringLiteral("64 x 48"), QStringLiteral("1000")});
    options.maxPixels = 64 * 48; // exactly at the limit is fine
    QCOMPARE(loadImage(file, options).bgr.cols, 64);
    options.maxFileBytes = 100;
    expectError([&] { loadImage(file, options); }, ErrorCode::TooLarge, {file});
}

void TestImageLoader::exifOrientation_data() {
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("bigEndian");
    for (int o = 1; o <= 8; ++o) {
        QTest::addRow("orientation %d, Motorola", o) << o << true;
        QTest::addRow("orientation %d, Intel", o) << o << false;
    }
}

void TestImageLoader::exifOrientation() {
    QFETCH(int, orientation);
    QFETCH(bool, bigEndian);
    const cv::Mat stored = cornerImage();
    const QByteArray jpeg = encode(QStringLiteral("jpg"), stored, {cv::IMWRITE_JPEG_QUALITY, 95});
    const QString file = path(QStringLiteral("exif-%1-%2.jpg").arg(orientation).arg(bigEndian));
    writeBytes(file, insertAfterSoi(jpeg, exifSegment(orientation, bigEndian)));

    const LoadedImage loaded = loadImage(file);
    QCOMPARE(loaded.exifOrientation, orientation);
    QCOMPARE(loaded.header.width, 64); // the header describes the stored pixels
    const bool swapped = orientation >= 5;
    const cv::Size shown = swapped ? cv::Size(32, 64) : cv::Size(64, 32);
    QCOMPARE(loaded.bgr.size(), shown);
    QCOMPARE(loaded.native.size(), shown);
    const std::array<cv::Point, 4> samples{cv::Point(8, 8), cv::Point(shown.width - 9, 8),
                                           cv::Point(8, shown.height - 9),
                                           cv::Point(shown.width - 9, shown.height - 9)};
    const std::array<int, 4> expected = storedCorners(orientation);
    for (int corner = 0; corner < 4; ++corner) {
        const cv::Vec3b got = loaded.bgr.at<cv::Vec3b>(samples[corner]);
        const cv::Scalar want = cornerColour(expected[corner]);
        for (int c = 0; c < 3; ++c) {
            if (std::abs(got[c] - want[c]) > 40)
                QFAIL(qPrintable(QStringLiteral("corner %1 shows %2,%3,%4; expected stored corner %5")
                                     .arg(corner)
                                     .arg(got[0])
                                     .arg(got[1])
                                     .arg(got[2])
                                     .arg(expected[corner])));
        }
    }
}

void TestImageLoader::exifOrientationCanBeIgnored() {
    const QByteArray jpeg = encode(QStringLiteral("jpg"), cornerImage(), {cv::IMWRITE_JPEG_QUALITY, 95});
    const QString file = path(QStringLiteral("exif-ignored.jpg"));
    writeBytes(file, insertAfterSoi(jpeg, exifSegment(6, true)));
    LoadOptions options;
    options.applyExifOrientation = false;
    const LoadedImage loaded = loadImage(file, options);
    QCOMPARE(loaded.exifOrientation, 6);
    QCOMPARE(loaded.bgr.size(), cv::Size(64, 32));
    QVERIFY(loaded.bgr.at<cv::Vec3b>(8, 8)[2] > 200); // red still top-left
}

void TestImageLoader::tiffOrientation() {
    cv::Mat gray(32, 64, CV_8UC1, cv::Scalar(0));
    gray(cv::Rect(0, 0, 16, 16)).setTo(40);    // TL
    gray(cv::Rect(48, 0, 16, 16)).setTo(90);   // TR
    gray(cv::Rect(0, 16, 16, 16)).setTo(160);  // BL
    gray(cv::Rect(48, 16, 16, 16)).setTo(220); // BR
    const std::array<int, 4> values{40, 90, 160, 220};
    for (int o = 1; o <= 8; ++o) {
        const QString file = path(QStringLiteral("oriented-%1.tif").arg(o));
        // 8- and 16-bit TIFFs take different decoder paths; both byte orders too.
        writeBytes(file, tinyTiff(gray, o % 2 == 0, false, o, o > 4 ? 16 : 8));
        const LoadedImage loaded = loadImage(file);
        QCOMPARE(loaded.exifOrientation, o);
        const cv::Size shown = o >= 5 ? cv::Size(32, 64) : cv::Size(64, 32);
        QCOMPARE(loaded.native.size(), shown);
        const std::array<int, 4> expected = storedCorners(o);
        const std::array<cv::Point, 4> samples{cv::Point(0, 0), cv::Point(shown.width - 1, 0),
                                               cv::Point(0, shown.height - 1),
                                               cv::Point(shown.width - 1, shown.height - 1)};
        for (int corner = 0; corner < 4; ++corner) {
            QVERIFY2(loaded.bgr.at<cv::Vec3b>(samples[corner])[1] == values[expected[corner]],
                     qPrintable(QStringLiteral("orientation %1, corner %2").arg(o).arg(corner)));
        }
    }
}

void TestImageLoader::badInputs_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // null: do not create the file
    const QByteArray png = encode(QStringLiteral("png"), pattern(cv::Size(32, 32), CV_8UC3));
    const QByteArray jpeg = encode(QStringLiteral("jpg"), pattern(cv::Size(32, 32), CV_8UC3));
    QByteArray garbage(4000, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 7919) % 251);
    QTest::newRow("missing file") << QStringLiteral("missing.png") << QByteArray();
    QTest::newRow("empty file") << QStringLiteral("empty.png") << QByteArray("");
    QTest::newRow("text named png") << QStringLiteral("notes.png") << QByteArray("hello, this is text\n");
    QTest::newRow("png header then garbage") << QStringLiteral("corrupt.png") << png.left(33) + garbage;
    QTest::newRow("jpeg header then garbage")
        << QStringLiteral("corrupt.jpg")
        << jpeg.left(jpeg.indexOf("\xFF\xC4")) + QByteArray("\xFF\xDA\x00\x08", 4) + garbage;
    QTest::newRow("unknown format") << QStringLiteral("data.gif") << QByteArray("GIF89a\x01\x00\x01\x00", 10);
}

void TestImageLoader::badInputs() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString file = path(name);
    if (!bytes.isNull())
        writeBytes(file, bytes);
    expectError([&] { loadImage(file); }, ErrorCode::BadInput, {file});
    expectError([&] { loadImage(m_dir.path()); }, ErrorCode::BadInput, {m_dir.path()}); // a folder
}

void TestImageLoader::suffixesAndFilter() {
    const QStringList suffixes = supportedImageSuffixes();
    for (const char* s : {"png", "jpg", "jpeg", "bmp", "tif", "tiff", "webp", "pgm", "ppm", "pnm"})
        QVERIFY2(suffixes.contains(QLatin1String(s)), s);
    QCOMPARE(suffixes.size(), 10);
    const QString filter = imageFileFilter();
    for (const QString& s : suffixes)
        QVERIFY(filter.contains(QStringLiteral("*.") + s));
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
