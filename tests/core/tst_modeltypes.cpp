// SPDX-License-Identifier: MIT
#include "attentionlens/AttentionMap.h"
#include "attentionlens/Error.h"
#include "attentionlens/ModelTypes.h"

#include <QtTest>
#include <limits>

using namespace al;

Q_DECLARE_METATYPE(al::ParamSpec::Type)

namespace {

std::vector<ParamSpec> schema() {
    ParamSpec sigma{QStringLiteral("sigma"), ParamSpec::Type::Double, {}, {}, 2.5, 0.5, 10.0, {}};
    ParamSpec size{QStringLiteral("size"), ParamSpec::Type::Int, {}, {}, 8, 1, 64, {}};
    ParamSpec color{QStringLiteral("use_color"), ParamSpec::Type::Bool, {}, {}, true, {}, {}, {}};
    ParamSpec mode{QStringLiteral("mode"),
                   ParamSpec::Type::Choice,
                   {},
                   {},
                   QStringLiteral("fast"),
                   {},
                   {},
                   {QStringLiteral("fast"), QStringLiteral("exact")}};
    return {sigma, size, color, mode};
}

// Runs f, which must throw al::Error(code); returns the message.
template <typename F> QString errorOf(F f, ErrorCode code) {
    try {
        f();
    } catch (const Error& e) {
        if (e.code() != code)
            return QStringLiteral("<wrong code %1: %2>").arg(int(e.code())).arg(e.message());
        return e.message();
    }
    return QStringLiteral("<no error>");
}

} // namespace

class TestModelTypes : public QObject {
    Q_OBJECT

private slots:
    void modalityNames_data();
    void modalityNames();
    void mapKindNames_data();
    void mapKindNames();
    void semanticsNames_data();
    void semanticsNames();
    void unknownNamesGiveNothing();

    void statsArgmaxInInputPixels_data();
    void statsArgmaxInInputPixels();
    void statsMinMaxMean();
    void statsIgnoreNonFiniteCells();
    void statsRejectNonFloatMap();
    void inputRegionResolvesEmptyToWholeInput();

    void resolveFillsDefaults();
    void resolveConvertsValues_data();
    void resolveConvertsValues();
    void resolveRejectsBadValues_data();
    void resolveRejectsBadValues();
    void unknownParameterListsKnownNames();
    void parseAssignments();
    void parseRejectsMalformedAssignment_data();
    void parseRejectsMalformedAssignment();

    void finalMapAndLookup();
};

void TestModelTypes::modalityNames_data() {
    QTest::addColumn<int>("modality");
    QTest::addColumn<QString>("name");
    QTest::newRow("image") << int(Modality::Image) << "image";
    QTest::newRow("video") << int(Modality::Video) << "video";
    QTest::newRow("text") << int(Modality::Text) << "text";
    QTest::newRow("fingerprint") << int(Modality::Fingerprint) << "fingerprint";
}

void TestModelTypes::modalityNames() {
    QFETCH(int, modality);
    QFETCH(QString, name);
    QCOMPARE(toString(Modality(modality)), name);
    QCOMPARE(modalityFromString(name), std::optional<Modality>(Modality(modality)));
}

void TestModelTypes::mapKindNames_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("spatial") << int(MapKind::Spatial) << "spatial";
    QTest::newRow("channel") << int(MapKind::Channel) << "channel";
    QTest::newRow("token-to-token") << int(MapKind::TokenToToken) << "token-to-token";
    QTest::newRow("gate") << int(MapKind::Gate) << "gate";
    QTest::newRow("temporal") << int(MapKind::Temporal) << "temporal";
}

void TestModelTypes::mapKindNames() {
    QFETCH(int, kind);
    QFETCH(QString, name);
    QCOMPARE(toString(MapKind(kind)), name);
    QCOMPARE(mapKindFromString(name), std::optional<MapKind>(MapKind(kind)));
}

void TestModelTypes::semanticsNames_data() {
    QTest::addColumn<int>("semantics");
    QTest::addColumn<QString>("name");
    QTest::newRow("unbounded") << int(ValueSemantics::Unbounded) << "unbounded";
    QTest::newRow("non-negative") << int(ValueSemantics::NonNegative) << "non-negative";
    QTest::newRow("probability") << int(ValueSemantics::Probability) << "probability";
    QTest::newRow("logit") << int(ValueSemantics::Logit) << "logit";
}

void TestModelTypes::semanticsNames() {
    QFETCH(int, semantics);
    QFETCH(QString, name);
    QCOMPARE(toString(ValueSemantics(semantics)), name);
    QCOMPARE(valueSemanticsFromString(name), std::optional<ValueSemantics>(ValueSemantics(semantics)));
}

void TestModelTypes::unknownNamesGiveNothing() {
    QVERIFY(!modalityFromString(QStringLiteral("audio")));
    QVERIFY(!mapKindFromString(QStringLiteral("spatially")));
    QVERIFY(!valueSemanticsFromString(QString()));
}

void TestModelTypes::statsArgmaxInInputPixels_data() {
    QTest::addColumn<QSize>("grid");     // cols x rows of the map
    QTest::addColumn<QPoint>("maxCell"); // (col, row)
    QTest::addColumn<QRectF>("region");  // empty = whole input
    QTest::addColumn<QSize>("input");
    QTest::addColumn<QPointF>("expected");
    // 4x2 grid over 400x200: cells are 100x100, centre of cell (3,1) is (350,150).
    QTest::newRow("whole input") << QSize(4, 2) << QPoint(3, 1) << QRectF() << QSize(400, 200)
                                 << QPointF(350, 150);
    QTest::newRow("top-left cell") << QSize(4, 2) << QPoint(0, 0) << QRectF() << QSize(400, 200)
                                   << QPointF(50, 50);
    // 2x2 grid over the region (100,50) 80x40: cells 40x20, cell (1,0) centre at (100+60, 50+10).
    QTest::newRow("region") << QSize(2, 2) << QPoint(1, 0) << QRectF(100, 50, 80, 40) << QSize(400, 200)
                            << QPointF(160, 60);
    // A 7x7 token grid on a 224x224 image: cell (6,6) centre at 224 - 16.
    QTest::newRow("vit grid") << QSize(7, 7) << QPoint(6, 6) << QRectF() << QSize(224, 224)
                              << QPointF(208, 208);
}

void TestModelTypes::statsArgmaxInInputPixels() {
    QFETCH(QSize, grid);
    QFETCH(QPoint, maxCell);
    QFETCH(QRectF, region);
    QFETCH(QSize, input);
    QFETCH(QPointF, expected);
    AttentionMap m;
    m.data = cv::Mat(grid.height(), grid.width(), CV_32FC1, cv::Scalar(0.1f));
    m.data.at<float>(maxCell.y(), maxCell.x()) = 5.f;
    m.region = cv::Rect2d(region.x(), region.y(), region.width(), region.height());
    const MapStats s = m.stats(cv::Size(input.width(), input.height()));
    QVERIFY(qAbs(s.argmaxInput.x - expected.x()) < 1e-9);
    QVERIFY(qAbs(s.argmaxInput.y - expected.y()) < 1e-9);
    QCOMPARE(s.max, 5.f);
}

void TestModelTypes::statsMinMaxMean() {
    AttentionMap m;
    m.data = (cv::Mat_<float>(2, 3) << -1.f, 0.f, 1.f, 2.f, 3.f, 7.f);
    const MapStats s = m.stats(cv::Size(30, 20));
    QCOMPARE(s.min, -1.f);
    QCOMPARE(s.max, 7.f);
    QVERIFY(qAbs(s.mean - 2.f) < 1e-6f);
}

void TestModelTypes::statsIgnoreNonFiniteCells() {
    AttentionMap m;
    m.data = (cv::Mat_<float>(1, 4) << std::numeric_limits<float>::quiet_NaN(), 1.f,
              std::numeric_limits<float>::infinity(), 3.f);
    const MapStats s = m.stats(cv::Size(4, 1));
    QCOMPARE(s.min, 1.f);
    QCOMPARE(s.max, 3.f);
    QVERIFY(qAbs(s.mean - 2.f) < 1e-6f);
    QVERIFY(qAbs(s.argmaxInput.x - 3.5) < 1e-9);
}

void TestModelTypes::statsRejectNonFloatMap() {
    AttentionMap m;
    m.name = QStringLiteral("bytes");
    m.data = cv::Mat(2, 2, CV_8UC1, cv::Scalar(1));
    const QString message = errorOf([&] { m.stats(cv::Size(2, 2)); }, ErrorCode::BadInput);
    QVERIFY2(message.contains(QLatin1String("Map 'bytes'")), qPrintable(message));
    m.data = cv::Mat();
    QVERIFY(errorOf([&] { m.stats(cv::Size(2, 2)); }, ErrorCode::BadInput).contains(QLatin1String("bytes")));
}

void TestModelTypes::inputRegionResolvesEmptyToWholeInput() {
    AttentionMap m;
    QCOMPARE(m.inputRegion(cv::Size(640, 480)), cv::Rect2d(0, 0, 640, 480));
    m.region = cv::Rect2d(10, 20, 30, 40);
    QCOMPARE(m.inputRegion(cv::Size(640, 480)), cv::Rect2d(10, 20, 30, 40));
}

void TestModelTypes::resolveFillsDefaults() {
    const ParamValues v = resolveParams(schema(), {{QStringLiteral("size"), 3}});
    QCOMPARE(v.size(), 4);
    QCOMPARE(v.value(QStringLiteral("size")).toInt(), 3);
    QCOMPARE(v.value(QStringLiteral("sigma")).toDouble(), 2.5);
    QCOMPARE(v.value(QStringLiteral("use_color")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("mode")).toString(), QStringLiteral("fast"));
}

void TestModelTypes::resolveConvertsValues_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("given");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("int from string") << "size" << QVariant("3") << QVariant(3);
    QTest::newRow("int from integral double") << "size" << QVariant(4.0) << QVariant(4);
    QTest::newRow("int at minimum") << "size" << QVariant("1") << QVariant(1);
    QTest::newRow("int at maximum") << "size" << QVariant(64) << QVariant(64);
    QTest::newRow("double from string") << "sigma" << QVariant(" 2.75 ") << QVariant(2.75);
    QTest::newRow("double from int") << "sigma" << QVariant(3) << QVariant(3.0);
    QTest::newRow("double at minimum") << "sigma" << QVariant("0.5") << QVariant(0.5);
    QTest::newRow("double at maximum") << "sigma" << QVariant("10") << QVariant(10.0);
    const char* truthy[] = {"true", "1", "yes", "on", "TRUE", "Yes"};
    for (const char* t : truthy)
        QTest::addRow("bool %s", t) << "use_color" << QVariant(t) << QVariant(true);
    const char* falsy[] = {"false", "0", "no", "off", "Off"};
    for (const char* f : falsy)
        QTest::addRow("bool %s", f) << "use_color" << QVariant(f) << QVariant(false);
    QTest::newRow("bool from bool") << "use_color" << QVariant(false) << QVariant(false);
    QTest::newRow("choice") << "mode" << QVariant("exact") << QVariant("exact");
}

void TestModelTypes::resolveConvertsValues() {
    QFETCH(QString, name);
    QFETCH(QVariant, given);
    QFETCH(QVariant, expected);
    const ParamValues v = resolveParams(schema(), {{name, given}});
    QCOMPARE(v.value(name).metaType(), expected.metaType());
    QCOMPARE(v.value(name), expected);
}

void TestModelTypes::resolveRejectsBadValues_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QVariant>("given");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("int from fraction")
        << "size" << QVariant("3.5") << "Parameter 'size' expects an integer, got '3.5'";
    QTest::newRow("int from fractional double") << "size" << QVariant(3.5) << "got '3.5'";
    QTest::newRow("int from word") << "size" << QVariant("many") << "expects an integer, got 'many'";
    QTest::newRow("int below range") << "size" << QVariant("0")
                                     << "Parameter 'size' = 0 is out of range; allowed: [1, 64]";
    QTest::newRow("int above range") << "size" << QVariant(65) << "'size' = 65 is out of range";
    QTest::newRow("double below range")
        << "sigma" << QVariant("0.49") << "Parameter 'sigma' = 0.49 is out of range; allowed: [0.5, 10]";
    QTest::newRow("double above range") << "sigma" << QVariant(10.01) << "'sigma' = 10.01 is out of range";
    QTest::newRow("double from word")
        << "sigma" << QVariant("wide") << "'sigma' expects a number, got 'wide'";
    QTest::newRow("double nan") << "sigma" << QVariant("nan") << "expects a number";
    QTest::newRow("bool from word") << "use_color" << QVariant("maybe")
                                    << "Parameter 'use_color' expects true or false";
    QTest::newRow("bool from 2") << "use_color" << QVariant(2) << "got '2'";
    QTest::newRow("choice") << "mode" << QVariant("slow")
                            << "Parameter 'mode' must be one of fast, exact, got 'slow'";
}

void TestModelTypes::resolveRejectsBadValues() {
    QFETCH(QString, name);
    QFETCH(QVariant, given);
    QFETCH(QString, fragment);
    const QString message = errorOf([&] { resolveParams(schema(), {{name, given}}); }, ErrorCode::BadInput);
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestModelTypes::unknownParameterListsKnownNames() {
    const QString message = errorOf(
        [] {
            resolveParams(schema(), {{QStringLiteral("x"), 1}});
        },
        ErrorCode::BadInput);
    QCOMPARE(message,
             QStringLiteral("Unknown parameter 'x' for this model; known: sigma, size, use_color, mode"));
}

void TestModelTypes::parseAssignments() {
    const ParamValues v =
        parseParamAssignments(schema(), {QStringLiteral("sigma=2.5"), QStringLiteral("use_color=off"),
                                         QStringLiteral(" size = 12 ")});
    QCOMPARE(v.value(QStringLiteral("sigma")).toDouble(), 2.5);
    QCOMPARE(v.value(QStringLiteral("use_color")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("size")).toInt(), 12);
    QCOMPARE(v.value(QStringLiteral("mode")).toString(), QStringLiteral("fast"));
}

void TestModelTypes::parseRejectsMalformedAssignment_data() {
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no equals") << "sigma"
                               << "Malformed parameter assignment 'sigma'; expected name=value";
    QTest::newRow("no name") << "=3"
                             << "Malformed parameter assignment '=3'";
    QTest::newRow("unknown") << "radius=3"
                             << "Unknown parameter 'radius'";
    QTest::newRow("bad value") << "size="
                               << "Parameter 'size' expects an integer, got ''";
}

void TestModelTypes::parseRejectsMalformedAssignment() {
    QFETCH(QString, assignment);
    QFETCH(QString, fragment);
    const QString message =
        errorOf([&] { parseParamAssignments(schema(), {assignment}); }, ErrorCode::BadInput);
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

void TestModelTypes::finalMapAndLookup() {
    ModelResult r;
    QVERIFY(!r.finalMap());
    AttentionMap a;
    a.name = QStringLiteral("a");
    AttentionMap b;
    b.name = QStringLiteral("b");
    r.maps = {a, b};
    QCOMPARE(r.finalMap()->name, QStringLiteral("a")); // no final flag: the first map
    r.maps[1].isFinal = true;
    QCOMPARE(r.finalMap()->name, QStringLiteral("b"));
    QCOMPARE(r.map(QStringLiteral("a")), &r.maps[0]);
    QVERIFY(!r.map(QStringLiteral("c")));
}

QTEST_GUILESS_MAIN(TestModelTypes)
#include "tst_modeltypes.moc"
