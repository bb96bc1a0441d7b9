// SPDX-License-Identifier: MIT
// The classical saliency models of the "saliency" plugin: where their maps peak on generated scenes, the
// shape of what they return, their failure paths, and the plugin as QPluginLoader sees it.
#include "FineGrained.h"
#include "IttiKoch.h"
#include "SaliencyScenes.h"
#include "SpectralResidual.h"
#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>
#include <opencv2/saliency.hpp>

#ifdef AL_TEST_STATIC_PLUGINS
Q_IMPORT_PLUGIN(AlSaliencyPlugin)
#endif

using namespace al;
using namespace al::saliency::test;

namespace {

// Disc displays are dense (80 px pitch) so that coarse surrounds hold several neighbours.
constexpr int kDiscCols = 8;
constexpr int kDiscRows = 6;

std::shared_ptr<const AttentionModel> modelById(const QString& id) {
    if (id == saliency::kSpectralResidualId)
        return saliency::createSpectralResidualModel();
    if (id == saliency::kFineGrainedId)
        return saliency::createFineGrainedModel();
    if (id == saliency::kIttiKochId)
        return saliency::createIttiKochModel();
    return nullptr;
}

const QStringList& allModelIds() {
    static const QStringList ids = {saliency::kSpectralResidualId, saliency::kFineGrainedId,
                                    saliency::kIttiKochId};
    return ids;
}

ModelResult runOn(const QString& modelId, const cv::Mat& image, const ParamValues& params = {},
                  const RunControl& control = RunControl()) {
    ModelInput input;
    input.image = image;
    return modelById(modelId)->run(input, params, control);
}

const AttentionMap* findMap(const ModelResult& result, const QString& name) {
    for (const AttentionMap& map : result.maps)
        if (map.name == name)
            return &map;
    return nullptr;
}

const AttentionMap* findFinal(const ModelResult& result) {
    for (const AttentionMap& map : result.maps)
        if (map.isFinal)
            return &map;
    return nullptr;
}

ErrorCode errorCodeOf(const std::function<void()>& call, QString* message = nullptr) {
    try {
        call();
    } catch (const Error& e) {
        if (message)
            *message = e.message();
        return e.code();
    }
    return ErrorCode::Internal; // "no error" is reported as something no test expects
}

void addModelRows() {
    QTest::addColumn<QString>("modelId");
    for (const QString& id : allModelIds())
        QTest::newRow(qPrintable(id)) << id;
}

} // namespace

class TestSaliency : public QObject {
    Q_OBJECT

private slots:
    void finalMapPeaksOnSalientObject_data();
    void finalMapPeaksOnSalientObject();
    void mapsAreWellFormed_data() { addModelRows(); }
    void mapsAreWellFormed();
    void spectralResidualMatchesOpenCv_data();
    void spectralResidualMatchesOpenCv();
    void fineGrainedOnOffMapsAddUpToItsSaliency_data();
    void fineGrainedOnOffMapsAddUpToItsSaliency();
    void cancelledBeforeRunThrowsCancelled_data() { addModelRows(); }
    void cancelledBeforeRunThrowsCancelled();
    void badImageIsBadInput_data();
    void badImageIsBadInput();
    void outOfRangeParameterIsBadInput_data();
    void outOfRangeParameterIsBadInput();
    void tinyAndThinImagesGiveFiniteMaps_data();
    void tinyAndThinImagesGiveFiniteMaps();
    void progressIsMonotonicAndComplete_data() { addModelRows(); }
    void progressIsMonotonicAndComplete();
    void pluginLoadsWithMetadataAndModels();
    void registryLoadsAndRunsEveryModel_data() { addModelRows(); }
    void registryLoadsAndRunsEveryModel();
};

void TestSaliency::finalMapPeaksOnSalientObject_data() {
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QPoint>("centre");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<bool>("expectFound");
    const cv::Size size(640, 480);
    for (const QString& id : allModelIds()) {
        // Spectral residual and fine-grained work on the grey image only.
        const bool seesColour = id == saliency::kIttiKochId;
        for (const QPoint& at : {QPoint(320, 240), QPoint(110, 90), QPoint(520, 380), QPoint(180, 370)})
            QTest::addRow("%s blob at %d,%d", qPrintable(id), at.x(), at.y())
                << id << "blob" << at << 30 << true;
        for (const QPoint& cell : {QPoint(1, 1), QPoint(5, 3), QPoint(3, 2), QPoint(7, 0), QPoint(0, 5)}) {
            // Fine-grained peaks in image corners whatever is there, so "does not find" rows stay inside.
            const bool corner = cell.x() == 0 || cell.x() == kDiscCols - 1;
            if (!seesColour && corner)
                continue;
            const cv::Point c = gridCentre(size, kDiscCols, kDiscRows, cell.x(), cell.y());
            QTest::addRow("%s red disc in cell %d,%d", qPrintable(id), cell.x(), cell.y())
                << id << "red-disc" << QPoint(c.x, c.y) << 28 << seesColour;
        }
    }
}

void TestSaliency::finalMapPeaksOnSalientObject() {
    QFETCH(QString, modelId);
    QFETCH(QString, scene);
    QFETCH(QPoint, centre);
    QFETCH(int, tolerance);
    QFETCH(bool, expectFound);
    const cv::Size size(640, 480);
    const bool seesColour = modelId == saliency::kIttiKochId;
    const int radius = scene == "blob" ? 24 : 18;
    cv::Mat image;
    if (scene == "blob") {
        image = brightBlobScene(size, {centre.x(), centre.y()}, radius);
    } else {
        const cv::Point cell(centre.x() * kDiscCols / size.width, centre.y() * kDiscRows / size.height);
        // BGR. For Itti-Koch red and green have the same (r+g+b)/3; for the grey-level models they have the
        // same luma (0.299 R + 0.587 G), so the red disc differs from the others in hue alone.
        const cv::Scalar green = seesColour ? cv::Scalar(0, 200, 0) : cv::Scalar(0, 130, 0);
        const cv::Scalar red = seesColour ? cv::Scalar(0, 0, 200) : cv::Scalar(0, 0, 255);
        image = discScene(size, cell, green, red, radius, kDiscCols, kDiscRows);
    }
    const ModelResult result = runOn(modelId, image);
    const AttentionMap* final = findFinal(result);
    QVERIFY(final);
    const cv::Point2d peak = peakInInput(final->data, size);
    const double off = distance(peak, cv::Point2d(centre.x(), centre.y()));
    const QString where = QString("peak at (%1, %2), %3 px from the object").arg(peak.x).arg(peak.y).arg(off);
    if (expectFound)
        QVERIFY2(off <= radius + tolerance, qPrintable(where));
    else // a grey-level model cannot single out an object that differs only in hue
        QVERIFY2(off > radius + tolerance, qPrintable("colour-blind model found the red disc: " + where));
}

void TestSaliency::mapsAreWellFormed() {
    QFETCH(QString, modelId);
    const cv::Size size(320, 240);
    const ModelResult result = runOn(modelId, brightBlobScene(size, {100, 80}, 20));
    QCOMPARE(result.modelId, modelId);
    QCOMPARE(result.inputSize, size);
    QVERIFY(result.maps.size() >= 2);
    int finals = 0;
    QSet<QString> names;
    for (const AttentionMap& map : result.maps) {
        QVERIFY2(!map.data.empty() && map.data.type() == CV_32FC1, qPrintable(map.name));
        QVERIFY2(cv::checkRange(map.data), qPrintable(map.name + " has non-finite values"));
        QVERIFY2(!map.title.isEmpty() && !map.description.isEmpty(), qPrintable(map.name));
        QVERIFY2(map.region.area() == 0.0, qPrintable(map.name + " should cover the whole input"));
        QVERIFY2(!names.contains(map.name), qPrintable("duplicate map " + map.name));
        names.insert(map.name);
        finals += map.isFinal ? 1 : 0;
    }
    QCOMPARE(finals, 1);
    const AttentionMap* final = findFinal(result);
    QCOMPARE(final->name, QString("saliency"));
    QVERIFY(final->semantics == ValueSemantics::NonNegative);
    double lo = 0.0;
    cv::minMaxLoc(final->data, &lo);
    QVERIFY(lo >= 0.0);
    if (modelId == saliency::kSpectralResidualId) {
        for (const char* name : {"log-amplitude", "spectral-residual", "raw-saliency"})
            QVERIFY2(findMap(result, name), name);
        QCOMPARE(final->data.cols, 64); // default working width
    } else if (modelId == saliency::kIttiKochId) {
        QCOMPARE(int(result.maps.size()), 4 + 42);
    } else {
        for (const char* name : {"intensity", "on-centre", "off-centre"})
            QVERIFY2(findMap(result, name), name);
    }
}

void TestSaliency::spectralResidualMatchesOpenCv_data() {
    QTest::addColumn<QString>("scene");
    QTest::addColumn<int>("width");
    QTest::newRow("blob, width 64") << "blob" << 64;
    QTest::newRow("blob, width 128") << "blob" << 128;
    QTest::newRow("discs, width 64") << "discs" << 64;
    QTest::newRow("discs, width 96") << "discs" << 96;
    QTest::newRow("discs, width 128") << "discs" << 128;
}

void TestSaliency::spectralResidualMatchesOpenCv() {
    QFETCH(QString, scene);
    QFETCH(int, width);
    const cv::Size size(640, 480);
    const cv::Mat image = scene == "blob"
                              ? brightBlobScene(size, {200, 300}, 30)
                              : discScene(size, {2, 1}, cv::Scalar(0, 200, 0), cv::Scalar(0, 0, 200), 24);
    const ModelResult result = runOn(saliency::kSpectralResidualId, image, {{"width", width}});
    const cv::Mat ours = findFinal(result)->data;
    QCOMPARE(ours.cols, width);

    // The reference is computed here, independently of the model's own "opencv-reference" map.
    auto opencv = cv::saliency::StaticSaliencySpectralResidual::create();
    opencv->setImageWidth(ours.cols);
    opencv->setImageHeight(ours.rows);
    cv::Mat reference;
    QVERIFY(opencv->computeSaliency(image, reference));
    cv::resize(reference, reference, ours.size(), 0, 0, cv::INTER_AREA);
    reference.convertTo(reference, CV_32F);
    cv::Mat corr;
    cv::matchTemplate(ours, reference, corr, cv::TM_CCOEFF_NORMED);
    const float r = corr.at<float>(0, 0);
    QVERIFY2(r > 0.9f, qPrintable(QString("correlation with OpenCV is %1").arg(r)));
    QVERIFY(std::abs(result.scalars.value("correlation_with_opencv").toDouble() - r) < 0.05);
}

void TestSaliency::fineGrainedOnOffMapsAddUpToItsSaliency_data() {
    QTest::addColumn<QString>("scene");
    QTest::newRow("bright blob") << "blob";
    QTest::newRow("discs") << "discs";
    QTest::newRow("smooth noise") << "noise";
}

// The on-/off-centre maps are recomputed outside OpenCV; their sum must agree with OpenCV's final map.
void TestSaliency::fineGrainedOnOffMapsAddUpToItsSaliency() {
    QFETCH(QString, scene);
    const cv::Size size(320, 240);
    cv::Mat image;
    if (scene == "blob") {
        image = brightBlobScene(size, {220, 90}, 20);
    } else if (scene == "discs") {
        image = discScene(size, {2, 1}, cv::Scalar(40, 160, 40), cv::Scalar(30, 30, 230), 12);
    } else {
        image.create(size, CV_8UC3);
        cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::GaussianBlur(image, image, cv::Size(), 4.0);
    }
    const ModelResult result = runOn(saliency::kFineGrainedId, image);
    const AttentionMap* on = findMap(result, "on-centre");
    const AttentionMap* off = findMap(result, "off-centre");
    QVERIFY(on && off);
    const cv::Mat sum = on->data + off->data;
    cv::Mat corr;
    cv::matchTemplate(sum, findFinal(result)->data, corr, cv::TM_CCOEFF_NORMED);
    QVERIFY2(corr.at<float>(0, 0) > 0.98f, qPrintable(QString("correlation %1").arg(corr.at<float>(0, 0))));
}

void TestSaliency::cancelledBeforeRunThrowsCancelled() {
    QFETCH(QString, modelId);
    RunControl control;
    control.cancel();
    const cv::Mat image = brightBlobScene({160, 120}, {80, 60}, 10);
    QVERIFY(errorCodeOf([&] { runOn(modelId, image, {}, control); }) == ErrorCode::Cancelled);
}

void TestSaliency::badImageIsBadInput_data() {
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("kind");
    for (const QString& id : allModelIds()) {
        QTest::addRow("%s empty", qPrintable(id)) << id << "empty";
        QTest::addRow("%s grey", qPrintable(id)) << id << "grey";
        QTest::addRow("%s float", qPrintable(id)) << id << "float";
    }
}

void TestSaliency::badImageIsBadInput() {
    QFETCH(QString, modelId);
    QFETCH(QString, kind);
    cv::Mat image;
    if (kind == "grey")
        image = cv::Mat(120, 160, CV_8UC1, cv::Scalar(10));
    else if (kind == "float")
        image = cv::Mat(120, 160, CV_32FC3, cv::Scalar::all(0.5));
    QString message;
    QVERIFY(errorCodeOf([&] { runOn(modelId, image); }, &message) == ErrorCode::BadInput);
    QVERIFY2(message.contains(modelId), qPrintable(message));
}

void TestSaliency::outOfRangeParameterIsBadInput_data() {
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("width too large") << QString(saliency::kSpectralResidualId) << "width" << QVariant(1000);
    QTest::newRow("width not a number")
        << QString(saliency::kSpectralResidualId) << "width" << QVariant("wide");
    QTest::newRow("negative sigma") << QString(saliency::kSpectralResidualId) << "sigma" << QVariant(-1.0);
    QTest::newRow("max_side too small") << QString(saliency::kFineGrainedId) << "max_side" << QVariant(4);
    QTest::newRow("weight above 1") << QString(saliency::kIttiKochId) << "weight_color" << QVariant(1.5);
}

void TestSaliency::outOfRangeParameterIsBadInput() {
    QFETCH(QString, modelId);
    QFETCH(QString, param);
    QFETCH(QVariant, value);
    const cv::Mat image = brightBlobScene({160, 120}, {80, 60}, 10);
    QString message;
    QVERIFY(errorCodeOf([&] { runOn(modelId, image, {{param, value}}); }, &message) == ErrorCode::BadInput);
    QVERIFY2(message.contains(param), qPrintable(message));
}

void TestSaliency::tinyAndThinImagesGiveFiniteMaps_data() {
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QSize>("size");
    for (const QString& id : allModelIds())
        for (const QSize& size : {QSize(1, 1), QSize(7, 5), QSize(2000, 3), QSize(3, 2000)})
            QTest::addRow("%s %dx%d", qPrintable(id), size.width(), size.height()) << id << size;
}

void TestSaliency::tinyAndThinImagesGiveFiniteMaps() {
    QFETCH(QString, modelId);
    QFETCH(QSize, size);
    cv::Mat image(size.height(), size.width(), CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
    const ModelResult result = runOn(modelId, image);
    for (const AttentionMap& map : result.maps) {
        QVERIFY2(!map.data.empty() && cv::checkRange(map.data), qPrintable(map.name));
        QVERIFY2(map.data.total() <= 1024 * 1024, qPrintable(map.name + " is unreasonably large"));
    }
}

void TestSaliency::progressIsMonotonicAndComplete() {
    QFETCH(QString, modelId);
    std::vector<double> fractions;
    RunControl control([&](double f, const QString&) { fractions.push_back(f); });
    runOn(modelId, brightBlobScene({320, 240}, {100, 100}, 20), {}, control);
    QVERIFY(fractions.size() >= 2);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);
}

void TestSaliency::pluginLoadsWithMetadataAndModels() {
    QJsonObject meta;
    QObject* root = nullptr;
#ifdef AL_TEST_STATIC_PLUGINS
    for (const QStaticPlugin& plugin : QPluginLoader::staticPlugins())
        if (plugin.metaData().value("MetaData").toObject().value("id").toString() == "saliency") {
            meta = plugin.metaData();
            root = plugin.instance();
        }
#else
    QPluginLoader loader(QStringLiteral(AL_BUILD_PLUGIN_DIR) + "/libsaliency.so");
    meta = loader.metaData();
    root = loader.instance();
    QVERIFY2(root, qPrintable(loader.errorString()));
#endif
    QVERIFY(root);
    QCOMPARE(meta.value("IID").toString(), QString(AL_ATTENTION_PLUGIN_IID));
    const QJsonObject data = meta.value("MetaData").toObject();
    QCOMPARE(data.value("id").toString(), QString("saliency"));
    QCOMPARE(data.value("name").toString(), QString("Classical saliency"));
    QCOMPARE(data.value("version").toString(), QString("1.0.0"));
    QCOMPARE(data.value("apiMajor").toInt(-1), kPluginApiMajor);
    QCOMPARE(data.value("apiMinor").toInt(-1), kPluginApiMinor);
    QVERIFY(!data.value("description").toString().isEmpty());

    auto* plugin = qobject_cast<AttentionPlugin*>(root);
    QVERIFY(plugin);
    plugin->initialize(PluginContext{});
    QStringList ids;
    const QRegularExpression machineName("^[a-z0-9_]+$");
    for (const auto& model : plugin->models()) {
        ids << model->id();
        QVERIFY(!model->displayName().isEmpty() && !model->description().isEmpty());
        // Motion saliency needs the previous frames of a video; the others take still images.
        const Modality takes = model->id() == QLatin1String("saliency.motion") ? Modality::Video : Modality::Image;
        QVERIFY(model->modalities() == QList<Modality>{takes});
        QSet<QString> names;
        for (const ParamSpec& p : model->parameters()) {
            QVERIFY2(machineName.match(p.name).hasMatch(), qPrintable(p.name));
            QVERIFY2(!names.contains(p.name), qPrintable(p.name));
            names.insert(p.name);
            QVERIFY2(!p.label.isEmpty() && !p.help.isEmpty(), qPrintable(p.name));
            QVERIFY2(p.type == ParamSpec::Type::Int || p.type == ParamSpec::Type::Double, qPrintable(p.name));
            const double def = p.defaultValue.toDouble();
            QVERIFY2(p.minimum.toDouble() <= def && def <= p.maximum.toDouble(), qPrintable(p.name));
        }
    }
    QCOMPARE(ids, allModelIds() + QStringList{QStringLiteral("saliency.motion")});
}

// Through the core's registry and runModel(), which resolve parameters and validate every returned map.
void TestSaliency::registryLoadsAndRunsEveryModel() {
    QFETCH(QString, modelId);
    PluginRegistry registry;
    PluginRegistry::Options options;
    options.useDefaultDirs = false;
#ifndef AL_TEST_STATIC_PLUGINS
    options.useStaticPlugins = false;
    options.extraDirs = {QStringLiteral(AL_BUILD_PLUGIN_DIR)};
#endif
    registry.load(options);
    bool found = false;
    for (const PluginRecord& record : registry.report())
        if (record.id == "saliency") {
            found = true;
            QVERIFY2(record.loaded, qPrintable(record.error));
            QCOMPARE(record.modelIds, allModelIds() + QStringList{QStringLiteral("saliency.motion")});
        }
    QVERIFY(found);
    const auto model = registry.model(modelId);
    QVERIFY(model);
    QCOMPARE(registry.pluginIdOf(modelId), QString("saliency"));

    ModelInput input;
    input.image = brightBlobScene({480, 360}, {330, 120}, 24);
    const ModelResult result = runModel(*model, input, {});
    QCOMPARE(result.modelId, modelId);
    const AttentionMap* final = result.finalMap();
    QVERIFY(final && final->isFinal);
    const MapStats stats = final->stats(result.inputSize);
    QVERIFY2(distance(stats.argmaxInput, cv::Point2d(330, 120)) <= 24 + 30,
             qPrintable(QString("argmax at (%1, %2)").arg(stats.argmaxInput.x).arg(stats.argmaxInput.y)));
}

QTEST_GUILESS_MAIN(TestSaliency)
#include "tst_saliency.moc"
