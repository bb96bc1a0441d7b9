// SPDX-License-Identifier: MIT
// VideoReader: info, sequential and frame-exact random access on generated videos, and every bad input.
#include "VideoTestSupport.h"

#include "attentionlens/Error.h"
#include "attentionlens/VideoReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace al;
using namespace al::test;

class TestVideoReader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reportsInfo_data();
    void reportsInfo();
    void readsEveryFrameInOrder_data() { reportsInfo_data(); }
    void readsEveryFrameInOrder();
    void seekIsFrameExact_data() { reportsInfo_data(); }
    void seekIsFrameExact();
    void frameOutsideTheVideoIsRefused();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void missingCameraIsRefused();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestVideoReader::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(IndexedVideo{}.write(path("clip.avi")));
    QVERIFY(IndexedVideo{}.write(path("clip.mp4")));
}

void TestVideoReader::reportsInfo_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("codec");
    QTest::newRow("mjpg avi") << "clip.avi"
                              << "MJPG";
    QTest::newRow("mp4v mp4") << "clip.mp4"
                              << "";
}

void TestVideoReader::reportsInfo() {
    QFETCH(QString, file);
    QFETCH(QString, codec);
    const VideoReader reader = VideoReader::open(path(file));
    QVERIFY(reader.isOpen());
    QCOMPARE(reader.info().frameCount, 20);
    QCOMPARE(reader.info().size, cv::Size(64, 48));
    QVERIFY(qAbs(reader.info().fps - 10.0) < 1e-3);
    QVERIFY(qAbs(reader.info().durationSec() - 2.0) < 1e-3);
    QVERIFY(!reader.info().live);
    if (!codec.isEmpty())
        QCOMPARE(reader.info().codec, codec);
    QCOMPARE(reader.position(), 0);
}

void TestVideoReader::readsEveryFrameInOrder() {
    QFETCH(QString, file);
    VideoReader reader = VideoReader::open(path(file));
    cv::Mat frame;
    int count = 0;
    while (reader.read(frame)) {
        QCOMPARE(frame.type(), CV_8UC3);
        QCOMPARE(decodeFrameIndex(frame), count);
        ++count;
        QCOMPARE(reader.position(), count);
    }
    QCOMPARE(count, 20);
}

void TestVideoReader::seekIsFrameExact() {
    QFETCH(QString, file);
    VideoReader reader = VideoReader::open(path(file));
    // Backwards, forwards, repeated, first and last: every access must land on exactly that frame.
    for (int index : {13, 2, 19, 0, 7, 7, 18, 1, 12, 11, 10, 19, 5}) {
        const cv::Mat frame = reader.frameAt(index);
        QCOMPARE(decodeFrameIndex(frame), index);
        QCOMPARE(reader.position(), index + 1);
    }
    reader.seek(3);
    cv::Mat a, b;
    QVERIFY(reader.read(a) && reader.read(b));
    QCOMPARE(decodeFrameIndex(a), 3);
    QCOMPARE(decodeFrameIndex(b), 4);
}

void TestVideoReader::frameOutsideTheVideoIsRefused() {
    VideoReader reader = VideoReader::open(path("clip.avi"));
    for (int index : {-1, 20, 1000}) {
        try {
            reader.frameAt(index);
            QFAIL("frameAt out of range did not throw");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains(QString::number(index)), qPrintable(e.message()));
        }
    }
    cv::Mat frame;
    reader.seek(19);
    QVERIFY(reader.read(frame));
    QVERIFY(!reader.read(frame)); // the end
}

void TestVideoReader::badInputIsRefused_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // a phrase the message must contain
    QVERIFY(m_dir.isValid());
    QFile(path("empty.mp4")).open(QIODevice::WriteOnly);
    QVERIFY(QDir(m_dir.path()).mkpath("folder.avi"));
    IndexedVideo{}.write(path("full.avi"));
    QVERIFY(truncateCopy(path("full.avi"), path("truncated.avi"), 0.6));
    QVERIFY(truncateCopy(path("full.avi"), path("header-only.avi"), 0.02));
    QVERIFY(retagCopy(path("full.avi"), path("unknown-codec.avi"), "MJPG", "QZX7"));
    cv::imwrite(path("still.png").toStdString(), indexedFrame(3, {64, 48}));
    QFile::copy(path("still.png"), path("png-named.avi"));
    QFile garbage(path("garbage.mp4"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    for (int i = 0; i < 4000; ++i)
        garbage.putChar(char((i * 7919) % 251));
    garbage.close();

    QTest::newRow("missing") << "does-not-exist.mp4"
                             << "does not exist";
    QTest::newRow("folder") << "folder.avi"
                            << "folder";
    QTest::newRow("zero-length") << "empty.mp4"
                                 << "empty";
    QTest::newRow("truncated") << "truncated.avi"
                               << "truncated";
    QTest::newRow("header only") << "header-only.avi"
                                 << "";
    QTest::newRow("unsupported codec") << "unknown-codec.avi"
                                       << "codec";
    QTest::newRow("still image") << "still.png"
                                 << "still image";
    QTest::newRow("png with a video suffix") << "png-named.avi"
                                             << "still image";
    QTest::newRow("garbage") << "garbage.mp4"
                             << "not a video";
}

void TestVideoReader::badInputIsRefused() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    try {
        VideoReader::open(path(file));
        QFAIL("open() accepted a bad input");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(file), qPrintable(e.message()));
        if (!expected.isEmpty())
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
    }
}

void TestVideoReader::missingCameraIsRefused() {
    try {
        VideoReader::openCamera(97); // no machine has 98 cameras
        QFAIL("openCamera accepted a missing camera");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains("97"), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestVideoReader)
#include "tst_videoreader.moc"
