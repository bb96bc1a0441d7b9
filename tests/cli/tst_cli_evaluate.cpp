// SPDX-License-Identifier: MIT
// evaluate and --model-dir end to end.
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace al::test;

class TestCliEvaluate : public QObject {
    Q_OBJECT
private slots:
    void evaluatesASaliencyModelOnDigits() {
        QTemporaryDir tmp;
        const QString json = tmp.filePath("report.json");
        const CliRun run = runCli({"evaluate", "--model", "saliency.spectral-residual", "--dataset",
                                   "builtin:cluttered-digits", "--limit", "40", "--json", json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("Pointing game"));
        const QJsonObject r = parseJson(readAll(json)).object();
        QCOMPARE(r["samples"].toInt(), 40);
        QCOMPARE(r["accuracy"].toDouble(), 0.0); // a saliency model predicts no class
        const double chance = r["chancePointing"].toDouble();
        QVERIFY(chance > 0.02 && chance < 0.2);
        QVERIFY(r["boxBlurBaselinePointing"].toDouble() > chance);
        bool sawSaliency = false;
        for (const QJsonValue& v : r["maps"].toArray()) {
            const double p = v.toObject()["pointing"].toDouble();
            QVERIFY(p >= 0.0 && p <= 1.0);
            sawSaliency |= v.toObject()["name"].toString() == "saliency";
        }
        QVERIFY(sawSaliency);
    }

    void badEvaluateUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model") << QStringList{"evaluate"} << "--model ID is required";
        QTest::newRow("unknown dataset")
            << QStringList{"evaluate", "--model", "saliency.spectral-residual", "--dataset", "imagenet"}
            << "Unknown dataset 'imagenet'";
        QTest::newRow("bad limit") << QStringList{"evaluate", "--model", "saliency.spectral-residual",
                                                  "--limit", "0"}
                                   << "--limit must be a whole number";
        QTest::newRow("unknown model")
            << QStringList{"evaluate", "--model", "nope"} << "Unknown model 'nope'";
        QTest::newRow("missing model dir") << QStringList{"models", "--model-dir", "/nonexistent/models"}
                                           << "--model-dir '/nonexistent/models' is not a folder";
        // Regression: an empty --json value was ignored and nothing was written.
        QTest::newRow("empty json path")
            << QStringList{"evaluate", "--model", "saliency.spectral-residual", "--limit", "1", "--json", ""}
            << "--json needs a file name";
    }
    void badEvaluateUsage() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(kErrorPrefix) && run.err.contains(message), qPrintable(run.err));
    }

    void aBrokenModelPackageIsReportedNotFatal() {
        QTemporaryDir tmp;
        QDir(tmp.path()).mkpath("broken-model");
        QVERIFY(
            writeBytes(tmp.filePath("broken-model/model.json"), "{ \"format\": \"attentionlens-model\" }"));
        const CliRun run = runCli({"plugins", "--model-dir", tmp.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("broken-model") && run.out.contains("format_version"), qPrintable(run.out));
        const CliRun models = runCli({"models", "--model-dir", tmp.path()});
        QCOMPARE(models.exitCode, 0);
        QVERIFY(models.out.contains("saliency.itti-koch"));
    }
};

QTEST_GUILESS_MAIN(TestCliEvaluate)
#include "tst_cli_evaluate.moc"
