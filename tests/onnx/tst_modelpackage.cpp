// SPDX-License-Identifier: MIT
#include <attentionlens/Error.h>
#include <attentionlens/ModelPackage.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace al;

namespace {

QJsonObject validManifest() {
    const QJsonObject attention{{"output", "att"},
                                {"kind", "token-to-token"},
                                {"layer", 0},
                                {"group", "Layer 0"},
                                {"shape", QJsonArray{2, 5, 5}},
                                {"heads", 2},
                                {"head_axis", 0},
                                {"grid", QJsonObject{{"rows", 2}, {"cols", 2}}},
                                {"special_tokens", QJsonArray{QJsonObject{{"name", "CLS"}, {"index", 0}}}},
                                {"patch_token_offset", 1},
                                {"activation", "post"},
                                {"semantics", "probability"},
                                {"title", "Layer 0"},
                                {"description", "Self-attention."}};
    const QJsonObject spatial{{"output", "gate"},
                              {"kind", "spatial"},
                              {"layer", 1},
                              {"shape", QJsonArray{1, 1, 4, 4}},
                              {"heads", 1},
                              {"head_axis", QJsonValue::Null},
                              {"grid", QJsonObject{{"rows", 4}, {"cols", 4}}},
                              {"activation", "pre"},
                              {"semantics", "logit"},
                              {"title", "Gate"},
                              {"description", "A gate."}};
    return QJsonObject{
        {"format", "attentionlens-model"},
        {"format_version", 1},
        {"id", "test-model"},
        {"name", "Test"},
        {"task", "classification"},
        {"modality", "image"},
        {"input", QJsonObject{{"name", "input"},
                              {"shape", QJsonArray{1, 3, 8, 8}},
                              {"colour", "rgb"},
                              {"scale", 1.0 / 255},
                              {"mean", QJsonArray{0.5, 0.5, 0.5}},
                              {"std", QJsonArray{0.25, 0.25, 0.25}},
                              {"resize", "letterbox"}}},
        {"prediction", QJsonObject{{"output", "prob"}, {"activation", "softmax"}, {"labels", "labels.txt"}}},
        {"attention", QJsonArray{attention, spatial}},
        {"intermediates", QJsonArray{QJsonObject{{"output", "tokens"}, {"description", "Tokens."}}}},
        {"outputs", QJsonArray{"prob", "att", "gate", "tokens"}},
        {"rollout",
         QJsonObject{{"layers", QJsonArray{"att"}}, {"head_fusion", "max"}, {"residual_identity", 0.4}}},
        {"default_map", "rollout"}};
}

/// Sets (or with an undefined value removes) the field at a dotted path; "attention.0.kind" indexes arrays.
QJsonValue withField(QJsonValue node, QStringList path, const QJsonValue& value) {
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray arr = node.toArray();
        const int i = key.toInt();
        arr[i] = path.isEmpty() ? value : withField(arr[i], path, value);
        return arr;
    }
    QJsonObject obj = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            obj.remove(key);
        else
            obj[key] = value;
    } else {
        obj[key] = withField(obj[key], path, value);
    }
    return obj;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString makePackage(const QTemporaryDir& tmp, const QJsonObject& manifest, bool withLabels = true) {
    const QString dir = tmp.filePath(QStringLiteral("test-model"));
    QDir().mkpath(dir);
    writeFile(dir + "/model.json", QJsonDocument(manifest).toJson());
    writeFile(dir + "/model.onnx", "not opened by the manifest loader");
    writeFile(dir + "/card.json", R"({"metrics": {"accuracy": 0.5}})");
    if (withLabels)
        writeFile(dir + "/labels.txt", "cat\ndog\n\nbird\n");
    return dir;
}

} // namespace

class TestModelPackage : public QObject {
    Q_OBJECT
private slots:
    void loadsAValidPackage() {
        QTemporaryDir tmp;
        const ModelPackage p = loadModelPackage(makePackage(tmp, validManifest()));
        QCOMPARE(p.id, QStringLiteral("test-model"));
        QCOMPARE(p.input.channels, 3);
        QVERIFY(p.input.colour == ColourOrder::Rgb);
        QVERIFY(p.input.resize == ResizePolicy::Letterbox);
        QCOMPARE(p.prediction.labels, QStringList({"cat", "dog", "bird"}));
        QCOMPARE(p.attention.size(), size_t(2));
        QVERIFY(p.attention[0].kind == MapKind::TokenToToken);
        QCOMPARE(p.attention[0].heads, 2);
        QCOMPARE(p.attention[0].patchTokenOffset, 1);
        QVERIFY(p.attention[1].semantics == ValueSemantics::Logit);
        QVERIFY(p.attention[1].preActivation);
        QVERIFY(p.rollout.has_value());
        QCOMPARE(p.rollout->headFusion, QStringLiteral("max"));
        QCOMPARE(p.rollout->residualIdentity, 0.4);
        QCOMPARE(p.card.value("metrics").toObject().value("accuracy").toDouble(), 0.5);
    }

    void rejectsABrokenManifest_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("missing id") << "id" << remove << "field 'id' is missing";
        QTest::newRow("bad id") << "id" << QJsonValue("Has Spaces") << "field 'id' must be lower-case";
        QTest::newRow("wrong format") << "format" << QJsonValue("onnx") << "field 'format' must be";
        QTest::newRow("future version")
            << "format_version" << QJsonValue(2) << "field 'format_version' is not supported";
        QTest::newRow("batch 2") << "input.shape" << QJsonValue(QJsonArray{2, 3, 8, 8})
                                 << "field 'input.shape' must be [1, C, H, W]";
        QTest::newRow("colour vs channels")
            << "input.colour" << QJsonValue("gray") << "field 'input.colour' 'gray' does not match 3";
        QTest::newRow("zero std") << "input.std" << QJsonValue(QJsonArray{1, 0, 1})
                                  << "field 'input.std' must have 3 positive";
        QTest::newRow("resize policy")
            << "input.resize" << QJsonValue("zoom") << "field 'input.resize' is 'zoom'; expected one of";
        QTest::newRow("unknown kind")
            << "attention.0.kind" << QJsonValue("magic") << "field 'attention[0].kind' is 'magic'";
        QTest::newRow("head axis") << "attention.0.head_axis" << QJsonValue(1)
                                   << "field 'attention[0].head_axis' must index";
        QTest::newRow("missing grid") << "attention.1.grid" << QJsonValue(QJsonValue::Null)
                                      << "field 'attention[1].grid' must give rows";
        QTest::newRow("scale not a number")
            << "input.scale" << QJsonValue("1/255") << "field 'input.scale' must be a number";
        QTest::newRow("prediction not in outputs")
            << "prediction.output" << QJsonValue("logits")
            << "field 'prediction.output' names 'logits', which is not in 'outputs'";
        QTest::newRow("attention not in outputs")
            << "outputs" << QJsonValue(QJsonArray{"prob", "gate", "tokens"})
            << "field 'attention' names 'att'";
        QTest::newRow("rollout layer")
            << "rollout.layers" << QJsonValue(QJsonArray{"gate"})
            << "field 'rollout.layers' names 'gate', which is not a token-to-token";
        QTest::newRow("default map") << "default_map" << QJsonValue("nowhere")
                                     << "field 'default_map' names 'nowhere'";
        QTest::newRow("labels file") << "prediction.labels" << QJsonValue("classes.txt")
                                     << "field 'prediction.labels' names 'classes.txt', which does not exist";
    }
    void rejectsABrokenManifest() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        const QJsonObject manifest = withField(validManifest(), field.split('.'), value).toObject();
        const QString dir = makePackage(tmp, manifest);
        try {
            loadModelPackage(dir);
            QFAIL("the broken manifest was accepted");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains("test-model"), qPrintable(e.message()));
        }
    }

    void rejectsInvalidJsonAndMissingFiles() {
        QTemporaryDir tmp;
        const QString dir = makePackage(tmp, validManifest());
        QFile::remove(dir + "/card.json");
        QVERIFY_THROWS_EXCEPTION(Error, loadModelPackage(dir));
        writeFile(dir + "/card.json", "{}");
        writeFile(dir + "/model.json", "{ \"id\": ");
        try {
            loadModelPackage(dir);
            QFAIL("invalid JSON was accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains("model.json is not a JSON object"), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, loadModelPackage(tmp.filePath("no-such-package")));
    }

    void findsPackagesInSearchDirs() {
        QTemporaryDir tmp;
        makePackage(tmp, validManifest());
        QDir(tmp.path()).mkdir("not-a-package");
        const QStringList found = findModelPackageDirs({tmp.path()});
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().endsWith("test-model"));
        qputenv("ATTENTIONLENS_MODEL_PATH", tmp.path().toUtf8());
        QVERIFY(modelSearchDirs().contains(QDir(tmp.path()).absolutePath()));
        qunsetenv("ATTENTIONLENS_MODEL_PATH");
    }
};

QTEST_GUILESS_MAIN(TestModelPackage)
#include "tst_modelpackage.moc"
