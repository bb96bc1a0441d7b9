// SPDX-License-Identifier: MIT
// `attentionlens-cli fingerprint analyze` and `match` run as a process: outputs, exit codes, error lines.
#include "../cli/CliTestSupport.h"

#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/IsoTemplate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace al;
using namespace al::test;

class TestCliFpAnalyze : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void analyzeWritesEverything();
    void dpiResamples();
    void matchImageAgainstTemplate();
    void badUsage_data();
    void badUsage();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_print;
};

void TestCliFpAnalyze::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_print = path(QStringLiteral("print.png"));
    const cv::Mat image =
        fp::generatePrint(fp::FingerprintClass::RightLoop, 4, cv::Size(320, 320), true).image;
    QVERIFY(cv::imwrite(m_print.toStdString(), image));
    QVERIFY(writeBytes(path(QStringLiteral("broken.iso")), QByteArray("FMR\0 20\0\0\0\0\x30", 12)));
    QVERIFY(writeBytes(path(QStringLiteral("file.txt")), "x"));
}

void TestCliFpAnalyze::analyzeWritesEverything() {
    const QString json = path(QStringLiteral("a.json")), iso = path(QStringLiteral("a.iso")),
                  stages = path(QStringLiteral("stages"));
    const CliRun run = runCli({QStringLiteral("fingerprint"), QStringLiteral("analyze"),
                               QStringLiteral("--input"), m_print, QStringLiteral("--json"), json,
                               QStringLiteral("--template"), iso, QStringLiteral("--stages"), stages});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Class:")));
    const QJsonObject o = parseJson(readAll(json)).object();
    QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("right_loop"));
    QCOMPARE(o.value(QStringLiteral("width")).toInt(), 320);
    const int minutiae = int(o.value(QStringLiteral("minutiae")).toArray().size());
    QVERIFY(minutiae > 10);
    const fp::IsoTemplate t = fp::readIsoTemplateFile(iso);
    QCOMPARE(int(t.views.front().minutiae.size()), minutiae);
    const QStringList images = QDir(stages).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), 12);
    QCOMPARE(images.first(), QStringLiteral("01-input.png"));
    QCOMPARE(images.last(), QStringLiteral("12-singular.png"));
    const cv::Mat stage = cv::imread(QDir(stages).filePath(images.last()).toStdString());
    QCOMPARE(stage.cols, 320);
}

void TestCliFpAnalyze::dpiResamples() {
    const QString json = path(QStringLiteral("dpi.json"));
    const CliRun run =
        runCli({QStringLiteral("fingerprint"), QStringLiteral("analyze"), QStringLiteral("--input"), m_print,
                QStringLiteral("--dpi"), QStringLiteral("400"), QStringLiteral("--json"), json});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = parseJson(readAll(json)).object();
    QCOMPARE(o.value(QStringLiteral("width")).toInt(), 400); // 320 px at 400 dpi = 400 px at 500 ppi
    QCOMPARE(o.value(QStringLiteral("scale")).toDouble(), 1.25);
}

void TestCliFpAnalyze::matchImageAgainstTemplate() {
    const QString iso = path(QStringLiteral("m.iso")), json = path(QStringLiteral("m.json"));
    QCOMPARE(runCli({QStringLiteral("fingerprint"), QStringLiteral("analyze"), QStringLiteral("--input"),
                     m_print, QStringLiteral("--template"), iso})
                 .exitCode,
             0);
    const CliRun run = runCli({QStringLiteral("fingerprint"), QStringLiteral("match"), m_print, iso,
                               QStringLiteral("--json"), json});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Score:")));
    const QJsonObject o = parseJson(readAll(json)).object();
    // The same minutiae, only with angles quantised to 1.4 degrees: everything pairs.
    QVERIFY2(o.value(QStringLiteral("score")).toDouble() > 0.99, qPrintable(run.out));
    QCOMPARE(o.value(QStringLiteral("pairs")).toArray().size(),
             o.value(QStringLiteral("minutiaeOfA")).toArray().size());
    QVERIFY(std::fabs(o.value(QStringLiteral("rotationDegrees")).toDouble()) < 1.0);
}

void TestCliFpAnalyze::badUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString analyze = QStringLiteral("analyze"), match = QStringLiteral("match");
    QTest::newRow("no input") << QStringList{analyze, QStringLiteral("--json"), QStringLiteral("OUT")}
                              << QStringLiteral("--input");
    QTest::newRow("missing file") << QStringList{analyze, QStringLiteral("--input"),
                                                 QStringLiteral("DIR/none.png"), QStringLiteral("--json"),
                                                 QStringLiteral("OUT")}
                                  << QStringLiteral("none.png");
    QTest::newRow("not an image") << QStringList{analyze, QStringLiteral("--input"),
                                                 QStringLiteral("DIR/file.txt"), QStringLiteral("--json"),
                                                 QStringLiteral("OUT")}
                                  << QStringLiteral("file.txt");
    QTest::newRow("dpi out of range") << QStringList{analyze,
                                                     QStringLiteral("--input"),
                                                     QStringLiteral("PRINT"),
                                                     QStringLiteral("--dpi"),
                                                     QStringLiteral("50"),
                                                     QStringLiteral("--json"),
                                                     QStringLiteral("OUT")}
                                      << QStringLiteral("dpi");
    QTest::newRow("stages is a file") << QStringList{analyze,
                                                     QStringLiteral("--input"),
                                                     QStringLiteral("PRINT"),
                                                     QStringLiteral("--stages"),
                                                     QStringLiteral("DIR/file.txt"),
                                                     QStringLiteral("--json"),
                                                     QStringLiteral("OUT")}
                                      << QStringLiteral("--stages");
    QTest::newRow("one print") << QStringList{match, QStringLiteral("PRINT"), QStringLiteral("--json"),
                                              QStringLiteral("OUT")}
                               << QStringLiteral("two prints");
    QTest::newRow("broken template") << QStringList{match, QStringLiteral("PRINT"),
                                                    QStringLiteral("DIR/broken.iso"),
                                                    QStringLiteral("--json"), QStringLiteral("OUT")}
                                     << QStringLiteral("broken.iso");
}

void TestCliFpAnalyze::badUsage() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString out = path(QStringLiteral("never.json"));
    args.replaceInStrings(QStringLiteral("OUT"), out);
    args.replaceInStrings(QStringLiteral("PRINT"), m_print);
    args.replaceInStrings(QStringLiteral("DIR"), m_dir.path());
    args.prepend(QStringLiteral("fingerprint"));
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.crashed);
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(kErrorPrefix));
    QVERIFY2(lines.first().contains(message), qPrintable(lines.first()));
    QVERIFY(!QFileInfo::exists(out)); // nothing written on failure
}

QTEST_GUILESS_MAIN(TestCliFpAnalyze)
#include "tst_cli_fpanalyze.moc"
