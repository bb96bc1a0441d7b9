// SPDX-License-Identifier: MIT
// attentionlens-cli explain end to end on the digit models and the bundled cluttered-digit fixture.
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>

using namespace al::test;

namespace {

const QString kFixture = QStringLiteral(AL_MODELS_DIR "/fixtures/cluttered-digits-test");

QJsonObject fixtureSample(int index) {
    QFile file(kFixture + "/labels.json");
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseJson(file.readAll()).object()["samples"].toArray().at(index).toObject();
}

void checkCurve(const QJsonObject& curve, int steps) {
    QCOMPARE(curve["fraction"].toArray().size(), steps + 1);
    QCOMPARE(curve["score"].toArray().size(), steps + 1);
    const double auc = curve["auc"].toDouble(-1);
    QVERIFY(auc >= 0.0 && auc <= 1.0);
}

} // namespace

class TestCliExplain : public QObject {
    Q_OBJECT
private slots:
    void occlusionOnADigit() {
        QTemporaryDir tmp;
        const QJsonObject sample = fixtureSample(3);
        const QString input = kFixture + "/" + sample["file"].toString();
        const QString json = tmp.filePath("explain.json"), overlay = tmp.filePath("occlusion.png");
        const CliRun run =
            runCli({"--model-dir", AL_MODELS_DIR, "explain", "--model", "digits-cbam", "--input", input,
                    "--method", "occlusion", "--steps", "8", "--json", json, "--output", overlay});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("deletion"));
        const QJsonObject r = parseJson(readAll(json)).object();
        QCOMPARE(r["model"].toString(), QStringLiteral("digits-cbam"));
        QCOMPARE(r["method"].toObject()["name"].toString(), QStringLiteral("occlusion"));
        const QJsonObject curves = r["curves"].toObject();
        for (const char* name :
             {"modelDeletion", "modelInsertion", "perturbationDeletion", "perturbationInsertion"})
            checkCurve(curves[QLatin1String(name)].toObject(), 8);
        // Deletion starts at the unperturbed probability of the target.
        QVERIFY(std::abs(curves["modelDeletion"].toObject()["score"].toArray().at(0).toDouble() -
                         r["target"].toObject()["score"].toDouble()) < 1e-6);
        const double rho = r["rankCorrelation"].toDouble(-2);
        QVERIFY(rho >= -1.0 && rho <= 1.0);
        // The output is the image's size.
        const cv::Mat written = cv::imread(overlay.toStdString());
        QCOMPARE(written.cols, 64);
        QCOMPARE(written.rows, 64);
        // Hiding the digit hurts the predicted class most: the occlusion peak touches the ink box (with the
        // 8 px patch as slack).
        if (r["target"].toObject()["index"].toInt() == sample["label"].toInt()) {
            const QJsonArray box = sample["box"].toArray();
            const QJsonArray at = r["perturbationMap"].toObject()["argmax"].toArray();
            const double x = at.at(0).toDouble(), y = at.at(1).toDouble();
            QVERIFY2(x >= box.at(0).toDouble() - 8 && x <= box.at(2).toDouble() + 8 &&
                         y >= box.at(1).toDouble() - 8 && y <= box.at(3).toDouble() + 8,
                     qPrintable(QStringLiteral("peak at %1,%2").arg(x).arg(y)));
        }
    }

    void riseWithoutCurves() {
        QTemporaryDir tmp;
        const QString json = tmp.filePath("rise.json");
        const QString input = kFixture + "/" + fixtureSample(0)["file"].toString();
        const CliRun run =
            runCli({"--model-dir", AL_MODELS_DIR, "explain", "--model", "digits-cnn-baseline", "--input",
                    input, "--method", "rise", "--masks", "100", "--no-curves", "--json", json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject r = parseJson(readAll(json)).object();
        QCOMPARE(r["method"].toObject()["masks"].toInt(), 100);
        QVERIFY(!r.contains("curves"));
    }

    void badUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString input = kFixture + "/0000.png";
        QTest::newRow("no model") << QStringList{"explain", "--input", input} << "--model is required";
        QTest::newRow("no input") << QStringList{"explain", "--model", "digits-cbam"}
                                  << "--input is required";
        QTest::newRow("unknown method")
            << QStringList{"explain", "--model", "digits-cbam", "--input", input, "--method", "lime"}
            << "Unknown method 'lime'";
        QTest::newRow("unknown baseline")
            << QStringList{"explain", "--model", "digits-cbam", "--input", input, "--baseline", "grey"}
            << "Unknown baseline 'grey'";
        QTest::newRow("not a classifier")
            << QStringList{"explain", "--model", "saliency.spectral-residual", "--input", input}
            << "does not classify";
        QTest::newRow("missing input")
            << QStringList{"explain", "--model", "digits-cbam", "--input", "/nonexistent/x.png"} << "x.png";
        QTest::newRow("bad target") << QStringList{"explain", "--model",  "digits-cbam", "--input",
                                                   input,     "--target", "12"}
                                    << "Class 12 does not exist";
        QTest::newRow("bad patch") << QStringList{"explain", "--model", "digits-cbam", "--input", input,
                                                  "--patch", "0"}
                                   << "--patch";
    }
    void badUsage() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QString json = tmp.filePath("never.json");
        const CliRun run =
            runCli(QStringList{"--model-dir", AL_MODELS_DIR} + args + QStringList{"--json", json});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(kErrorPrefix) && run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(json));
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
