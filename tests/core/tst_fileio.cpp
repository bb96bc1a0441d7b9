// SPDX-License-Identifier: MIT
#include "attentionlens/Error.h"
#include "attentionlens/FileIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <unistd.h>

using namespace al;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

cv::Mat testImage() {
    cv::Mat image(24, 32, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(256));
    return image;
}

} // namespace

class TestFileIO : public QObject {
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void badTargetsLeaveNothing_data();
    void badTargetsLeaveNothing();
    void readOnlyFolderLeavesNothing();
    void imageRoundTrip_data();
    void imageRoundTrip();
    void unknownSuffixLeavesNothing_data();
    void unknownSuffixLeavesNothing();
    void failedEncodePreservesExistingFile();
};

void TestFileIO::writesAndReplaces() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.json"));
    writeFileAtomic(path, "first");
    QCOMPARE(readAll(path), QByteArray("first"));
    writeFileAtomic(path, "second, longer");
    QCOMPARE(readAll(path), QByteArray("second, longer"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.json")}); // no temporary left behind
}

void TestFileIO::badTargetsLeaveNothing_data() {
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("missing/out.png");
    QTest::newRow("parent is a file") << QStringLiteral("plain.txt/out.png");
    QTest::newRow("target is a folder") << QStringLiteral("folder");
}

void TestFileIO::badTargetsLeaveNothing() {
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    {
        QFile plain(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("x");
    }
    const QStringList before = entries(dir.path());
    const QString path = dir.filePath(relativePath);
    for (bool asImage : {false, true}) {
        try {
            if (asImage)
                writeImageAtomic(path, testImage());
            else
                writeFileAtomic(path, "data");
            QFAIL("writing succeeded");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }
    QCOMPARE(entries(dir.path()), before);
    QCOMPARE(entries(dir.filePath(QStringLiteral("folder"))), QStringList());
}

void TestFileIO::readOnlyFolderLeavesNothing() {
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions");
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = locked + QStringLiteral("/out.png");
    try {
        writeImageAtomic(path, testImage());
        QFAIL("wrote into a read-only folder");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY(e.message().contains(path));
    }
    QCOMPARE(entries(locked), QStringList());
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestFileIO::imageRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("lossless");
    QTest::newRow("png") << QStringLiteral("a.png") << true;
    QTest::newRow("PNG upper case") << QStringLiteral("b.PNG") << true;
    QTest::newRow("jpg") << QStringLiteral("c.jpg") << false;
    QTest::newRow("jpeg") << QStringLiteral("d.jpeg") << false;
    QTest::newRow("bmp") << QStringLiteral("e.bmp") << true;
    QTest::newRow("tif") << QStringLiteral("f.tif") << true;
    QTest::newRow("tiff") << QStringLiteral("g.tiff") << true;
    QTest::newRow("webp") << QStringLiteral("h.webp") << true; // OpenCV's default WebP is lossless
}

void TestFileIO::imageRoundTrip() {
    QFETCH(QString, name);
    QFETCH(bool, lossless);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const cv::Mat image = testImage();
    writeImageAtomic(path, image);
    const QByteArray bytes = readAll(path);
    const cv::Mat back = cv::imdecode(
        cv::Mat(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData())),
        cv::IMREAD_UNCHANGED);
    QCOMPARE(back.size(), image.size());
    QCOMPARE(back.type(), CV_8UC3);
    if (lossless)
        QCOMPARE(cv::norm(back, image, cv::NORM_INF), 0.0);
    QCOMPARE(entries(dir.path()), QStringList{name});
}

void TestFileIO::unknownSuffixLeavesNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown suffix") << QStringLiteral("out.xyz");
    QTest::newRow("no suffix") << QStringLiteral("out");
    QTest::newRow("text suffix") << QStringLiteral("out.txt");
}

void TestFileIO::unknownSuffixLeavesNothing() {
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    try {
        writeImageAtomic(path, testImage());
        QFAIL("unknown suffix accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY(e.message().contains(path));
    }
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestFileIO::failedEncodePreservesExistingFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.jpg"));
    writeFileAtomic(path, "precious");
    // JPEG takes 1, 3 or 4 channels: a 2-channel image makes the encoder fail.
    const cv::Mat twoChannels(8, 8, CV_8UC2, cv::Scalar(1, 2));
    for (const cv::Mat& bad : {twoChannels, cv::Mat()}) {
        try {
            writeImageAtomic(path, bad);
            QFAIL("encoding succeeded");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY(e.message().contains(path));
        }
        QCOMPARE(readAll(path), QByteArray("precious"));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("keep.jpg")});
    }
}

QTEST_GUILESS_MAIN(TestFileIO)
#include "tst_fileio.moc"
