// SPDX-License-Identifier: MIT
// Self-attention step-through arithmetic: hand-computed small examples, and the shipped ViT package
// (its exported Q and K give back its exported attention).
#include <attentionlens/Error.h>
#include <attentionlens/ModelPackage.h>
#include <attentionlens/SelfAttentionSteps.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cmath>

Q_DECLARE_METATYPE(cv::Mat)

using namespace al;

namespace {

const QString kVit = QStringLiteral(AL_MODELS_DIR "/digits-vit");

/// q = (1, 0); keys (1, 0), (0, 1), (1, 1); d = 2, so the scaled scores are (1, 0, 1) / sqrt(2).
HeadQkv tinyHead() {
    HeadQkv h;
    h.q = (cv::Mat_<float>(3, 2) << 1, 0, 0, 1, 1, 1);
    h.k = (cv::Mat_<float>(3, 2) << 1, 0, 0, 1, 1, 1);
    h.v = (cv::Mat_<float>(3, 2) << 1, 0, 0, 1, 2, 2);
    return h;
}

cv::Mat readBlob(const QString& path, const std::vector<int>& shape) {
    cv::Mat m(int(shape.size()), shape.data(), CV_32F);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() != qint64(m.total() * sizeof(float)))
        return {};
    f.read(reinterpret_cast<char*>(m.data), f.size());
    return m;
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b) {
    return cv::norm(a.reshape(1, 1), b.reshape(1, 1), cv::NORM_INF);
}

} // namespace

class TestSelfAttention : public QObject {
    Q_OBJECT
private slots:
    void stepMatchesHandComputation_data() {
        QTest::addColumn<double>("temperature");
        QTest::addColumn<double>("w0");
        QTest::addColumn<double>("w1");
        QTest::addColumn<double>("entropy");
        // w = exp(s/T) / sum exp(s/T) with s = (1, 0, 1)/sqrt(2); H = -sum w ln w (numpy, by hand)
        QTest::newRow("T=1") << 1.0 << 0.401112 << 0.197776 << 1.053363;
        QTest::newRow("T=0.5 sharper") << 0.5 << 0.445808 << 0.108383 << 0.961144;
        QTest::newRow("T=2 flatter") << 2.0 << 0.370070 << 0.259859 << 1.085936;
        QTest::newRow("T=100 nearly uniform") << 100.0 << 0.334118 << 0.331764 << 1.098607;
    }
    void stepMatchesHandComputation() {
        QFETCH(double, temperature);
        QFETCH(double, w0);
        QFETCH(double, w1);
        QFETCH(double, entropy);
        const QueryAttentionStep s = selfAttentionStep(tinyHead(), 0, temperature);
        QCOMPARE(s.scores.cols, 3);
        QVERIFY(std::abs(s.scores.at<float>(0, 0) - 1.f) < 1e-6f);
        QVERIFY(std::abs(s.scores.at<float>(0, 1)) < 1e-6f);
        QVERIFY(std::abs(s.scale - 1.0 / std::sqrt(2.0)) < 1e-12);
        QVERIFY(std::abs(s.scaled.at<float>(0, 2) - 0.7071068f) < 1e-6f);
        QVERIFY(std::abs(s.weights.at<float>(0, 0) - w0) < 1e-5);
        QVERIFY(std::abs(s.weights.at<float>(0, 1) - w1) < 1e-5);
        QVERIFY(std::abs(s.weights.at<float>(0, 2) - w0) < 1e-5);
        QVERIFY(std::abs(cv::sum(s.weights)[0] - 1.0) < 1e-6);
        QVERIFY(std::abs(s.entropy - entropy) < 1e-5);
        QVERIFY(std::abs(s.maxEntropy - std::log(3.0)) < 1e-12);
        // weighted sum of V = w0 (1,0) + w1 (0,1) + w2 (2,2) with w2 = w0
        QVERIFY(std::abs(s.output.at<float>(0, 0) - 3.0 * w0) < 1e-5);
        QVERIFY(std::abs(s.output.at<float>(0, 1) - (w1 + 2.0 * w0)) < 1e-5);
    }

    void softmaxIsStableForLargeScores() {
        const cv::Mat row = (cv::Mat_<float>(1, 3) << 1000.f, 999.f, -1000.f);
        const cv::Mat w = softmaxWithTemperature(row, 1.0);
        // exp(0) / (exp(0) + exp(-1)) = 0.731059
        QVERIFY(std::abs(w.at<float>(0, 0) - 0.731059f) < 1e-5f);
        QVERIFY(std::isfinite(w.at<float>(0, 2)));
        QVERIFY(w.at<float>(0, 2) < 1e-30f);
    }

    void entropyOfKnownDistributions_data() {
        QTest::addColumn<cv::Mat>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("one-hot") << cv::Mat((cv::Mat_<float>(1, 4) << 0, 1, 0, 0)) << 0.0;
        QTest::newRow("uniform 4") << cv::Mat(cv::Mat(1, 4, CV_32F, cv::Scalar(0.25))) << std::log(4.0);
        QTest::newRow("half-half") << cv::Mat((cv::Mat_<float>(1, 3) << 0.5f, 0.5f, 0.f)) << std::log(2.0);
    }
    void entropyOfKnownDistributions() {
        QFETCH(cv::Mat, p);
        QFETCH(double, expected);
        QVERIFY(std::abs(entropyNats(p) - expected) < 1e-6);
    }

    void badArgumentsAreRejected() {
        QVERIFY_THROWS_EXCEPTION(Error, selfAttentionStep(tinyHead(), 3, 1.0));
        QVERIFY_THROWS_EXCEPTION(Error, selfAttentionStep(tinyHead(), 0, 0.0));
        HeadQkv h = tinyHead();
        h.k = cv::Mat::zeros(3, 5, CV_32F);
        QVERIFY_THROWS_EXCEPTION(Error, selfAttentionStep(h, 0, 1.0));
        QVERIFY_THROWS_EXCEPTION(Error, splitHeads(cv::Mat::zeros(1, 10, CV_32F), {1, 2, 3, 4}));
    }

    void splitHeadsKeepsTheHeadOrder() {
        std::vector<int> shape{1, 2, 3, 2};
        cv::Mat t(4, shape.data(), CV_32F);
        for (int i = 0; i < 12; ++i)
            t.ptr<float>()[i] = float(i);
        const std::vector<cv::Mat> heads = splitHeads(t, shape);
        QCOMPARE(int(heads.size()), 2);
        QCOMPARE(heads[1].size(), cv::Size(2, 3));
        QCOMPARE(heads[1].at<float>(0, 0), 6.f);
        QCOMPARE(heads[1].at<float>(2, 1), 11.f);
    }

    void layersAreFoundInAResult() {
        ModelResult r;
        std::vector<int> shape{1, 1, 3, 2};
        const HeadQkv h = tinyHead();
        for (const auto& [suffix, m] : {std::pair{"_q", h.q}, {"_k", h.k}, {"_v", h.v}})
            r.intermediates.push_back({QStringLiteral("layer0") + suffix, {}, shape, m.clone()});
        r.intermediates.push_back({QStringLiteral("layer1_q"), {}, shape, h.q.clone()}); // no K, V
        QVERIFY(hasSelfAttentionIntermediates(r));
        const std::vector<SelfAttentionLayer> layers = selfAttentionLayers(r, true, 1);
        QCOMPARE(int(layers.size()), 1);
        QCOMPARE(layers[0].name, QStringLiteral("layer0"));
        QCOMPARE(layers[0].tokenLabels, QStringList({"CLS", "0,0", "1,0"}));
        QVERIFY(maxAbsDiff(layers[0].heads[0].k, h.k) == 0.0);
    }

    // The exported Q and K of the shipped ViT reproduce its exported attention (torch reference vectors).
    void vitAttentionFromExportedQk_data() {
        QTest::addColumn<int>("layer");
        for (int l = 0; l < 4; ++l)
            QTest::addRow("layer%d", l) << l;
    }
    void vitAttentionFromExportedQk() {
        QFETCH(int, layer);
        const QString stem = kVit + QStringLiteral("/parity/case0_layer%1_").arg(layer);
        const std::vector<int> qkvShape{1, 4, 65, 16};
        const cv::Mat q = readBlob(stem + "q.bin", qkvShape), k = readBlob(stem + "k.bin", qkvShape);
        const cv::Mat v = readBlob(stem + "v.bin", qkvShape),
                      a = readBlob(stem + "attention.bin", {4, 65, 65});
        QVERIFY2(!q.empty() && !k.empty() && !v.empty() && !a.empty(), qPrintable(stem));
        const std::vector<cv::Mat> qs = splitHeads(q, qkvShape), ks = splitHeads(k, qkvShape),
                                   vs = splitHeads(v, qkvShape), as = splitHeads(a, {4, 65, 65});
        for (int h = 0; h < 4; ++h) {
            const double diff = maxAbsDiff(attentionMatrix({qs[h], ks[h], vs[h]}), as[h]);
            QVERIFY2(diff <= 1e-4, qPrintable(QStringLiteral("head %1: %2").arg(h).arg(diff)));
            const QueryAttentionStep s = selfAttentionStep({qs[h], ks[h], vs[h]}, 0, 1.0);
            QVERIFY(maxAbsDiff(s.weights, as[h].row(0)) <= 1e-4);
        }
    }

    // The same through OpenCV DNN on another image: what the app computes at run time.
    void vitAttentionFromOpenCvOutputs() {
        cv::dnn::Net net = cv::dnn::readNetFromONNX((kVit + "/model.onnx").toStdString());
        const cv::Mat img = cv::imread((kVit + "/samples/digit-03.png").toStdString(), cv::IMREAD_GRAYSCALE);
        QVERIFY(!img.empty());
        net.setInput(cv::dnn::blobFromImage(img, 1.0 / 255.0));
        std::vector<cv::Mat> outs;
        net.forward(outs, std::vector<cv::String>{"layer2_q", "layer2_k", "layer2_v", "layer2_attention"});
        QCOMPARE(int(outs.size()), 4);
        const std::vector<int> qkvShape{1, 4, 65, 16};
        const std::vector<cv::Mat> qs = splitHeads(outs[0], qkvShape), ks = splitHeads(outs[1], qkvShape),
                                   vs = splitHeads(outs[2], qkvShape), as = splitHeads(outs[3], {4, 65, 65});
        for (int h = 0; h < 4; ++h)
            QVERIFY(maxAbsDiff(attentionMatrix({qs[h], ks[h], vs[h]}), as[h]) <= 1e-4);
    }

    // randomized.onnx (Adebayo et al. 2018) reproduces its own parity vectors and is not the trained model.
    void vitRandomizedCopyMatchesItsParity() {
        const ModelPackage p = loadModelPackage(kVit);
        QVERIFY(p.randomizedOnnxPath.endsWith(QStringLiteral("/randomized.onnx")));
        QFile f(kVit + "/parity/randomized/index.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject index = QJsonDocument::fromJson(f.readAll()).object();
        const double tolerance = index["tolerance_max_abs_diff"].toDouble();
        QVERIFY(tolerance > 0.0 && tolerance <= 1e-4);
        cv::dnn::Net rnd = cv::dnn::readNetFromONNX(p.randomizedOnnxPath.toStdString());
        cv::dnn::Net trained = cv::dnn::readNetFromONNX(p.onnxPath.toStdString());
        int checked = 0;
        for (const QJsonValue& cv : index["cases"].toArray()) {
            const QJsonObject c = cv.toObject();
            const cv::Mat input =
                readBlob(kVit + "/parity/randomized/" + c["input"].toString(), {1, 1, 64, 64});
            QVERIFY(!input.empty());
            for (const QJsonValue& ov : c["outputs"].toArray()) {
                const QJsonObject o = ov.toObject();
                std::vector<int> shape;
                for (const QJsonValue& d : o["shape"].toArray())
                    shape.push_back(d.toInt());
                const cv::Mat ref = readBlob(kVit + "/parity/randomized/" + o["file"].toString(), shape);
                rnd.setInput(input);
                const cv::Mat got = rnd.forward(o["name"].toString().toStdString()).clone();
                QCOMPARE(got.total(), ref.total());
                QVERIFY2(maxAbsDiff(got, ref) <= tolerance, qPrintable(o["name"].toString()));
                if (o["name"].toString() == QLatin1String("prob")) {
                    trained.setInput(input);
                    QVERIFY(maxAbsDiff(trained.forward("prob"), ref) > 1e-3);
                }
                ++checked;
            }
        }
        QVERIFY(checked >= 4);
    }
};

QTEST_APPLESS_MAIN(TestSelfAttention)
#include "tst_selfattention.moc"
