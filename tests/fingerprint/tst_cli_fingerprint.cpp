// SPDX-License-Identifier: MIT
// End to end: `attentionlens-cli fingerprint generate|evaluate` as a child process, outputs and error paths.
#include "../cli/CliTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace al::test;

class TestCliFingerprint : public QObject {
    Q_OBJECT
private slots:
    void generateWritesImagesAndTruth() {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("finger"));
        const CliRun run =
            runCli({QStringLiteral("fingerprint"), QStringLiteral("generate"), QStringLiteral("--class"),
                    QStringLiteral("left-loop"), QStringLiteral("--seed"), QStringLiteral("12"),
                    QStringLiteral("--impressions"), QStringLiteral("2"), QStringLiteral("--size"),
                    QStringLiteral("300x320"), QStringLiteral("--output"), dir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("left-loop")));
        for (const QString name : {QStringLiteral("master.png"), QStringLiteral("impression-01.png"),
                                   QStringLiteral("impression-02.png")}) {
            const QImage image(QDir(dir).filePath(name));
            QCOMPARE(image.size(), QSize(300, 320));
            QVERIFY(image.isGrayscale());
            QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - 500.0) < 0.5);
        }
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("impression-03.png"))));
        const QJsonObject truth =
            parseJson(readAll(QDir(dir).filePath(QStringLiteral("truth.json")))).object();
        QCOMPARE(truth.value(QStringLiteral("class")).toString(), QStringLiteral("left_loop"));
        QCOMPARE(truth.value(QStringLiteral("seed")).toString(), QStringLiteral("12"));
        QCOMPARE(truth.value(QStringLiteral("ppi")).toInt(), 500);
        const QJsonArray impressions = truth.value(QStringLiteral("impressions")).toArray();
        QCOMPARE(impressions.size(), 2);
        QCOMPARE(impressions.at(1).toObject().value(QStringLiteral("file")).toString(),
                 QStringLiteral("impression-02.png"));
        const QJsonObject master =
            truth.value(QStringLiteral("master")).toObject().value(QStringLiteral("truth")).toObject();
        QVERIFY(master.value(QStringLiteral("minutiae")).toArray().size() > 5);
        QCOMPARE(master.value(QStringLiteral("singularPoints")).toArray().size(), 2);

        // Same seed, same bytes.
        const QString again = tmp.filePath(QStringLiteral("again"));
        QCOMPARE(runCli({QStringLiteral("fingerprint"), QStringLiteral("generate"), QStringLiteral("--class"),
                         QStringLiteral("left-loop"), QStringLiteral("--seed"), QStringLiteral("12"),
                         QStringLiteral("--impressions"), QStringLiteral("2"), QStringLiteral("--size"),
                         QStringLiteral("300x320"), QStringLiteral("--output"), again})
                     .exitCode,
                 0);
        QCOMPARE(readAll(QDir(again).filePath(QStringLiteral("impression-02.png"))),
                 readAll(QDir(dir).filePath(QStringLiteral("impression-02.png"))));
        QCOMPARE(readAll(QDir(again).filePath(QStringLiteral("truth.json"))),
                 readAll(QDir(dir).filePath(QStringLiteral("truth.json"))));
    }

    void badUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString gen = QStringLiteral("generate");
        const QString out = QStringLiteral("--output");
        QTest::newRow("no sub-command") << QStringList{} << QStringLiteral("sub-command");
        QTest::newRow("unknown sub-command")
            << QStringList{QStringLiteral("bogus")} << QStringLiteral("bogus");
        QTest::newRow("unknown class") << QStringList{gen,
                                                      QStringLiteral("--class"),
                                                      QStringLiteral("spiral"),
                                                      QStringLiteral("--seed"),
                                                      QStringLiteral("1"),
                                                      out,
                                                      QStringLiteral("OUT")}
                                       << QStringLiteral("spiral");
        QTest::newRow("no seed") << QStringList{gen, out, QStringLiteral("OUT")} << QStringLiteral("--seed");
        QTest::newRow("bad seed") << QStringList{gen, QStringLiteral("--seed"), QStringLiteral("-3"), out,
                                                 QStringLiteral("OUT")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad size") << QStringList{gen,
                                                 QStringLiteral("--seed"),
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--size"),
                                                 QStringLiteral("20x20"),
                                                 out,
                                                 QStringLiteral("OUT")}
                                  << QStringLiteral("--size");
        QTest::newRow("too many impressions") << QStringList{gen,
                                                             QStringLiteral("--seed"),
                                                             QStringLiteral("1"),
                                                             QStringLiteral("--impressions"),
                                                             QStringLiteral("99"),
                                                             out,
                                                             QStringLiteral("OUT")}
                                              << QStringLiteral("impressions");
        QTest::newRow("no output") << QStringList{gen, QStringLiteral("--seed"), QStringLiteral("1")}
                                   << QStringLiteral("--output");
        QTest::newRow("output is a file")
            << QStringList{gen, QStringLiteral("--seed"), QStringLiteral("1"), out, QStringLiteral("FILE")}
            << QStringLiteral("not a folder");
        QTest::newRow("evaluate one finger")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("--fingers"), QStringLiteral("1")}
            << QStringLiteral("fingers");
    }
    void badUsage() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("file.txt"));
        QVERIFY(writeBytes(file, "x"));
        args.replaceInStrings(QStringLiteral("OUT"), tmp.filePath(QStringLiteral("out")));
        args.replaceInStrings(QStringLiteral("FILE"), file);
        args.prepend(QStringLiteral("fingerprint"));
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.crashed);
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(kErrorPrefix));
        QVERIFY2(lines.first().contains(message), qPrintable(lines.first()));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("out"))));
    }

    void helpListsSubCommands() {
        const CliRun run = runCli({QStringLiteral("fingerprint"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* sub : {"generate", "analyze", "match", "evaluate"})
            QVERIFY(run.out.contains(QLatin1String(sub)));
        const CliRun gen =
            runCli({QStringLiteral("fingerprint"), QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(gen.exitCode, 0);
        QVERIFY(gen.out.contains(QStringLiteral("--impressions")));
    }

    void evaluateWritesJson() {
        QTemporaryDir tmp;
        const QString json = tmp.filePath(QStringLiteral("eval.json"));
        const CliRun run =
            runCli({QStringLiteral("fingerprint"), QStringLiteral("evaluate"), QStringLiteral("--fingers"),
                    QStringLiteral("2"), QStringLiteral("--impressions"), QStringLiteral("2"),
                    QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--size"),
                    QStringLiteral("256x288"), QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("EER")));
        const QJsonObject report = parseJson(readAll(json)).object();
        QCOMPARE(report.value(QStringLiteral("options")).toObject().value(QStringLiteral("fingers")).toInt(),
                 2);
        const QJsonObject matching = report.value(QStringLiteral("matching")).toObject();
        QCOMPARE(matching.value(QStringLiteral("genuine")).toInt(), 2);
        QCOMPARE(matching.value(QStringLiteral("impostor")).toInt(), 1);
        const QJsonObject minutiae = report.value(QStringLiteral("impressions"))
                                         .toObject()
                                         .value(QStringLiteral("minutiae"))
                                         .toObject();
        QVERIFY(minutiae.value(QStringLiteral("truePositives")).toInt() > 0);
        // The bundled package fingerprint-class-attn is found like every model and runs on each impression.
        const QJsonObject classifier = report.value(QStringLiteral("attentionClassifier")).toObject();
        QCOMPARE(classifier.value(QStringLiteral("skipped")).toBool(true), false);
        QCOMPARE(classifier.value(QStringLiteral("modelId")).toString(),
                 QStringLiteral("fingerprint-class-attn"));
        QCOMPARE(classifier.value(QStringLiteral("prints")).toInt(), 4);
        const double accuracy = classifier.value(QStringLiteral("classAccuracy")).toDouble(-1.0);
        QVERIFY(accuracy >= 0.0 && accuracy <= 1.0);
        QCOMPARE(classifier.value(QStringLiteral("peakRadiusPixels")).toDouble(), 25.0);
        const int peakPrints = classifier.value(QStringLiteral("peakPrints")).toInt(-1);
        QVERIFY(peakPrints >= 0 && peakPrints <= 2); // finger 0 is an arch, finger 1 a tented arch
        QVERIFY(classifier.value(QStringLiteral("peakHits")).toInt(-1) <= peakPrints);
        QVERIFY(classifier.contains(QStringLiteral("peakNearSingularPoint")));
        QCOMPARE(classifier.value(QStringLiteral("classConfusion")).toArray().size(), 5);
        QVERIFY2(run.out.contains(QStringLiteral("Attention classifier (fingerprint-class-attn)")),
                 qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliFingerprint)
#include "tst_cli_fingerprint.moc"
