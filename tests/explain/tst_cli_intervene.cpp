// SPDX-License-Identifier: MIT
// attentionlens-cli intervene and evaluate --interventions end to end: JSON contents, exit codes, no partial
// output on failure.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>
#include <opencv2/imgcodecs.hpp>

using namespace al::test;

namespace {

const QString kSample = QStringLiteral(AL_MODELS_DIR "/digits-cbam/samples/digit-03.png");

QStringList interveneArgs(const QStringList& extra) {
    return QStringList{"--model-dir", AL_MODELS_DIR, "intervene", "--model",
                       "digits-cbam", "--input",     kSample} +
           extra;
}

// max over classes of |log p_after - log p_before| (probabilities floored at 1e-12)
double largestLogChange(const QJsonArray& before, const QJsonArray& after) {
    std::map<int, double> b;
    for (const QJsonValue& p : before)
        b[p["index"].toInt()] = p["score"].toDouble();
    double worst = 0;
    for (const QJsonValue& p : after) {
        const auto it = b.find(p["index"].toInt());
        if (it != b.end())
            worst = std::max(worst, std::abs(std::log(std::max(p["score"].toDouble(), 1e-12)) -
                                             std::log(std::max(it->second, 1e-12))));
    }
    return worst;
}

double sumOfScores(const QJsonArray& predictions) {
    double s = 0;
    for (const QJsonValue& p : predictions)
        s += p["score"].toDouble();
    return s;
}

} // namespace

class TestCliIntervene : public QObject {
    Q_OBJECT
private slots:
    void interveneWritesJson_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("stage");
        QTest::newRow("inverted stage 2") << "inverted" << 2;
        QTest::newRow("uniform stage 1") << "uniform" << 1;
        QTest::newRow("shift") << "shift:1,0" << 2;
        QTest::newRow("random") << "random:5" << 2;
    }
    void interveneWritesJson() {
        QFETCH(QString, spec);
        QFETCH(int, stage);
        QTemporaryDir tmp;
        const QString json = tmp.filePath("iv.json");
        const CliRun run =
            runCli(interveneArgs({"--attention", spec, "--stage", QString::number(stage), "--json", json}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QJsonObject r = parseJson(readAll(json)).object();
        QCOMPARE(r["stage"].toInt(), stage);
        QCOMPARE(r["intervention"].toString(), spec);
        QCOMPARE(r["before"].toArray().size(), 10);
        QVERIFY(std::abs(sumOfScores(r["before"].toArray()) - 1.0) < 1e-4);
        QVERIFY(std::abs(sumOfScores(r["after"].toArray()) - 1.0) < 1e-4);
        const int grid = stage == 1 ? 32 : 8;
        const QJsonObject used = r["usedMap"].toObject(), own = r["trueMap"].toObject();
        QCOMPARE(used["rows"].toInt(), grid);
        QCOMPARE(used["data"].toArray().size(), grid * grid);
        if (spec == "inverted")
            for (int i = 0; i < grid * grid; ++i)
                QVERIFY(std::abs(used["data"][i].toDouble() + own["data"][i].toDouble() - 1.0) < 1e-6);
        // the intervention moved the prediction: compared as log-probabilities per class, because a confident
        // model's top probability can stay at 0.9999 while the others change several-fold
        QVERIFY2(largestLogChange(r["before"].toArray(), r["after"].toArray()) > 0.05,
                 qPrintable(QString::number(largestLogChange(r["before"].toArray(), r["after"].toArray()))));
        QCOMPARE(r["changed"].toBool(), r["topBefore"].toInt() != r["topAfter"].toInt());
    }

    void maskFromFile() {
        QTemporaryDir tmp;
        const QString mask = tmp.filePath("mask.png"), json = tmp.filePath("m.json");
        cv::Mat m(8, 8, CV_8U, cv::Scalar(0));
        m(cv::Rect(0, 0, 4, 8)).setTo(255);
        QVERIFY(cv::imwrite(mask.toStdString(), m));
        const CliRun run = runCli(interveneArgs({"--attention", "mask:" + mask, "--json", json}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray used = parseJson(readAll(json)).object()["usedMap"].toObject()["data"].toArray();
        QCOMPARE(used.size(), 64);
        QCOMPARE(used[0].toDouble(), 1.0);
        QCOMPARE(used[7].toDouble(), 0.0);
    }

    void failuresExitWithUsageAndWriteNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad spec") << interveneArgs({"--attention", "sideways"}) << "sideways";
        QTest::newRow("no attention") << interveneArgs({}) << "--attention";
        QTest::newRow("bad stage") << interveneArgs({"--attention", "uniform", "--stage", "3"}) << "stage";
        QTest::newRow("missing input")
            << QStringList{"--model-dir", AL_MODELS_DIR,      "intervene",   "--model", "digits-cbam",
                           "--input",     "/nonexistent.png", "--attention", "uniform"}
            << "nonexistent";
        QTest::newRow("no staged graph")
            << QStringList{"--model-dir", AL_MODELS_DIR, "intervene",   "--model", "digits-cnn-baseline",
                           "--input",     kSample,       "--attention", "uniform"}
            << "staged";
        QTest::newRow("unknown model")
            << QStringList{"--model-dir", AL_MODELS_DIR, "intervene",   "--model", "nope",
                           "--input",     kSample,       "--attention", "uniform"}
            << "nope";
    }
    void failuresExitWithUsageAndWriteNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString json = tmp.filePath("out.json");
        const CliRun run = runCli(args + QStringList{"--json", json});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(kErrorPrefix) && run.err.trimmed().count('\n') == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(json));
    }

    void evaluateWithInterventions() {
        QTemporaryDir tmp;
        const QString json = tmp.filePath("ev.json");
        const CliRun run = runCli({"--model-dir", AL_MODELS_DIR, "evaluate", "--model", "digits-cbam",
                                   "--limit", "20", "--interventions", "--stage", "2", "--json", json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("inverted"));
        const QJsonObject r = parseJson(readAll(json)).object();
        const QJsonObject iv = r["interventions"].toObject();
        QCOMPARE(iv["samples"].toInt(), 20);
        QCOMPARE(iv["stage"].toInt(), 2);
        // with the model's own attention the accuracy is the model's accuracy
        QCOMPARE(iv["accuracy"]["true"].toDouble(), r["accuracy"].toDouble());
        QCOMPARE(iv["agreement"]["true"].toDouble(), 1.0);
        QCOMPARE(iv["accuracy"].toObject().size(), 5);
        const CliRun bad = runCli({"--model-dir", AL_MODELS_DIR, "evaluate", "--model", "digits-cnn-baseline",
                                   "--limit", "5", "--interventions"});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliIntervene)
#include "tst_cli_intervene.moc"
