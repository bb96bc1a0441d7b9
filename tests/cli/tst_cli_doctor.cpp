// SPDX-License-Identifier: MIT
// doctor end to end on small ONNX fixtures (tests/data/onnx/make_fixtures.py) and the shipped models.
#include "CliTestSupport.h"

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
                              << QStringList{"Softmax 'attn_softmax' -> attention (exported)", "runs in AttentionLens"};
        QTest::newRow("rule breaker") << data + "rules.onnx" << 0
                                      << QStringList{"Opset 17", "batch dimension [batch, 4]", "Expand node",
                                                     "fold the CLS token", "Identity node",
                                                     "(output 'hidden_attention') looks like attention but is not a graph output"};
        QTest::newRow("unsupported op") << data + "unsupported.onnx" << 2
                                        << QStringList{"ERROR: OpenCV cannot import the model", "Einsum", "does not run yet"};
        QTest::newRow("shipped vit") << QStringLiteral(AL_MODELS_DIR "/digits-vit/model.onnx") << 0
                                     << QStringList{"-> layer3_attention (exported)", "Input:   input [1, 1, 64, 64]"};
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
        QTest::newRow("random bytes") << QByteArray("\xff\xff\xff\xff\x0f garbage", 14) << "not an ONNX model";
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
        const CliRun run = runCli({"doctor", QStringLiteral(AL_TEST_DATA_DIR "/onnx/rules.onnx"), "--json", json});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = parseJson(readAll(json)).object();
        QCOMPARE(doc["opset"].toInt(), 17);
        QVERIFY(doc["ok"].toBool());
        QCOMPARE(doc["attentionCandidates"].toArray().size(), 1);
        QVERIFY(!doc["attentionCandidates"].toArray()[0].toObject()["exported"].toBool());
        QVERIFY(doc["findings"].toArray().size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_cli_doctor.moc"
