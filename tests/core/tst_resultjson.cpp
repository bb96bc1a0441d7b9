// SPDX-License-Identifier: MIT
#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/ResultJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace al;

namespace {

QStringList sortedKeys(const QJsonObject& o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList l) {
    l.sort();
    return l;
}

// 2x4 spatial map over a 200x100 input; maximum in cell (row 1, col 3).
AttentionMap spatialMap() {
    AttentionMap m;
    m.name = QStringLiteral("saliency");
    m.title = QStringLiteral("Saliency");
    m.description = QStringLiteral("Where the model looks.");
    m.kind = MapKind::Spatial;
    m.semantics = ValueSemantics::Probability;
    m.isFinal = true;
    m.group = QStringLiteral("Output");
    m.data = (cv::Mat_<float>(2, 4) << 0.f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.9f);
    return m;
}

AttentionMap gateMap() {
    AttentionMap m;
    m.name = QStringLiteral("gate/2");
    m.kind = MapKind::Gate;
    m.layer = QStringLiteral("block2");
    m.head = 3;
    m.semantics = ValueSemantics::Logit;
    m.region = cv::Rect2d(20, 10, 40, 20);
    m.data = (cv::Mat_<float>(1, 2) << -2.f, 4.f);
    return m;
}

ModelResult sampleResult() {
    ModelResult r;
    r.modelId = QStringLiteral("test.model");
    r.inputSize = cv::Size(200, 100);
    r.elapsedMs = 12.5;
    r.predictions = {{281, QStringLiteral("tabby cat"), 0.75}, {285, QStringLiteral("Egyptian cat"), 0.2}};
    r.maps = {spatialMap(), gateMap()};
    r.scalars = {{QStringLiteral("entropy"), 0.5}, {QStringLiteral("steps"), 3}};
    return r;
}

class SchemaModel final : public AttentionModel {
public:
    QString id() const override { return QStringLiteral("test.schema"); }
    QString displayName() const override { return QStringLiteral("Schema model"); }
    QString description() const override { return QStringLiteral("Has one parameter of each type."); }
    QList<Modality> modalities() const override { return {Modality::Image, Modality::Video}; }
    std::vector<ParamSpec> parameters() const override {
        return {
            {QStringLiteral("sigma"),
             ParamSpec::Type::Double,
             QStringLiteral("Sigma"),
             QStringLiteral("Blur."),
             2.5,
             0.5,
             10.0,
             {}},
            {QStringLiteral("levels"),
             ParamSpec::Type::Int,
             QStringLiteral("Levels"),
             QStringLiteral("Depth."),
             4,
             1,
             8,
             {}},
            {QStringLiteral("use_color"),
             ParamSpec::Type::Bool,
             QStringLiteral("Colour"),
             QStringLiteral("Use it."),
             true,
             {},
             {},
             {}},
            {QStringLiteral("mode"),
             ParamSpec::Type::Choice,
             QStringLiteral("Mode"),
             QStringLiteral("How."),
             QStringLiteral("fast"),
             {},
             {},
             {QStringLiteral("fast"), QStringLiteral("exact")}},
        };
    }
    ModelResult run(const ModelInput&, const ParamValues&, const RunControl&) const override { return {}; }
};

} // namespace

class TestResultJson : public QObject {
    Q_OBJECT

private slots:
    void topLevel();
    void mapEntries();
    void mapDataOnlyOnRequest();
    void survivesTextRoundTrip();
    void modelDescription();
};

void TestResultJson::topLevel() {
    const QJsonObject o = resultToJson(sampleResult(), QStringLiteral("/data/cat.png"));
    QCOMPARE(sortedKeys(o), sorted({"modelId", "input", "elapsedMs", "predictions", "maps", "scalars"}));
    QCOMPARE(o.value("modelId").toString(), QStringLiteral("test.model"));
    const QJsonObject input = o.value("input").toObject();
    QCOMPARE(input.value("path").toString(), QStringLiteral("/data/cat.png"));
    QCOMPARE(input.value("width").toInt(), 200);
    QCOMPARE(input.value("height").toInt(), 100);
    QCOMPARE(o.value("elapsedMs").toDouble(), 12.5);
    const QJsonArray predictions = o.value("predictions").toArray();
    QCOMPARE(predictions.size(), 2);
    const QJsonObject top = predictions.at(0).toObject();
    QCOMPARE(sortedKeys(top), sorted({"index", "label", "score"}));
    QCOMPARE(top.value("index").toInt(), 281);
    QCOMPARE(top.value("label").toString(), QStringLiteral("tabby cat"));
    QCOMPARE(top.value("score").toDouble(), 0.75);
    QCOMPARE(predictions.at(1).toObject().value("index").toInt(), 285);
    const QJsonObject scalars = o.value("scalars").toObject();
    QCOMPARE(scalars.value("entropy").toDouble(), 0.5);
    QCOMPARE(scalars.value("steps").toInt(), 3);
}

void TestResultJson::mapEntries() {
    const QJsonArray maps = resultToJson(sampleResult(), QString()).value("maps").toArray();
    QCOMPARE(maps.size(), 2);
    const QJsonObject s = maps.at(0).toObject();
    QCOMPARE(sortedKeys(s),
             sorted({"name", "title", "description", "kind", "layer", "head", "semantics", "final", "group",
                     "width", "height", "region", "min", "max", "mean", "argmax"}));
    QCOMPARE(s.value("name").toString(), QStringLiteral("saliency"));
    QCOMPARE(s.value("title").toString(), QStringLiteral("Saliency"));
    QCOMPARE(s.value("kind").toString(), QStringLiteral("spatial"));
    QCOMPARE(s.value("semantics").toString(), QStringLiteral("probability"));
    QCOMPARE(s.value("final").toBool(), true);
    QCOMPARE(s.value("head").toInt(), -1);
    QCOMPARE(s.value("group").toString(), QStringLiteral("Output"));
    QCOMPARE(s.value("width").toInt(), 4);
    QCOMPARE(s.value("height").toInt(), 2);
    const QJsonObject region = s.value("region").toObject();
    QCOMPARE(sortedKeys(region), sorted({"x", "y", "width", "height"}));
    QCOMPARE(region.value("width").toDouble(), 200.0); // empty region = whole input
    QCOMPARE(region.value("height").toDouble(), 100.0);
    QVERIFY(qAbs(s.value("min").toDouble() - 0.0) < 1e-6);
    QVERIFY(qAbs(s.value("max").toDouble() - 0.9) < 1e-6);
    QVERIFY(qAbs(s.value("mean").toDouble() - 3.0 / 8.0) < 1e-6);
    // Cell (row 1, col 3) of a 4x2 grid over 200x100: centre (175, 75).
    QCOMPARE(s.value("argmax").toObject().value("x").toDouble(), 175.0);
    QCOMPARE(s.value("argmax").toObject().value("y").toDouble(), 75.0);

    const QJsonObject g = maps.at(1).toObject();
    QCOMPARE(g.value("kind").toString(), QStringLiteral("gate"));
    QCOMPARE(g.value("semantics").toString(), QStringLiteral("logit"));
    QCOMPARE(g.value("layer").toString(), QStringLiteral("block2"));
    QCOMPARE(g.value("head").toInt(), 3);
    QCOMPARE(g.value("final").toBool(), false);
    QCOMPARE(g.value("region").toObject().value("x").toDouble(), 20.0);
    QCOMPARE(g.value("region").toObject().value("width").toDouble(), 40.0);
    // Cell 1 of a 2x1 grid over (20,10) 40x20: centre (50, 20).
    QCOMPARE(g.value("argmax").toObject().value("x").toDouble(), 50.0);
    QCOMPARE(g.value("argmax").toObject().value("y").toDouble(), 20.0);
}

void TestResultJson::mapDataOnlyOnRequest() {
    const ModelResult r = sampleResult();
    QVERIFY(!resultToJson(r, QString()).value("maps").toArray().at(0).toObject().contains("data"));
    const QJsonObject m = resultToJson(r, QString(), true).value("maps").toArray().at(0).toObject();
    const QJsonArray rows = m.value("data").toArray();
    QCOMPARE(rows.size(), 2);
    for (int y = 0; y < 2; ++y) {
        const QJsonArray row = rows.at(y).toArray();
        QCOMPARE(row.size(), 4);
        for (int x = 0; x < 4; ++x)
            QVERIFY(qAbs(row.at(x).toDouble() - r.maps[0].data.at<float>(y, x)) < 1e-6);
    }
}

void TestResultJson::survivesTextRoundTrip() {
    const QJsonObject o = resultToJson(sampleResult(), QStringLiteral("/tmp/猫.png"), true);
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object(), o);
    QCOMPARE(back.object().value("input").toObject().value("path").toString(), QStringLiteral("/tmp/猫.png"));
}

void TestResultJson::modelDescription() {
    const QJsonObject o = modelToJson(SchemaModel(), QStringLiteral("test.plugin"));
    QCOMPARE(sortedKeys(o), sorted({"id", "name", "description", "plugin", "modalities", "parameters"}));
    QCOMPARE(o.value("id").toString(), QStringLiteral("test.schema"));
    QCOMPARE(o.value("name").toString(), QStringLiteral("Schema model"));
    QCOMPARE(o.value("plugin").toString(), QStringLiteral("test.plugin"));
    QCOMPARE(o.value("modalities").toArray(), QJsonArray({"image", "video"}));
    const QJsonArray params = o.value("parameters").toArray();
    QCOMPARE(params.size(), 4);
    const QJsonObject sigma = params.at(0).toObject();
    QCOMPARE(sortedKeys(sigma), sorted({"name", "type", "label", "help", "default", "min", "max"}));
    QCOMPARE(sigma.value("type").toString(), QStringLiteral("double"));
    QCOMPARE(sigma.value("default").toDouble(), 2.5);
    QCOMPARE(sigma.value("min").toDouble(), 0.5);
    QCOMPARE(sigma.value("max").toDouble(), 10.0);
    QCOMPARE(params.at(1).toObject().value("type").toString(), QStringLiteral("int"));
    QCOMPARE(params.at(1).toObject().value("default").toInt(), 4);
    const QJsonObject flag = params.at(2).toObject();
    QCOMPARE(flag.value("type").toString(), QStringLiteral("bool"));
    QCOMPARE(flag.value("default").toBool(), true);
    QVERIFY(!flag.contains("min"));
    const QJsonObject mode = params.at(3).toObject();
    QCOMPARE(mode.value("type").toString(), QStringLiteral("choice"));
    QCOMPARE(mode.value("label").toString(), QStringLiteral("Mode"));
    QCOMPARE(mode.value("help").toString(), QStringLiteral("How."));
    QCOMPARE(mode.value("choices").toArray(), QJsonArray({"fast", "exact"}));
}

QTEST_GUILESS_MAIN(TestResultJson)
#include "tst_resultjson.moc"
