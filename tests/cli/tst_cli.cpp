// SPDX-License-Identifier: MIT
// End-to-end tests of `attentionlens-cli run`: the binary runs as a child process on images generated here.
// Every failure path asserts the exit code, the one stderr line and that no output file appeared.
#include "CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <csignal>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <unistd.h>

using namespace al::test;

class TestCliRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badInput_data();
    void badInput();
    void runSaliency_data();
    void runSaliency();
    void namedMapAndDisplayOptions();
    void failedRunKeepsExistingOutput();
    void writeFailureLeavesNoFile();
    void ctrlCCancelsAndWritesNothing();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void findOutOfRangeParameter();

    QTemporaryDir m_dir;
    BlobImage m_image;
    QString m_blob;            // m_image written as PNG
    QString m_outDir;          // per-test output folder, emptied in init()
    QString m_rangeAssignment; // "name=value" out of range for spectral-residual
    QString m_rangeParam;
};

void TestCliRun::initTestCase() {
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_blob = path(QStringLiteral("blob.png"));
    QVERIFY(m_image.write(m_blob));

    QVERIFY(writeBytes(path(QStringLiteral("empty.png")), {}));
    QVERIFY(writeBytes(path(QStringLiteral("text.png")), "this is a text file, not a PNG\n"));
    const QByteArray png = readAll(m_blob);
    QVERIFY(png.size() > 100);
    QVERIFY(writeBytes(path(QStringLiteral("truncated.png")), png.left(png.size() / 2)));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    m_outDir = path(QStringLiteral("out"));
    findOutOfRangeParameter();
}

void TestCliRun::init() {
    // Every test starts with an empty output folder, so "no file exists" really checks this run.
    QDir out(m_outDir);
    for (const QString& name : out.entryList(QDir::Files | QDir::Hidden))
        QVERIFY(out.remove(name));
}

// The out-of-range row uses a real numeric parameter of spectral-residual read from `models --json`.
void TestCliRun::findOutOfRangeParameter() {
    const CliRun run = runCli({QStringLiteral("models"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    for (const QJsonValue& model : parseJson(run.out.toUtf8()).array()) {
        if (model[QLatin1String("id")].toString() != kSaliencyModels.first())
            continue;
        for (const QJsonValue& param : model[QLatin1String("parameters")].toArray()) {
            if (!param[QLatin1String("max")].isDouble())
                continue;
            m_rangeParam = param[QLatin1String("name")].toString();
            const double beyond = std::floor(param[QLatin1String("max")].toDouble()) + 1000;
            m_rangeAssignment = QStringLiteral("%1=%2").arg(m_rangeParam).arg(beyond);
            return;
        }
    }
    QFAIL("spectral-residual has no parameter with a maximum");
}

void TestCliRun::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");

    const QString sr = kSaliencyModels.first();
    const auto row = [&](const char* tag, QStringList args, int code, const QString& fragment) {
        // Every row asks for all three outputs; none of them may exist afterwards.
        args << QStringLiteral("--json") << QDir(m_outDir).filePath(QStringLiteral("result.json"));
        args << QStringLiteral("--map") << QDir(m_outDir).filePath(QStringLiteral("map.png"));
        QTest::newRow(tag) << args << code << fragment;
    };
    const QString overlay = QDir(m_outDir).filePath(QStringLiteral("overlay.png"));
    const QStringList out = {QStringLiteral("--output"), overlay};

    row("missing file", runArgs(sr, path(QStringLiteral("nope.png"))) + out, 2, QStringLiteral("nope.png"));
    row("empty file", runArgs(sr, path(QStringLiteral("empty.png"))) + out, 2, QStringLiteral("empty.png"));
    row("text named png", runArgs(sr, path(QStringLiteral("text.png"))) + out, 2, QStringLiteral("text.png"));
    row("truncated png", runArgs(sr, path(QStringLiteral("truncated.png"))) + out, 2,
        QStringLiteral("truncated.png"));
    row("over pixel limit", runArgs(sr, m_blob) + out + QStringList{QStringLiteral("--max-pixels"), "100"}, 2,
        QStringLiteral("blob.png"));
    row("unknown model", runArgs(QStringLiteral("no.such-model"), m_blob) + out, 2,
        QStringLiteral("no.such-model"));
    row("unknown parameter", runArgs(sr, m_blob) + out + QStringList{"--set", "bogus_param=1"}, 2,
        QStringLiteral("bogus_param"));
    row("out-of-range parameter", runArgs(sr, m_blob) + out + QStringList{"--set", m_rangeAssignment}, 2,
        m_rangeParam);
    row("malformed set", runArgs(sr, m_blob) + out + QStringList{"--set", "no_equals_sign"}, 2,
        QStringLiteral("no_equals_sign"));
    row("bad colormap", runArgs(sr, m_blob) + out + QStringList{"--colormap", "rainbowish"}, 2,
        QStringLiteral("rainbowish"));
    row("bad normalization", runArgs(sr, m_blob) + out + QStringList{"--normalization", "zscore"}, 2,
        QStringLiteral("zscore"));
    row("alpha 2", runArgs(sr, m_blob) + out + QStringList{"--alpha", "2"}, 2, QStringLiteral("--alpha"));
    row("threshold not a number", runArgs(sr, m_blob) + out + QStringList{"--threshold", "high"}, 2,
        QStringLiteral("--threshold"));
    row("unknown map name", runArgs(sr, m_blob) + out + QStringList{"--map-name", "no_such_map"}, 2,
        QStringLiteral("no_such_map"));
    row("unsupported output suffix",
        runArgs(sr, m_blob) + QStringList{"--output", QDir(m_outDir).filePath(QStringLiteral("overlay.xyz"))},
        2, QStringLiteral(".xyz"));
    row("output in missing folder",
        runArgs(sr, m_blob) + QStringList{"--output", path(QStringLiteral("no_such_folder/overlay.png"))}, 2,
        QStringLiteral("no_such_folder"));
    row("output overwrites input", runArgs(sr, m_blob) + QStringList{"--output", m_blob}, 2,
        QStringLiteral("blob.png"));
    row("unknown command", QStringList{"frobnicate", "--input", m_blob} + out, 2,
        QStringLiteral("frobnicate"));
    row("unknown option", runArgs(sr, m_blob) + out + QStringList{"--bogus-option"}, 2,
        QStringLiteral("bogus-option"));
    row("missing input", QStringList{"run", "--model", sr} + out, 2, QStringLiteral("--input"));
    row("missing model", QStringList{"run", "--input", m_blob} + out, 2, QStringLiteral("--model"));
}

void TestCliRun::badInput() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);

    const CliRun run = runCli(args);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(kErrorPrefix), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // exactly one line
    QVERIFY2(run.err.contains(fragment),
             qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, run.err)));
    const QStringList left = QDir(m_outDir).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no_such_folder"))));
    QVERIFY(QFileInfo(m_blob).size() > 100); // the input was never touched
}

void TestCliRun::runSaliency_data() {
    QTest::addColumn<QString>("model");
    for (const QString& model : kSaliencyModels)
        QTest::newRow(qPrintable(model)) << model;
}

void TestCliRun::runSaliency() {
    QFETCH(QString, model);
    const QString overlay = QDir(m_outDir).filePath(QStringLiteral("overlay.png"));
    const QString map = QDir(m_outDir).filePath(QStringLiteral("map.jpg"));
    const QString json = QDir(m_outDir).filePath(QStringLiteral("result.json"));
    const CliRun run =
        runCli(runArgs(model, m_blob) + QStringList{"--output", overlay, "--map", map, "--json", json,
                                                    "--colormap", "viridis", "--alpha", "0.6"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(model));

    const QJsonObject result = parseJson(readAll(json)).object();
    QCOMPARE(result[QLatin1String("modelId")].toString(), model);
    QCOMPARE(result[QLatin1String("input")][QLatin1String("width")].toInt(), m_image.size.width);
    QCOMPARE(result[QLatin1String("input")][QLatin1String("height")].toInt(), m_image.size.height);
    QJsonObject finalMap;
    for (const QJsonValue& m : result[QLatin1String("maps")].toArray()) {
        if (m[QLatin1String("final")].toBool())
            finalMap = m.toObject();
    }
    QVERIFY2(!finalMap.isEmpty(), "no final map in the JSON");
    const double x = finalMap[QLatin1String("argmax")][QLatin1String("x")].toDouble(-1000);
    const double y = finalMap[QLatin1String("argmax")][QLatin1String("y")].toDouble(-1000);
    const double distance = std::hypot(x - m_image.centre.x, y - m_image.centre.y);
    // A coarse model grid (e.g. 1/16 of the input) puts the argmax at a cell centre up to ~12 px away.
    QVERIFY2(
        distance <= m_image.radius + 16,
        qPrintable(QStringLiteral("argmax (%1, %2) is %3 px from the disk").arg(x).arg(y).arg(distance)));

    for (const QString& image : {overlay, map}) {
        const cv::Mat written = cv::imread(image.toStdString(), cv::IMREAD_UNCHANGED);
        QVERIFY2(!written.empty(), qPrintable(image));
        QCOMPARE(written.cols, m_image.size.width);
        QCOMPARE(written.rows, m_image.size.height);
        QCOMPARE(written.channels(), 3);
    }
    // The overlay is a blend, so it differs from the input on the disk's neighbourhood.
    const cv::Mat input = cv::imread(m_blob.toStdString());
    const cv::Mat blended = cv::imread(overlay.toStdString());
    QVERIFY(cv::norm(input, blended, cv::NORM_L1) > 0.0);
}

void TestCliRun::namedMapAndDisplayOptions() {
    const QString json = QDir(m_outDir).filePath(QStringLiteral("result.json"));
    const QString finalPng = QDir(m_outDir).filePath(QStringLiteral("final.png"));
    const QStringList gray = {"--colormap", "gray", "--normalization", "percentile"};
    const CliRun first = runCli(runArgs(kSaliencyModels.last(), m_blob) +
                                QStringList{"--json", json, "--map", finalPng} + gray);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QString other; // any map that is not the final one
    for (const QJsonValue& m : parseJson(readAll(json)).object()[QLatin1String("maps")].toArray()) {
        if (!m[QLatin1String("final")].toBool())
            other = m[QLatin1String("name")].toString();
    }
    QVERIFY2(!other.isEmpty(), "itti-koch returned no intermediate map");

    const QString named = QDir(m_outDir).filePath(QStringLiteral("named.png"));
    const CliRun run = runCli(runArgs(kSaliencyModels.last(), m_blob) +
                              QStringList{"--map-name", other, "--map", named, "--threshold", "0.4"} + gray);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const cv::Mat namedMap = cv::imread(named.toStdString());
    const cv::Mat finalMap = cv::imread(finalPng.toStdString());
    QCOMPARE(namedMap.cols, m_image.size.width);
    QCOMPARE(namedMap.rows, m_image.size.height);
    QVERIFY(cv::norm(namedMap, finalMap, cv::NORM_L1) > 0.0); // another map really was rendered
    std::vector<cv::Mat> channels;
    cv::split(namedMap, channels); // the gray colormap gives B == G == R
    QCOMPARE(cv::norm(channels[0], channels[1], cv::NORM_INF), 0.0);
    QCOMPARE(cv::norm(channels[1], channels[2], cv::NORM_INF), 0.0);
}

void TestCliRun::failedRunKeepsExistingOutput() {
    const QString overlay = QDir(m_outDir).filePath(QStringLiteral("overlay.png"));
    const QString json = QDir(m_outDir).filePath(QStringLiteral("result.json"));
    const QByteArray before = "previous overlay";
    QVERIFY(writeBytes(overlay, before));
    QVERIFY(writeBytes(json, before));

    const CliRun run = runCli(runArgs(kSaliencyModels.first(), m_blob) +
                              QStringList{"--output", overlay, "--json", json, "--set", "bogus_param=1"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(readAll(overlay), before);
    QCOMPARE(readAll(json), before);
    // Only the two files we made: no temporary files left behind either.
    QCOMPARE(QDir(m_outDir).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestCliRun::writeFailureLeavesNoFile() {
    // Nobody can create files in /proc. As root the folder passes the up-front permission check, so the
    // write itself fails (exit 1) after the overlay and map were already staged; otherwise the check refuses
    // the path (exit 2). Either way not one file may appear.
    const QString overlay = QDir(m_outDir).filePath(QStringLiteral("overlay.png"));
    const QString map = QDir(m_outDir).filePath(QStringLiteral("map.png"));
    const CliRun run = runCli(runArgs(kSaliencyModels.first(), m_blob) +
                              QStringList{"--output", overlay, "--map", map, "--json", "/proc/al-test.json"});
    QCOMPARE(run.exitCode, ::geteuid() == 0 ? 1 : 2);
    QVERIFY2(run.err.startsWith(kErrorPrefix) && run.err.contains(QLatin1String("al-test.json")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    const QStringList left = QDir(m_outDir).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

void TestCliRun::ctrlCCancelsAndWritesNothing() {
    // A large, smooth image so that the model is still busy when the signal arrives.
    cv::Mat noise(24, 32, CV_8UC3);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::Mat big;
    cv::resize(noise, big, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
    const QString input = path(QStringLiteral("big.png"));
    QVERIFY(cv::imwrite(input.toStdString(), big));
    const QString overlay = QDir(m_outDir).filePath(QStringLiteral("overlay.png"));
    const QString json = QDir(m_outDir).filePath(QStringLiteral("result.json"));

    QProcess process;
    process.start(cliPath(), runArgs(kSaliencyModels.last(), input) +
                                 QStringList{"--output", overlay, "--json", json, "--progress"});
    QVERIFY(process.waitForStarted(10000));
    // The first progress line means the model runs, so the Ctrl+C handler is installed.
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("progress") && process.state() == QProcess::Running &&
           process.waitForReadyRead(60000))
        err += process.readAllStandardError();
    QVERIFY2(err.contains("progress"), err.constData());
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();

    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        QSKIP("the model finished before the signal arrived");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("attentionlens-cli: error: "), err.constData());
    QVERIFY(QDir(m_outDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli.moc"
