// SPDX-License-Identifier: MIT
// Parity of every shipped model package: OpenCV DNN (this C++ code path) against the training framework's
// outputs stored by training/export.py, max abs difference <= the package's tolerance (1e-4).
#include "OnnxModel.h"
#include "ParityData.h"
#include "Preprocess.h"

#include <attentionlens/Error.h>
#include <attentionlens/ModelPackage.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <thread>

using namespace al;

using namespace al::test;

namespace {

QStringList shippedPackages() {
    QStringList out;
    for (const QString& dir : findModelPackageDirs({QStringLiteral(AL_MODELS_DIR)})) {
        QFile manifest(dir + "/model.json"); // text and video packages have their own parity tests
        const bool image = manifest.open(QIODevice::ReadOnly) &&
                           QJsonDocument::fromJson(manifest.readAll())["modality"].toString() == u"image";
        if (image && QFile::exists(dir + "/parity/index.json"))
            out << dir;
    }
    return out;
}

} // namespace

class TestOnnx : public QObject {
    Q_OBJECT
private slots:
    void packagesAreShipped() {
        const QStringList packages = shippedPackages();
        QVERIFY2(packages.size() >= 2, qPrintable(packages.join(", ")));
    }

    void parity_data() {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("caseIndex");
        for (const QString& dir : shippedPackages()) {
            const QJsonArray cases = readJson(dir + "/parity/index.json").value("cases").toArray();
            for (int i = 0; i < cases.size(); ++i)
                QTest::addRow("%s/%s", qPrintable(QDir(dir).dirName()),
                              qPrintable(cases[i].toObject()["name"].toString()))
                    << dir << i;
        }
    }
    void parity() {
        QFETCH(QString, dir);
        QFETCH(int, caseIndex);
        const QJsonObject index = readJson(dir + "/parity/index.json");
        const double tolerance = index.value("tolerance_max_abs_diff").toDouble();
        QVERIFY(tolerance > 0 && tolerance <= 1e-4);
        const QJsonObject c = index.value("cases").toArray()[caseIndex].toObject();
        const onnx::OnnxModel model(loadModelPackage(dir));
        const cv::Mat input = readBlob(dir + "/parity/" + c["input"].toString(), c["input_shape"].toArray());
        QVERIFY(!input.empty());
        const onnx::RawOutputs outs = model.forward(input);
        const QJsonArray expected = c["outputs"].toArray();
        QVERIFY(!expected.isEmpty());
        for (const QJsonValue& v : expected) {
            const QJsonObject o = v.toObject();
            const QString name = o["name"].toString();
            QVERIFY2(outs.count(name), qPrintable(name));
            const cv::Mat ref = readBlob(dir + "/parity/" + o["file"].toString(), o["shape"].toArray());
            QVERIFY2(!ref.empty(), qPrintable(o["file"].toString()));
            QCOMPARE(outs.at(name).total(), ref.total());
            const double diff = maxAbsDiff(outs.at(name), ref);
            QVERIFY2(diff <= tolerance,
                     qPrintable(QStringLiteral("%1: max abs diff %2").arg(name).arg(diff)));
        }
    }

    void preprocessingReproducesTheTrainingInput_data() { parity_data(); }
    void preprocessingReproducesTheTrainingInput() {
        QFETCH(QString, dir);
        QFETCH(int, caseIndex);
        const QJsonObject c =
            readJson(dir + "/parity/index.json").value("cases").toArray()[caseIndex].toObject();
        const ModelPackage p = loadModelPackage(dir);
        const cv::Mat gray =
            cv::imread((dir + "/parity/" + c["image"].toString()).toStdString(), cv::IMREAD_GRAYSCALE);
        QVERIFY(!gray.empty());
        cv::Mat bgr;
        cv::cvtColor(gray, bgr, cv::COLOR_GRAY2BGR);
        const onnx::Preprocessed pre = onnx::preprocess(bgr, p.input);
        const cv::Mat expected =
            readBlob(dir + "/parity/" + c["input"].toString(), c["input_shape"].toArray());
        QVERIFY(maxAbsDiff(pre.blob, expected) < 1e-6);
        QCOMPARE(pre.inputArea, cv::Rect2d(0, 0, gray.cols, gray.rows));
    }

    void runReturnsPredictionAndMaps_data() { parity_data(); }
    void runReturnsPredictionAndMaps() {
        QFETCH(QString, dir);
        QFETCH(int, caseIndex);
        const QJsonObject index = readJson(dir + "/parity/index.json");
        const QJsonObject c = index.value("cases").toArray()[caseIndex].toObject();
        const onnx::OnnxModel model(loadModelPackage(dir));
        const cv::Mat gray =
            cv::imread((dir + "/parity/" + c["image"].toString()).toStdString(), cv::IMREAD_GRAYSCALE);
        ModelInput input;
        cv::cvtColor(gray, input.image, cv::COLOR_GRAY2BGR);
        const ModelResult r = model.run(input, {{"top_k", 3}}, RunControl());
        QCOMPARE(r.predictions.size(), size_t(3));
        QVERIFY(r.predictions[0].score >= r.predictions[1].score);
        // top-1 agrees with the reference probabilities
        const QString predOut = model.package().prediction.output;
        for (const QJsonValue& v : c["outputs"].toArray()) {
            if (v.toObject()["name"].toString() != predOut)
                continue;
            const cv::Mat ref =
                readBlob(dir + "/parity/" + v.toObject()["file"].toString(), v.toObject()["shape"].toArray());
            cv::Point maxLoc;
            cv::minMaxLoc(ref.reshape(1, 1), nullptr, nullptr, nullptr, &maxLoc);
            QCOMPARE(r.predictions[0].index, maxLoc.x);
        }
        const int finals =
            int(std::count_if(r.maps.begin(), r.maps.end(), [](const AttentionMap& m) { return m.isFinal; }));
        QCOMPARE(finals, model.package().attention.empty() ? 0 : 1);
        for (const AttentionMap& m : r.maps) {
            QVERIFY2(cv::checkRange(m.data), qPrintable(m.name));
            if (m.kind == MapKind::Spatial)
                QCOMPARE(m.region, cv::Rect2d(0, 0, gray.cols, gray.rows));
        }
    }

    void forwardRefusesAnotherBatchSize() {
        const QStringList packages = shippedPackages();
        QVERIFY(!packages.isEmpty());
        const onnx::OnnxModel model(loadModelPackage(packages.first()));
        const PackageInput& in = model.package().input;
        const int dims[] = {3, in.channels, in.height, in.width};
        try {
            model.forward(cv::Mat(4, dims, CV_32F, cv::Scalar(0)));
            QFAIL("a batch of 3 was accepted");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
            QVERIFY2(e.message().contains("batch 1"), qPrintable(e.message()));
        }
    }

    void aManifestOutputMissingFromTheGraphIsRefused() {
        const QStringList packages = shippedPackages();
        QVERIFY(!packages.isEmpty());
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QDir(packages.first()).dirName());
        QDir().mkpath(dir);
        for (const QString& f : {"model.onnx", "card.json", "labels.txt"})
            QFile::copy(packages.first() + "/" + f, dir + "/" + f);
        QJsonObject manifest = readJson(packages.first() + "/model.json");
        QJsonArray outputs = manifest["outputs"].toArray();
        outputs.append("ghost_output");
        manifest["outputs"] = outputs;
        QJsonArray inter = manifest["intermediates"].toArray();
        inter.append(QJsonObject{{"output", "ghost_output"}, {"description", "not in the graph"}});
        manifest["intermediates"] = inter;
        QFile f(dir + "/model.json");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(manifest).toJson());
        f.close();
        try {
            onnx::OnnxModel model(loadModelPackage(dir));
            QFAIL("a package with a missing graph output was accepted");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
            QVERIFY2(e.message().contains("does not run"), qPrintable(e.message()));
        }
    }

    // Regression: the load-time check allocated whatever input model.json declared (here 40 GB).
    void aHugeDeclaredInputIsRefusedBeforeAllocating() {
        const QStringList packages = shippedPackages();
        QVERIFY(!packages.isEmpty());
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QDir(packages.first()).dirName());
        QDir().mkpath(dir);
        for (const QString& f : {"model.onnx", "card.json", "labels.txt"})
            QFile::copy(packages.first() + "/" + f, dir + "/" + f);
        QJsonObject manifest = readJson(packages.first() + "/model.json");
        QJsonObject input = manifest["input"].toObject();
        QJsonArray shape = input["shape"].toArray();
        QCOMPARE(shape.size(), 4);
        shape[2] = 100000;
        shape[3] = 100000;
        input["shape"] = shape;
        manifest["input"] = input;
        QFile f(dir + "/model.json");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(manifest).toJson());
        f.close();
        try {
            onnx::OnnxModel model(loadModelPackage(dir));
            QFAIL("a 100000 x 100000 input was accepted");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
            QVERIFY2(e.message().contains("export the model for a smaller input"), qPrintable(e.message()));
        }
    }

    // run() is const and re-entrant: one cv::dnn::Net is shared, so forward passes must stay serialised and
    // each caller must get its own copy of the outputs.
    void concurrentForwardsMatchSequentialOnes() {
        const QStringList packages = shippedPackages();
        QVERIFY(!packages.isEmpty());
        const onnx::OnnxModel model(loadModelPackage(packages.first()));
        const PackageInput& in = model.package().input;
        const int dims[] = {1, in.channels, in.height, in.width};
        std::vector<cv::Mat> blobs;
        std::vector<onnx::RawOutputs> expected;
        for (int t = 0; t < 2; ++t) {
            cv::Mat blob(4, dims, CV_32F);
            cv::RNG(unsigned(11 + t)).fill(blob, cv::RNG::UNIFORM, -2.0, 2.0);
            blobs.push_back(blob);
            expected.push_back(model.forward(blob));
        }
        std::atomic<int> mismatches{0};
        auto worker = [&](int t) {
            for (int i = 0; i < 200; ++i)
                for (const auto& [name, out] : model.forward(blobs[size_t(t)]))
                    if (maxAbsDiff(out, expected[size_t(t)].at(name)) > 1e-6)
                        ++mismatches;
        };
        std::thread a(worker, 0), b(worker, 1);
        a.join();
        b.join();
        QCOMPARE(mismatches.load(), 0);
    }

    // Regression: a network input much narrower than the image made a 0-pixel centre crop (cv::Exception).
    void extremeAspectRatiosPreprocess_data() {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QSize>("net");
        QTest::addColumn<QSize>("image");
        for (const auto& [label, policy] :
             {std::pair{"stretch", ResizePolicy::Stretch}, std::pair{"letterbox", ResizePolicy::Letterbox},
              std::pair{"centre-crop", ResizePolicy::CentreCrop}}) {
            QTest::addRow("%s, 1x64 net, 10x1 image", label) << int(policy) << QSize(1, 64) << QSize(10, 1);
            QTest::addRow("%s, 64x1 net, 1x10 image", label) << int(policy) << QSize(64, 1) << QSize(1, 10);
            QTest::addRow("%s, 1x1 image", label) << int(policy) << QSize(32, 32) << QSize(1, 1);
            QTest::addRow("%s, 3000x2 image", label) << int(policy) << QSize(32, 32) << QSize(3000, 2);
        }
    }
    void extremeAspectRatiosPreprocess() {
        QFETCH(int, policy);
        QFETCH(QSize, net);
        QFETCH(QSize, image);
        PackageInput in;
        in.name = QStringLiteral("input");
        in.channels = 3;
        in.width = net.width();
        in.height = net.height();
        in.colour = ColourOrder::Bgr;
        in.scale = 1.0 / 255.0;
        in.mean = {0.0, 0.0, 0.0};
        in.std = {1.0, 1.0, 1.0};
        in.resize = ResizePolicy(policy);
        const cv::Mat bgr(image.height(), image.width(), CV_8UC3, cv::Scalar(255, 255, 255));
        const onnx::Preprocessed pre = onnx::preprocess(bgr, in);
        QCOMPARE(pre.blob.size[2], net.height());
        QCOMPARE(pre.blob.size[3], net.width());
        QVERIFY(cv::checkRange(pre.blob));
        double maxv = 0;
        cv::minMaxLoc(pre.blob.reshape(1, 1), nullptr, &maxv);
        QVERIFY(std::abs(maxv - 1.0) < 1e-6); // the white image reached the blob
        QVERIFY(pre.inputArea.width > 0 && pre.inputArea.height > 0);
        // The covered area always overlaps the image.
        QVERIFY((pre.inputArea & cv::Rect2d(0, 0, image.width(), image.height())).area() > 0);
    }

    // Regression: the letterbox area used the unrounded scale, while the image is resized to a rounded
    // size; the maps were then placed up to half a network pixel (many image pixels) off.
    void letterboxAreaMapsTheContentOntoTheImage_data() {
        QTest::addColumn<QSize>("net");
        QTest::addColumn<QSize>("image");
        QTest::newRow("3x2 into 8x8") << QSize(8, 8) << QSize(3, 2);
        QTest::newRow("1000x7 into 28x28") << QSize(28, 28) << QSize(1000, 7);
        QTest::newRow("5x301 into 16x12") << QSize(16, 12) << QSize(5, 301);
        QTest::newRow("same aspect") << QSize(32, 32) << QSize(64, 64);
    }
    void letterboxAreaMapsTheContentOntoTheImage() {
        QFETCH(QSize, net);
        QFETCH(QSize, image);
        PackageInput in;
        in.name = QStringLiteral("input");
        in.channels = 1;
        in.width = net.width();
        in.height = net.height();
        in.colour = ColourOrder::Gray;
        in.scale = 1.0 / 255.0;
        in.mean = {0.0};
        in.std = {1.0};
        in.resize = ResizePolicy::Letterbox;
        const cv::Mat white(image.height(), image.width(), CV_8UC3, cv::Scalar::all(255));
        const onnx::Preprocessed pre = onnx::preprocess(white, in);
        // The content (value 1) spans [x0, x1) x [y0, y1) of the network input; the padding is 0.
        const cv::Mat plane = pre.blob.reshape(1, net.height());
        const cv::Rect content = cv::boundingRect(plane > 0.5f);
        const cv::Rect2d& a = pre.inputArea;
        const double toX = a.width / net.width(), toY = a.height / net.height();
        QVERIFY2(std::abs(a.x + content.x * toX) < 1e-6, qPrintable(QString::number(a.x + content.x * toX)));
        QVERIFY(std::abs(a.y + content.y * toY) < 1e-6);
        QVERIFY(std::abs(a.x + content.br().x * toX - image.width()) < 1e-6);
        QVERIFY(std::abs(a.y + content.br().y * toY - image.height()) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestOnnx)
#include "tst_onnx.moc"
