// SPDX-License-Identifier: MIT
// Interventions on digits-cbam: the staged graph reproduces the model (parity with training and with
// model.onnx), each intervention kind builds the map it promises, the dataset loop agrees with the model,
// and the randomised copies load, match their parity vectors and differ from the trained weights.
#include "ParityData.h"
#include <attentionlens/ClutteredDigits.h>
#include <attentionlens/Error.h>
#include <attentionlens/Intervention.h>
#include <attentionlens/ModelPackage.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace al;

using namespace al::test;

namespace {

const QString kModels = QStringLiteral(AL_MODELS_DIR);

double maxRelDiff(const cv::Mat& a, const cv::Mat& b) {
    const cv::Mat fa = a.reshape(1, 1), fb = b.reshape(1, 1);
    if (fa.total() != fb.total())
        return 1e9;
    double scale = 0;
    cv::minMaxLoc(cv::abs(fb), nullptr, &scale);
    return cv::norm(fa, fb, cv::NORM_INF) / std::max(1.0, scale);
}

cv::Mat gradientGate(int rows, int cols) {
    cv::Mat g(rows, cols, CV_32F);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < cols; ++x)
            g.at<float>(y, x) = 0.1f + 0.8f * float(x + y * cols) / float(rows * cols);
    return g;
}

} // namespace

class TestIntervention : public QObject {
    Q_OBJECT

    ModelPackage m_cbam;

private slots:
    void initTestCase() { m_cbam = loadModelPackage(kModels + "/digits-cbam"); }

    void manifestDeclaresStagesAndRandomizedCopy() {
        QCOMPARE(int(m_cbam.stages.size()), 2);
        QCOMPARE(m_cbam.stages[0].gridRows, 32);
        QCOMPARE(m_cbam.stages[1].gridCols, 8);
        QVERIFY(m_cbam.stages[1].onnxPath.endsWith("intervene.onnx"));
        QVERIFY(m_cbam.stages[1].stepOutputs.contains("refined"));
        QVERIFY(m_cbam.randomizedOnnxPath.endsWith("randomized.onnx"));
        const ModelPackage cnn = loadModelPackage(kModels + "/digits-cnn-baseline");
        QVERIFY(cnn.stages.empty());
        QVERIFY(!cnn.randomizedOnnxPath.isEmpty());
    }

    // The staged and randomised graphs are optional files; a malformed "stages" entry is an error naming it.
    void manifestExtrasAreOptionalButChecked() {
        QTemporaryDir tmp;
        const QString src = kModels + "/digits-cbam/";
        for (const char* f : {"model.json", "model.onnx", "card.json", "labels.txt"})
            QVERIFY(QFile::copy(src + f, tmp.filePath(f)));
        const ModelPackage bare = loadModelPackage(tmp.path());
        QVERIFY(bare.stages.empty());
        QVERIFY(bare.randomizedOnnxPath.isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, Intervener{bare});
        QJsonObject root = readJson(tmp.filePath("model.json"));
        QJsonArray stages = root["stages"].toArray();
        QJsonObject first = stages[0].toObject();
        first.remove("map_input");
        stages[0] = first;
        root["stages"] = stages;
        QFile f(tmp.filePath("model.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
        f.close();
        try {
            loadModelPackage(tmp.path());
            QFAIL("accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains("stages[0].map_input"), qPrintable(e.message()));
        }
    }

    // The staged graph against the training framework, with the true and with replaced gates.
    void stagedGraphMatchesParityVectors() {
        const QString dir = kModels + "/digits-cbam/parity/intervene/";
        const QJsonObject index = readJson(dir + "index.json");
        const QJsonArray cases = index["cases"].toArray();
        QCOMPARE(cases.size(), 2);
        cv::dnn::Net net = cv::dnn::readNetFromONNX((kModels + "/digits-cbam/intervene.onnx").toStdString());
        for (const QJsonValue& cv : cases) {
            const QJsonObject c = cv.toObject();
            for (const QJsonValue& in : c["inputs"].toArray()) {
                const cv::Mat blob = readBlob(dir + in["file"].toString(), in["shape"].toArray());
                QVERIFY(!blob.empty());
                net.setInput(blob, in["name"].toString().toStdString());
            }
            std::vector<cv::String> names;
            std::vector<cv::Mat> refs;
            for (const QJsonValue& o : c["outputs"].toArray()) {
                names.push_back(o["name"].toString().toStdString());
                refs.push_back(readBlob(dir + o["file"].toString(), o["shape"].toArray()));
            }
            std::vector<cv::Mat> outs;
            net.forward(outs, names);
            for (size_t i = 0; i < names.size(); ++i)
                QVERIFY2(maxRelDiff(outs[i], refs[i]) <= 1e-4, names[i].c_str());
        }
    }

    // With mix 0 (no intervention) the staged graph must give exactly the full model's outputs.
    void trueAttentionReproducesTheFullModel() {
        const ClutteredDigits gen(ClutteredDigits::Split::Test);
        const Intervener iv(m_cbam);
        cv::dnn::Net full = cv::dnn::readNetFromONNX(m_cbam.onnxPath.toStdString());
        for (int i : {0, 7, 13}) {
            const DigitSample s = gen.sample(i);
            cv::Mat blob;
            s.image.convertTo(blob, CV_32F, 1.0 / 255.0);
            const int dims[] = {1, 1, 64, 64};
            full.setInput(cv::Mat(4, dims, CV_32F, blob.data));
            std::vector<cv::Mat> outs;
            full.forward(outs, std::vector<cv::String>{"prob", "stage1_spatial", "stage2_spatial"});
            for (int stage : {1, 2}) {
                cv::Mat gate;
                const cv::Mat prob = iv.probabilities(s.image, stage, {}, &gate);
                QVERIFY(cv::norm(prob, outs[0].reshape(1, 1), cv::NORM_INF) <= 1e-4);
                QVERIFY(cv::norm(gate.reshape(1, 1), outs[size_t(stage)].reshape(1, 1), cv::NORM_INF) <=
                        1e-4);
            }
        }
    }

    void interventionBuildsTheMap_data() {
        QTest::addColumn<QString>("spec");
        QTest::newRow("uniform") << "uniform";
        QTest::newRow("inverted") << "inverted";
        QTest::newRow("shift") << "shift:2,-1";
        QTest::newRow("random") << "random:7";
        QTest::newRow("none") << "true";
    }
    void interventionBuildsTheMap() {
        QFETCH(QString, spec);
        const cv::Mat gate = gradientGate(8, 8);
        const InterventionSpec s = InterventionSpec::parse(spec);
        const cv::Mat m = applyIntervention(gate, s);
        QCOMPARE(m.size(), gate.size());
        QCOMPARE(m.type(), CV_32FC1);
        double lo = 0, hi = 0;
        cv::minMaxLoc(m, &lo, &hi);
        if (spec == "uniform") {
            QVERIFY(hi - lo < 1e-6);
            QVERIFY(std::abs(lo - cv::mean(gate)[0]) < 1e-6);
        } else if (spec == "inverted") {
            QVERIFY(cv::norm(m, 1.0 - gate, cv::NORM_INF) < 1e-6);
        } else if (spec.startsWith("shift")) {
            cv::Point after;
            cv::Mat peaked = gate.clone();
            peaked.at<float>(3, 4) = 5.0f; // an interior argmax, so the shift keeps it on the grid
            cv::minMaxLoc(applyIntervention(peaked, s), nullptr, nullptr, nullptr, &after);
            QCOMPARE(after, cv::Point(4 + 2, 3 - 1));
            QCOMPARE(m.at<float>(0, 0), 0.1f);                 // vacated: the gate's minimum
            QCOMPARE(m.at<float>(0, 2), gate.at<float>(1, 0)); // out(y, x) = gate(y - dy, x - dx)
        } else if (spec.startsWith("random")) {
            QVERIFY(lo >= 0.0 && hi < 1.0 && hi - lo > 0.5);
            QCOMPARE(cv::norm(m, applyIntervention(gate, InterventionSpec::random(7)), cv::NORM_INF), 0.0);
            QVERIFY(cv::norm(m, applyIntervention(gate, InterventionSpec::random(8)), cv::NORM_INF) > 0.1);
        } else {
            QCOMPARE(cv::norm(m, gate, cv::NORM_INF), 0.0);
        }
    }

    void maskIsUsedAsGiven() {
        cv::Mat mask(8, 8, CV_32F, cv::Scalar(0));
        mask(cv::Rect(2, 3, 3, 2)).setTo(1.0);
        const cv::Mat m = applyIntervention(gradientGate(8, 8), InterventionSpec::fromMask(mask));
        QCOMPARE(cv::norm(m, mask, cv::NORM_INF), 0.0);
        cv::Mat big(64, 64, CV_8U, cv::Scalar(255)); // a painted 8-bit mask at image size
        QCOMPARE(cv::mean(applyIntervention(gradientGate(8, 8), InterventionSpec::fromMask(big)))[0], 1.0);
        // and through the network: the gate it ran with is the mask
        const DigitSample s = ClutteredDigits(ClutteredDigits::Split::Test).sample(3);
        const InterventionResult r = intervene(m_cbam, s.image, 2, InterventionSpec::fromMask(mask));
        QCOMPARE(cv::norm(r.usedMap, mask, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(r.trueMap, mask, cv::NORM_INF) > 0.1);
    }

    void badSpecsAndStagesAreRefused_data() {
        QTest::addColumn<QString>("spec");
        QTest::newRow("unknown") << "sideways";
        QTest::newRow("shift without y") << "shift:2";
        QTest::newRow("missing mask") << "mask:/nonexistent/mask.png";
    }
    void badSpecsAndStagesAreRefused() {
        QFETCH(QString, spec);
        try {
            InterventionSpec::parse(spec);
            QFAIL("accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
        }
    }
    void badStageIsRefused() {
        const Intervener iv(m_cbam);
        const cv::Mat img(64, 64, CV_8UC1, cv::Scalar(0));
        QVERIFY_THROWS_EXCEPTION(Error, iv.run(img, 3, InterventionSpec::uniform()));
        QVERIFY_THROWS_EXCEPTION(Error, iv.run(img, 0, InterventionSpec::uniform()));
        QVERIFY_THROWS_EXCEPTION(Error, Intervener(loadModelPackage(kModels + "/digits-cnn-baseline")));
    }

    // Accuracy with the true attention equals the model's own accuracy; an intervention changes something.
    void datasetLoopAgreesWithTheModel() {
        const Intervener iv(m_cbam);
        const ClutteredDigits gen(ClutteredDigits::Split::Test);
        const int n = 40;
        int correct = 0;
        cv::dnn::Net full = cv::dnn::readNetFromONNX(m_cbam.onnxPath.toStdString());
        for (int i = 0; i < n; ++i) {
            const DigitSample s = gen.sample(i);
            cv::Mat blob;
            s.image.convertTo(blob, CV_32F, 1.0 / 255.0);
            const int dims[] = {1, 1, 64, 64};
            full.setInput(cv::Mat(4, dims, CV_32F, blob.data));
            cv::Point top;
            cv::minMaxLoc(full.forward("prob").reshape(1, 1), nullptr, nullptr, nullptr, &top);
            correct += top.x == s.label ? 1 : 0;
        }
        const auto specs = defaultInterventions(m_cbam.stages[1]);
        QCOMPARE(specs[3].name(), QStringLiteral("shift:2,2"));
        const InterventionReport r = evaluateInterventions(iv, 2, "builtin:cluttered-digits", n, specs);
        QCOMPARE(r.samples, n);
        QCOMPARE(r.rows[0].name, QStringLiteral("true"));
        QCOMPARE(r.rows[0].correct, correct);
        QCOMPARE(r.rows[0].unchanged, n);
        QVERIFY(r.rows[2].unchanged < n); // inverting the gate flips some predictions
        const QJsonObject json = interventionsToJson(r);
        QCOMPARE(json["accuracy"].toObject()["true"].toDouble(), double(correct) / n);
    }

    void cardReportsInterventions() {
        const QJsonObject iv = m_cbam.card["interventions"].toObject();
        QCOMPARE(iv["samples"].toInt(), 3000);
        const QJsonArray stages = iv["stages"].toArray();
        QCOMPARE(stages.size(), 2);
        const QJsonObject acc = stages[1].toObject()["accuracy"].toObject();
        QCOMPARE(acc["true"].toDouble(), m_cbam.card["metrics"].toObject()["test_accuracy"].toDouble());
        for (const char* key : {"uniform", "inverted", "shift:2,2", "random:1"})
            QVERIFY2(acc.contains(key), key);
    }

    void randomizedCopyMatchesItsParityAndDiffers_data() {
        QTest::addColumn<QString>("package");
        QTest::newRow("cbam") << "digits-cbam";
        QTest::newRow("baseline") << "digits-cnn-baseline";
    }
    void randomizedCopyMatchesItsParityAndDiffers() {
        QFETCH(QString, package);
        const ModelPackage p = loadModelPackage(kModels + "/" + package);
        const QString dir = p.dir + "/parity/randomized/";
        const QJsonArray cases = readJson(dir + "index.json")["cases"].toArray();
        QVERIFY(!cases.isEmpty());
        cv::dnn::Net rnd = cv::dnn::readNetFromONNX(p.randomizedOnnxPath.toStdString());
        cv::dnn::Net trained = cv::dnn::readNetFromONNX(p.onnxPath.toStdString());
        for (const QJsonValue& cv : cases) {
            const QJsonObject c = cv.toObject();
            const cv::Mat input = readBlob(dir + c["input"].toString(), c["input_shape"].toArray());
            rnd.setInput(input);
            trained.setInput(input);
            for (const QJsonValue& o : c["outputs"].toArray()) {
                const std::string name = o["name"].toString().toStdString();
                const cv::Mat ref = readBlob(dir + o["file"].toString(), o["shape"].toArray());
                const cv::Mat got = rnd.forward(name);
                QVERIFY2(maxRelDiff(got, ref) <= 1e-4, name.c_str());
                if (name == "prob")
                    QVERIFY(cv::norm(got.reshape(1, 1), trained.forward(name).reshape(1, 1), cv::NORM_INF) >
                            1e-3);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIntervention)
#include "tst_intervention.moc"
