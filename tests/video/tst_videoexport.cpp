// SPDX-License-Identifier: MIT
// Overlay video / JSON / CSV export: valid files, and nothing left behind on cancel or failure.
#include "TestModels.h"
#include "VideoTestSupport.h"

#include "attentionlens/Error.h"
#include "attentionlens/VideoExport.h"
#include "attentionlens/VideoReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace al;
using namespace al::test;

class TestVideoExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesValidFiles_data();
    void writesValidFiles();
    void cancelLeavesNothing();
    void failingModelLeavesNothing();
    void unsupportedSuffixIsRefused();
    void writerDiscardsUncommittedFiles();

private:
    QStringList filesIn(const QString& dir) const {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    QTemporaryDir m_dir;
    QString m_clip;
};

void TestVideoExport::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_clip = m_dir.filePath("clip.avi");
    QVERIFY(IndexedVideo{}.write(m_clip));
}

void TestVideoExport::writesValidFiles_data() {
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("every");
    QTest::newRow("mp4, every frame") << "mp4" << 1;
    QTest::newRow("avi, every 4th") << "avi" << 4;
}

void TestVideoExport::writesValidFiles() {
    QFETCH(QString, suffix);
    QFETCH(int, every);
    QTemporaryDir out;
    VideoExportRequest request;
    request.inputPath = m_clip;
    request.overlayPath = out.filePath("overlay." + suffix);
    request.jsonPath = out.filePath("frames.json");
    request.csvPath = out.filePath("frames.csv");
    request.model = std::make_shared<IndexModel>();
    request.analysis.every = every;
    request.render.alpha = 0.0; // the overlay then shows the frame itself: its index stays readable
    double lastProgress = 0.0;
    const VideoReport report =
        exportVideo(request, RunControl([&](double f, const QString&) { lastProgress = f; }));
    QVERIFY(std::abs(lastProgress - 1.0) < 1e-9);
    const int analysed = (20 + every - 1) / every;
    QCOMPARE(int(report.frames.size()), analysed);
    QCOMPARE(filesIn(out.path()).size(), 3); // no temporary file left

    VideoReader written = VideoReader::open(request.overlayPath);
    QCOMPARE(written.info().frameCount, 20);
    QCOMPARE(written.info().size, cv::Size(64, 48));
    QCOMPARE(decodeFrameIndex(written.frameAt(13)), 13);

    QFile json(request.jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root["model"].toString(), QStringLiteral("test.index"));
    QCOMPARE(root["frameCount"].toInt(), 20);
    QCOMPARE(root["every"].toInt(), every);
    const QJsonArray frames = root["frames"].toArray();
    QCOMPARE(frames.size(), analysed);
    double sum = 0.0;
    for (int i = 0; i < frames.size(); ++i) {
        const QJsonObject frame = frames[i].toObject();
        QCOMPARE(frame["frame"].toInt(), i * every);
        QVERIFY(std::abs(frame["centroidX"].toDouble() - ((i * every) % 8 + 0.5) * 8) < 1e-6);
        sum += frame["attention"].toDouble();
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-9);

    QFile csv(request.csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), analysed + 1);
    QVERIFY(lines[0].startsWith("frame,time_s,peak,"));
    QCOMPARE(lines[1].split(',').size(), lines[0].split(',').size());
    QCOMPARE(lines.last().split(',').first().toInt(), (analysed - 1) * every);
}

void TestVideoExport::cancelLeavesNothing() {
    QTemporaryDir out;
    VideoExportRequest request;
    request.inputPath = m_clip;
    request.overlayPath = out.filePath("overlay.mp4");
    request.jsonPath = out.filePath("frames.json");
    request.csvPath = out.filePath("frames.csv");
    request.model = std::make_shared<IndexModel>();
    const RunControl* self = nullptr;
    const RunControl control([&self](double fraction, const QString&) {
        if (fraction >= 0.5 && self)
            self->cancel(); // half-way: the temporary video exists at this point
    });
    self = &control;
    try {
        exportVideo(request, control);
        QFAIL("a cancelled export reported success");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
    QVERIFY(control.isCancelled());
    QVERIFY2(filesIn(out.path()).isEmpty(), qPrintable(filesIn(out.path()).join(", ")));
}

void TestVideoExport::failingModelLeavesNothing() {
    QTemporaryDir target;
    VideoExportRequest request;
    request.inputPath = m_clip;
    request.overlayPath = target.filePath("overlay.avi");
    request.csvPath = target.filePath("frames.csv");
    request.model = std::make_shared<IndexModel>();
    request.analysis.mapName = QStringLiteral("no-such-map");
    try {
        exportVideo(request, RunControl());
        QFAIL("an export with a missing map reported success");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains("no-such-map"), qPrintable(e.message()));
    }
    QVERIFY2(filesIn(target.path()).isEmpty(), qPrintable(filesIn(target.path()).join(", ")));
}

void TestVideoExport::unsupportedSuffixIsRefused() {
    QTemporaryDir out;
    try {
        AtomicVideoWriter writer(out.filePath("overlay.gif"), 10.0, {64, 48});
        QFAIL("a .gif video was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY(e.message().contains(".mp4"));
    }
    try {
        AtomicVideoWriter writer(out.filePath("no/such/folder/overlay.mp4"), 10.0, {64, 48});
        QFAIL("a missing folder was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
    }
    QVERIFY(filesIn(out.path()).isEmpty());
}

void TestVideoExport::writerDiscardsUncommittedFiles() {
    QTemporaryDir out;
    const QString target = out.filePath("keep.avi");
    {
        AtomicVideoWriter writer(target, 10.0, {64, 48});
        for (int i = 0; i < 5; ++i)
            writer.write(indexedFrame(i, {64, 48}));
        QVERIFY(QFile::exists(writer.temporaryPath()));
        QVERIFY(!QFile::exists(target));
    } // destroyed without commit()
    QVERIFY(filesIn(out.path()).isEmpty());
    {
        AtomicVideoWriter writer(target, 10.0, {64, 48});
        for (int i = 0; i < 5; ++i)
            writer.write(indexedFrame(i, {64, 48}));
        writer.commit();
        QCOMPARE(writer.framesWritten(), 5);
    }
    QCOMPARE(filesIn(out.path()), QStringList{"keep.avi"});
    QCOMPARE(VideoReader::open(target).info().frameCount, 5);
}

QTEST_GUILESS_MAIN(TestVideoExport)
#include "tst_videoexport.moc"
