// SPDX-License-Identifier: MIT
// attentionlens-cli video, end to end: outputs, exit codes, bad input, Ctrl+C.
#include "../cli/CliTestSupport.h"
#include "VideoTestSupport.h"

#include "attentionlens/VideoReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <opencv2/imgcodecs.hpp>

using namespace al;
using namespace al::test;

class TestCliVideo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesOverlayJsonAndCsv();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void interruptExitsWith130AndWritesNothing();

private:
    QStringList outputsIn(const QString& dir) const {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    QTemporaryDir m_dir;
    QString m_clip;
};

void TestCliVideo::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_clip = m_dir.filePath("clip.avi");
    QVERIFY(IndexedVideo{}.write(m_clip));
}

void TestCliVideo::writesOverlayJsonAndCsv() {
    QTemporaryDir out;
    const QString overlay = out.filePath("overlay.mp4");
    const QString json = out.filePath("frames.json");
    const QString csv = out.filePath("frames.csv");
    const CliRun run = runCli({"video",      "--model",      "saliency.spectral-residual",
                               "--input",    m_clip,         "--output",
                               overlay,      "--every",      "2",
                               "--json",     json,           "--csv",
                               csv,          "--set",        "sigma=2",
                               "--colormap", "viridis",      "--opacity",
                               "0.4",        "--plugin-dir", AL_BUILD_PLUGIN_DIR});
    QVERIFY2(run.exitCode == 0 && !run.crashed, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains("Analysed: 10 frames (every 2)"));
    QVERIFY(run.out.contains("Wrote:    " + overlay));
    QCOMPARE(VideoReader::open(overlay).info().frameCount, 20);
    const QJsonObject root = parseJson(readAll(json)).object();
    QCOMPARE(root["model"].toString(), QStringLiteral("saliency.spectral-residual"));
    QCOMPARE(root["frames"].toArray().size(), 10);
    QCOMPARE(root["params"].toObject()["sigma"].toDouble(), 2.0);
    QCOMPARE(readAll(csv).trimmed().split('\n').size(), 11);
    QCOMPARE(outputsIn(out.path()).size(), 3);
}

void TestCliVideo::badUsageExitsTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    cv::imwrite((dir + "/still.png").toStdString(), indexedFrame(1, {64, 48}));
    QFile(dir + "/empty.avi").open(QIODevice::WriteOnly);
    IndexedVideo{}.write(dir + "/full.avi");
    truncateCopy(dir + "/full.avi", dir + "/truncated.avi", 0.6);
    const QString sr = QStringLiteral("saliency.spectral-residual");
    const QString out = dir + "/out/o.mp4";
    QDir(dir).mkpath("out");
    QTest::newRow("missing input") << QStringList{"--model",         sr,         "--input",
                                                  dir + "/nope.mp4", "--output", out}
                                   << "does not exist";
    QTest::newRow("zero-length") << QStringList{"--model", sr, "--input", dir + "/empty.avi", "--output", out}
                                 << "empty";
    QTest::newRow("truncated") << QStringList{"--model",  sr, "--input", dir + "/truncated.avi",
                                              "--output", out}
                               << "truncated";
    QTest::newRow("still image") << QStringList{"--model", sr, "--input", dir + "/still.png", "--output", out}
                                 << "still image";
    QTest::newRow("unknown model") << QStringList{"--model",         "no.such",  "--input",
                                                  dir + "/full.avi", "--output", out}
                                   << "no.such";
    QTest::newRow("bad suffix") << QStringList{"--model",         sr,         "--input",
                                               dir + "/full.avi", "--output", dir + "/out/o.gif"}
                                << ".gif";
    QTest::newRow("no output") << QStringList{"--model", sr, "--input", dir + "/full.avi"} << "--output";
    QTest::newRow("every zero") << QStringList{"--model",  sr,  "--input", dir + "/full.avi",
                                               "--output", out, "--every", "0"}
                                << "every";
    QTest::newRow("overwrites input")
        << QStringList{"--model", sr, "--input", dir + "/full.avi", "--output", dir + "/full.avi"}
        << "overwrite";
    QTest::newRow("bad parameter") << QStringList{"--model",  sr,  "--input", dir + "/full.avi",
                                                  "--output", out, "--set",   "sigma=-5"}
                                   << "sigma";
    QTest::newRow("bad score") << QStringList{"--model",  sr,  "--input", dir + "/full.avi",
                                              "--output", out, "--score", "loud"}
                               << "loud";
}

void TestCliVideo::badUsageExitsTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliRun run = runCli(QStringList{"video", "--plugin-dir", AL_BUILD_PLUGIN_DIR} + args);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(kErrorPrefix), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(outputsIn(m_dir.filePath("out")).isEmpty());
}

void TestCliVideo::interruptExitsWith130AndWritesNothing() {
    QTemporaryDir out;
    const QString longClip = m_dir.filePath("long.avi");
    IndexedVideo video;
    video.frames = 60;
    video.size = {160, 120};
    QVERIFY(video.write(longClip));
    QProcess process;
    // Motion saliency at full width is slow (it primes a background model per frame): time to interrupt.
    process.start(cliPath(),
                  {"video", "--model", "saliency.motion", "--set", "width=160", "--input", longClip,
                   "--output", out.filePath("overlay.avi"), "--json", out.filePath("frames.json"),
                   "--progress", "--plugin-dir", AL_BUILD_PLUGIN_DIR});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("progress: "), 60000);
    QVERIFY(process.state() == QProcess::Running);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("Interrupted"), err.constData());
    QVERIFY2(outputsIn(out.path()).isEmpty(), qPrintable(outputsIn(out.path()).join(", ")));
}

QTEST_GUILESS_MAIN(TestCliVideo)
#include "tst_cli_video.moc"
