// SPDX-License-Identifier: MIT
// doctor end to end on small ONNX fixtures (tests/data/onnx/make_fixtures.py) and the shipped models.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace al::test;

class TestCliDoctor : public QObject {
    Q_OBJECT
private slots:
    void diagnoses_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("fragments");
        const QString data = QStringLiteral(AL_TEST_DATA_DIR "/onnx/");
        QTest::newRow("good") << data + "good.onnx" << 0
                              << QStringList{"Softmax 'attn_softmax' -> attention (exported)",
                                             "runs in AttentionLens"};
        QTest::newRow("rule breaker")
            << data + "rules.onnx" << 0
            << QStringList{"Opset 17",
                           "batch dimension [batch, 4]",
                           "Expand node",
                           "fold the CLS token",
                           "Identity node",
                           "(output 'hidden_attention') looks like attention but is not a graph output"};
        QTest::newRow("unsupported op")
            << data + "unsupported.onnx" << 2
            << QStringList{"ERROR: OpenCV cannot import the model", "Einsum", "does not run yet"};
        QTest::newRow("shipped vit") << QStringLiteral(AL_MODELS_DIR "/digits-vit/model.onnx") << 0
                                     << QStringList{"-> layer3_attention (exported)",
                                                    "Input:   input [1, 1, 64, 64]"};
    }
    void diagnoses() {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QStringList, fragments);
        const CliRun run = runCli({"doctor", file});
        QCOMPARE(run.exitCode, exitCode);
        for (const QString& f : fragments)
            QVERIFY2(run.out.contains(f), qPrintable(f + "\n" + run.out));
    }

    void badFilesAreClearErrors_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("random bytes")
            << QByteArray("\xff\xff\xff\xff\x0f garbage", 14) << "not an ONNX model";
        QTest::newRow("empty") << QByteArray() << "not an ONNX model";
        QTest::newRow("text") << QByteArray("name: \"not protobuf\"\n") << "not an ONNX model";
    }
    void badFilesAreClearErrors() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString path = tmp.filePath("model.onnx");
        QVERIFY(writeBytes(path, bytes));
        const CliRun run = runCli({"doctor", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(kErrorPrefix) && run.err.contains(message), qPrintable(run.err));
        const CliRun missing = runCli({"doctor", tmp.filePath("missing.onnx")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no such file"));
    }

    void writesJson() {
        QTemporaryDir tmp;
        const QString json = tmp.filePath("doctor.json");
        const CliRun run =
            runCli({"doctor", QStringLiteral(AL_TEST_DATA_DIR "/onnx/rules.onnx"), "--json", json});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = parseJson(readAll(json)).object();
        QCOMPARE(doc["opset"].toInt(), 17);
        QVERIFY(doc["ok"].toBool());
        QCOMPARE(doc["attentionCandidates"].toArray().size(), 1);
        QVERIFY(!doc["attentionCandidates"].toArray()[0].toObject()["exported"].toBool());
        QVERIFY(doc["findings"].toArray().size() >= 5);
    }

    // Regression: --input-shape values were narrowed to int (4294967300 became 4) and huge shapes were
    // allocated for real; both are now a finding, and nothing is run.
    void tooLargeInputShapeIsAFinding_data() {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("over int") << "1,4294967300"
                                  << "[1, 4294967300]";
        QTest::newRow("over memory") << "1,3,100000,100000"
                                     << "3e+10 values";
    }
    void tooLargeInputShapeIsAFinding() {
        QFETCH(QString, shape);
        QFETCH(QString, fragment);
        const CliRun run =
            runCli({"doctor", QStringLiteral(AL_TEST_DATA_DIR "/onnx/good.onnx"), "--input-shape", shape});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("too large to try") && run.out.contains(fragment), qPrintable(run.out));
        QVERIFY2(!run.out.contains("Output:"), qPrintable(run.out)); // nothing was run
    }
    // Regression: `doctor model.onnx --json model.onnx` replaced the model with the report.
    void jsonOverTheModelIsRefused() {
        QTemporaryDir tmp;
        const QString model = tmp.filePath("model.onnx");
        QVERIFY(QFile::copy(QStringLiteral(AL_TEST_DATA_DIR "/onnx/good.onnx"), model));
        const QByteArray before = readAll(model);
        const CliRun run = runCli({"doctor", model, "--json", model});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(kErrorPrefix) && run.err.contains("would overwrite the input"),
                 qPrintable(run.err));
        QCOMPARE(readAll(model), before);
    }
    // Regression: an empty --json value was ignored, so the run "succeeded" without writing anything.
    void emptyJsonPathIsRefused() {
        const CliRun run =
            runCli({"doctor", QStringLiteral(AL_TEST_DATA_DIR "/onnx/good.onnx"), "--json", ""});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--json needs a file name"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_cli_doctor.moc"
