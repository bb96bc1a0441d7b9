// SPDX-License-Identifier: MIT
// The shipped video (sequence) package digits-temporal: both graphs through cv::dnn against the training
// framework's parity vectors, and the plugin's run path (OnnxSequenceModel) on the parity clips: its temporal
// weights, prediction and frame sampling.
#include "OnnxSequenceModel.h"
#include "ParityData.h"

#include <attentionlens/Error.h>
#include <attentionlens/ModelPackage.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace al;

using namespace al::test;

namespace {

const QString kDir = QStringLiteral(AL_MODELS_DIR "/digits-temporal");

QJsonObject parityCase(int i) {
    return readJson(kDir + "/parity/index.json").value("cases").toArray()[i].toObject();
}

// Parity files are named relative to the package's parity folder.
cv::Mat parityBlob(const QString& file, const QJsonArray& shape) {
    return readBlob(kDir + "/parity/" + file, shape);
}

cv::Mat expectedOutput(const QJsonObject& c, const QString& name) {
    for (const QJsonValue& v : c["outputs"].toArray())
        if (v.toObject()["name"].toString() == name)
            return parityBlob(v.toObject()["file"].toString(), v.toObject()["shape"].toArray());
    return {};
}

/// The 16 BGR frames of a parity clip, cut from its strip PNG (frames side by side).
std::vector<cv::Mat> clipFrames(const QJsonObject& c) {
    const cv::Mat strip =
        cv::imread((kDir + "/parity/" + c["strip"].toString()).toStdString(), cv::IMREAD_GRAYSCALE);
    std::vector<cv::Mat> frames;
    if (strip.empty() || strip.cols % strip.rows != 0)
        return frames;
    for (int x = 0; x < strip.cols; x += strip.rows) {
        cv::Mat bgr;
        cv::cvtColor(strip.colRange(x, x + strip.rows), bgr, cv::COLOR_GRAY2BGR);
        frames.push_back(bgr);
    }
    return frames;
}

} // namespace

class TestOnnxTemporal : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(kDir + "/parity/index.json"), qPrintable(kDir)); }

    void graphsMatchTheParityVectors_data() {
        QTest::addColumn<int>("caseIndex");
        QTest::newRow("case0") << 0;
        QTest::newRow("case1") << 1;
    }
    void graphsMatchTheParityVectors() {
        QFETCH(int, caseIndex);
        const QJsonObject c = parityCase(caseIndex);
        const double tolerance =
            readJson(kDir + "/parity/index.json").value("tolerance_max_abs_diff").toDouble();
        QVERIFY(tolerance > 0 && tolerance <= 1e-4);
        const onnx::OnnxSequenceModel model(loadModelPackage(kDir));
        const onnx::SequenceSpec& spec = model.spec();
        const std::vector<cv::Mat> frames = clipFrames(c); // the strip is lossless: blob = grey / 255
        const cv::Mat features = parityBlob(c["features"].toString(), c["features_shape"].toArray());
        QVERIFY(!features.empty());
        QCOMPARE(int(frames.size()), spec.frames);
        cv::Mat mine(spec.frames, spec.featureDim, CV_32F);
        std::map<QString, std::vector<cv::Mat>> perFrame;
        for (int i = 0; i < spec.frames; ++i) {
            cv::Mat grey;
            cv::cvtColor(frames[size_t(i)], grey, cv::COLOR_BGR2GRAY);
            const cv::Mat blob = cv::dnn::blobFromImage(grey, 1.0 / 255.0);
            const auto outs = model.forwardFrame(blob);
            outs.at(spec.frameFeature).reshape(1, 1).copyTo(mine.row(i));
            for (const auto& [name, m] : outs)
                perFrame[name].push_back(m.reshape(1, 1));
        }
        QVERIFY(maxAbsDiff(mine, features) <= tolerance);
        int compared = 0;
        for (const auto& [name, list] : perFrame) {
            const cv::Mat expected = expectedOutput(c, name);
            if (expected.empty())
                continue;
            cv::Mat stacked;
            cv::vconcat(list, stacked);
            QCOMPARE(stacked.total(), expected.total());
            QVERIFY2(maxAbsDiff(stacked, expected) <= tolerance, qPrintable(name));
            ++compared;
        }
        for (const auto& [name, m] : model.forwardHead(features)) {
            const cv::Mat expected = expectedOutput(c, name);
            QVERIFY2(!expected.empty(), qPrintable(name));
            QCOMPARE(m.total(), expected.total());
            QVERIFY2(maxAbsDiff(m, expected) <= tolerance, qPrintable(name));
            ++compared;
        }
        QCOMPARE(compared, int(c["outputs"].toArray().size()));
    }

    // The plugin path: frames -> preprocess -> encoder x16 -> head; its temporal map is the parity vector.
    void runReturnsTheTemporalWeights() {
        const QJsonObject c = parityCase(0);
        const onnx::OnnxSequenceModel model(loadModelPackage(kDir));
        ModelInput input;
        input.modality = Modality::Video;
        input.frames = clipFrames(c);
        QCOMPARE(int(input.frames.size()), model.spec().frames);
        const ModelResult r = model.run(input, {{"top_k", 3}}, RunControl());
        const AttentionMap* temporal = r.finalMap();
        QVERIFY(temporal);
        QVERIFY(temporal->kind == MapKind::Temporal);
        QCOMPARE(temporal->data.cols, model.spec().frames);
        const cv::Mat expected = expectedOutput(c, model.spec().temporalWeights);
        QVERIFY(maxAbsDiff(temporal->data, expected) <= 1e-4);
        QVERIFY(std::abs(cv::sum(temporal->data)[0] - 1.0) < 1e-4);
        cv::Point top;
        cv::minMaxLoc(temporal->data, nullptr, nullptr, nullptr, &top);
        QVERIFY(c["digit_frames"].toArray().contains(top.x)); // the case's clip is one the model gets right
        QCOMPARE(r.predictions.size(), size_t(3));
        cv::Point best;
        cv::minMaxLoc(expectedOutput(c, QStringLiteral("prob")).reshape(1, 1), nullptr, nullptr, nullptr,
                      &best);
        QCOMPARE(r.predictions[0].index, best.x);
        const auto spatial = std::count_if(r.maps.begin(), r.maps.end(),
                                           [](const AttentionMap& m) { return m.kind == MapKind::Spatial; });
        QCOMPARE(int(spatial), 2 * model.spec().frames);
    }

    // A longer clip is sampled evenly: 31 frames -> frames 0, 2, ..., 30.
    void aLongerClipIsSampledEvenly() {
        const QJsonObject c = parityCase(1);
        const onnx::OnnxSequenceModel model(loadModelPackage(kDir));
        const std::vector<cv::Mat> frames = clipFrames(c);
        QCOMPARE(int(frames.size()), 16);
        ModelInput input;
        input.modality = Modality::Video;
        for (size_t i = 0; i < frames.size(); ++i) {
            input.frames.push_back(frames[i]);
            if (i + 1 < frames.size()) // a bright distractor between the real frames
                input.frames.push_back(cv::Mat(frames[i].size(), CV_8UC3, cv::Scalar::all(255)));
        }
        const ModelResult r = model.run(input, {{"top_k", 1}}, RunControl());
        const QVariantList used = r.scalars.value("frame_indices").toList();
        QCOMPARE(used.size(), 16);
        QCOMPARE(used.last().toInt(), 30);
        QCOMPARE(used[1].toInt(), 2);
        const cv::Mat expected = expectedOutput(c, model.spec().temporalWeights);
        QVERIFY(maxAbsDiff(r.finalMap()->data, expected) <= 1e-4);
    }

    void sampleFrameIndices_data() {
        QTest::addColumn<int>("available");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("equal") << 4 << 4 << QList<int>{0, 1, 2, 3};
        QTest::newRow("double") << 7 << 4 << QList<int>{0, 2, 4, 6};
        QTest::newRow("rounded") << 5 << 3 << QList<int>{0, 2, 4};
        QTest::newRow("one") << 9 << 1 << QList<int>{0};
    }
    void sampleFrameIndices() {
        QFETCH(int, available);
        QFETCH(int, wanted);
        QFETCH(QList<int>, expected);
        const std::vector<int> got = onnx::sampleFrameIndices(available, wanted);
        QCOMPARE(QList<int>(got.begin(), got.end()), expected);
    }

    void aShortClipIsPaddedWithItsFirstFrame() {
        // The first frames of a video: fewer than 16 frames of history, padded at the front.
        const onnx::OnnxSequenceModel model(loadModelPackage(kDir));
        ModelInput input;
        input.modality = Modality::Video;
        input.frames.assign(5, cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(0)));
        const ModelResult r = model.run(input, {{"top_k", 1}}, RunControl());
        QList<int> used;
        for (const QVariant& v : r.scalars.value("frame_indices").toList())
            used << v.toInt();
        QCOMPARE(used, (QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4}));
        QVERIFY(!r.predictions.empty());
    }

    void anEmptyClipIsRefused() {
        const onnx::OnnxSequenceModel model(loadModelPackage(kDir));
        ModelInput input;
        input.modality = Modality::Video;
        try {
            model.run(input, {{"top_k", 1}}, RunControl());
            QFAIL("an empty clip was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains("at least 16 frames"), qPrintable(e.message()));
        }
    }

    void aMissingHeadGraphIsRefused() {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString tmp = dir.path();
        for (const QString& f : {"model.json", "model.onnx", "card.json", "labels.txt"})
            QVERIFY(QFile::copy(kDir + "/" + f, tmp + "/" + f));
        try {
            onnx::OnnxSequenceModel model(loadModelPackage(tmp));
            QFAIL("a package without head.onnx was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::BadInput);
            QVERIFY2(e.message().contains("sequence.head_graph"), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestOnnxTemporal)
#include "tst_onnx_temporal.moc"
