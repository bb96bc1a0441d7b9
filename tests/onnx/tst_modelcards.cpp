// SPDX-License-Identifier: MIT
// The numbers in every shipped model card (written by training/export.py from PyTorch) must be what the C++
// path measures: OpenCV DNN + the core's data generator + the core's evaluator, on the full test split.
#include "OnnxModel.h"

#include <attentionlens/Evaluation.h>
#include <attentionlens/ModelPackage.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace al;

class TestModelCards : public QObject {
    Q_OBJECT
private slots:
    void cardsMatchTheCppEvaluation_data() {
        QTest::addColumn<QString>("dir");
        for (const QString& dir : findModelPackageDirs({QStringLiteral(AL_MODELS_DIR)})) {
            QFile manifest(dir + "/model.json"); // the evaluator knows digits only: text/video cards are
                                                 // checked by training/tests (test_text.py, test_temporal.py)
            // ... and image models trained on other data (fingerprint-class-attn: tst_fpclassifier)
            QFile card(dir + "/card.json");
            if (manifest.open(QIODevice::ReadOnly) &&
                QJsonDocument::fromJson(manifest.readAll())["modality"].toString() == u"image" &&
                card.open(QIODevice::ReadOnly) &&
                QJsonDocument::fromJson(card.readAll())["data"]["name"].toString() == u"cluttered-digits")
                QTest::newRow(qPrintable(QDir(dir).dirName())) << dir;
        }
    }
    void cardsMatchTheCppEvaluation() {
        QFETCH(QString, dir);
        const onnx::OnnxModel model(loadModelPackage(dir));
        const QJsonObject metrics = model.package().card.value("metrics").toObject();
        const int samples = metrics.value("test_samples").toInt();
        QVERIFY(samples > 0);
        const EvaluationReport rep = evaluateModel(model, {{"top_k", 1}}, QStringLiteral("builtin:cluttered-digits"), samples);
        QCOMPARE(rep.samples, samples);
        // accuracy: at most a handful of near-tie samples may flip between PyTorch and OpenCV arithmetic
        QVERIFY2(std::abs(rep.accuracy() - metrics.value("test_accuracy").toDouble()) <= 2.0 / samples,
                 qPrintable(QString::number(rep.accuracy())));
        const QJsonObject pg = metrics.value("pointing_game").toObject();
        QVERIFY(std::abs(rep.chancePointing - pg.value("chance").toDouble()) < 1e-3);
        QVERIFY(std::abs(rep.blurBaselinePointing - pg.value("box_blur_baseline").toDouble()) < 1e-3);
        const QJsonObject maps = pg.value("maps").toObject();
        int compared = 0;
        for (const MapScore& m : rep.maps) {
            if (!maps.contains(m.map))
                continue;
            const double expected = maps.value(m.map).toObject().value("pointing_game").toDouble();
            QVERIFY2(std::abs(m.pointing() - expected) <= 3.0 / samples,
                     qPrintable(QStringLiteral("%1: C++ %2, card %3").arg(m.map).arg(m.pointing()).arg(expected)));
            ++compared;
        }
        QCOMPARE(compared > 0, !model.package().attention.empty());
    }
};

QTEST_GUILESS_MAIN(TestModelCards)
#include "tst_modelcards.moc"
