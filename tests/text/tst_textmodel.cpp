// SPDX-License-Identifier: MIT
// The onnx plugin's text path on the tiny random-weight fixture (tests/data/text/make_text_fixture.py):
// manifest, tokens, shapes, rows summing to 1, parity with the numpy reference, truncation and errors.
#include "OnnxTextModel.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/TextExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace al;

namespace {

const QString kPackage = QStringLiteral(AL_TEST_DATA_DIR "/text/models/tiny-text");

QJsonObject readJson(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

ModelResult runText(const onnx::OnnxTextModel& model, const QString& text, bool truncate = true) {
    ModelInput input;
    input.modality = Modality::Text;
    input.text = text;
    return runModel(model, input, {{QStringLiteral("truncate"), truncate}}, RunControl());
}

/// Copies the fixture package and rewrites one manifest field with `edit`.
QString editedPackage(const QTemporaryDir& tmp, const std::function<void(QJsonObject&)>& edit) {
    const QString dir = tmp.filePath(QStringLiteral("tiny-text"));
    QDir().mkpath(dir);
    for (const QString& f : QDir(kPackage).entryList(QDir::Files))
        QFile::copy(kPackage + '/' + f, dir + '/' + f);
    QJsonObject manifest = readJson(dir + QStringLiteral("/model.json"));
    edit(manifest);
    QFile out(dir + QStringLiteral("/model.json"));
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(QJsonDocument(manifest).toJson());
    return dir;
}

} // namespace

class TestTextModel : public QObject {
    Q_OBJECT

private slots:
    void manifest();
    void parity_data();
    void parity();
    void truncation();
    void badInput_data();
    void badInput();
    void manifestErrors_data();
    void manifestErrors();
    void shippedPackagesTokenizeLikeTraining_data();
    void shippedPackagesTokenizeLikeTraining();
};

void TestTextModel::manifest() {
    const ModelPackage p = loadModelPackage(kPackage);
    QVERIFY(p.modality == Modality::Text);
    QVERIFY(p.text.has_value());
    QCOMPARE(p.text->maxTokens, 8);
    QCOMPARE(p.text->padToken, QStringLiteral("[PAD]"));
    QCOMPARE(p.text->unkToken, QStringLiteral("[UNK]"));
    QVERIFY(p.text->clsToken.isEmpty());
    QCOMPARE(p.text->pooling, QStringLiteral("pooling_weights"));
    QCOMPARE(p.text->vocabulary.size(), 12);
    QCOMPARE(p.input.name, QStringLiteral("ids"));
}

void TestTextModel::parity_data() {
    QTest::addColumn<QJsonObject>("expected");
    const QJsonArray cases = readJson(QStringLiteral(AL_TEST_DATA_DIR "/text/tiny_text_expected.json"))
                                 .value(QStringLiteral("cases"))
                                 .toArray();
    QVERIFY(cases.size() >= 3);
    for (const QJsonValue& c : cases)
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("text")).toString())) << c.toObject();
}

void TestTextModel::parity() {
    QFETCH(QJsonObject, expected);
    const onnx::OnnxTextModel model(loadModelPackage(kPackage));
    const ModelResult r = runText(model, expected.value(QStringLiteral("text")).toString());
    const QJsonArray ids = expected.value(QStringLiteral("ids")).toArray();
    const int n = int(ids.size());
    QCOMPARE(int(r.tokens.size()), n);
    const QJsonArray tokens = expected.value(QStringLiteral("tokens")).toArray();
    for (int i = 0; i < n; ++i)
        QCOMPARE(r.tokens[size_t(i)].text, tokens[i].toString());
    // predictions: sorted, scores equal the reference probabilities
    const QJsonArray prob = expected.value(QStringLiteral("prob")).toArray();
    QCOMPARE(int(r.predictions.size()), 3);
    for (const Prediction& p : r.predictions)
        QVERIFY(std::abs(p.score - prob[p.index].toDouble()) <= 1e-4);
    QVERIFY(r.predictions[0].score >= r.predictions[1].score);
    // per-head maps cropped to n x n, rows sum to 1, equal to the reference
    const std::vector<TokenAttentionLayer> layers = tokenAttentionLayers(r);
    QCOMPARE(int(layers.size()), 1);
    QCOMPARE(int(layers[0].heads.size()), 2);
    const QJsonArray attn = expected.value(QStringLiteral("layer0_attention")).toArray();
    for (int h = 0; h < 2; ++h) {
        const cv::Mat& m = layers[0].heads[size_t(h)]->data;
        QCOMPARE(m.rows, n);
        QCOMPARE(m.cols, n);
        QVERIFY(layers[0].heads[size_t(h)]->kind == MapKind::TokenToToken);
        for (int q = 0; q < n; ++q) {
            QVERIFY(std::abs(cv::sum(m.row(q))[0] - 1.0) <= 1e-4);
            for (int k = 0; k < n; ++k)
                QVERIFY(std::abs(m.at<float>(q, k) - attn[(h * 8 + q) * 8 + k].toDouble()) <= 1e-4);
        }
    }
    const AttentionMap* pooling = tokenPoolingMap(r);
    QVERIFY(pooling);
    QVERIFY(pooling->isFinal);
    QCOMPARE(pooling->data.cols, n);
    QVERIFY(std::abs(cv::sum(pooling->data)[0] - 1.0) <= 1e-4);
    const QJsonArray pool = expected.value(QStringLiteral("pooling_weights")).toArray();
    for (int i = 0; i < n; ++i)
        QVERIFY(std::abs(pooling->data.at<float>(i) - pool[i].toDouble()) <= 1e-4);
}

void TestTextModel::truncation() {
    const onnx::OnnxTextModel model(loadModelPackage(kPackage));
    const QString text = QStringLiteral("the cat sat on the mat . a big red dog");
    const ModelResult r = runText(model, text);
    QCOMPARE(int(r.tokens.size()), 8);
    QCOMPARE(r.scalars.value(QStringLiteral("dropped_tokens")).toInt(), 3); // 11 tokens, T = 8
    try {
        runText(model, text, false);
        QFAIL("an over-long text was accepted with truncate=false");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::TooLarge);
        QVERIFY2(e.message().contains(QStringLiteral("11 tokens")), qPrintable(e.message()));
    }
}

void TestTextModel::badInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QStringLiteral(" \n\t ") << QStringLiteral("empty");
    QTest::newRow("only control characters") << QStringLiteral("\u200B\u0001") << QStringLiteral("no tokens");
}

void TestTextModel::badInput() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    const onnx::OnnxTextModel model(loadModelPackage(kPackage));
    try {
        runText(model, text);
        QFAIL("bad input was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestTextModel::manifestErrors_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value"); // JSON
    QTest::addColumn<QString>("message");
    QTest::newRow("shape") << "input.shape"
                           << "[1, 8, 8]"
                           << "'input.shape'";
    QTest::newRow("tokenizer") << "text.tokenizer"
                               << "\"bpe\""
                               << "'text.tokenizer'";
    QTest::newRow("vocab missing") << "text.vocab"
                                   << "\"nope.txt\""
                                   << "'text.vocab'";
    QTest::newRow("vocab size") << "text.vocab_size"
                                << "13"
                                << "'text.vocab_size'";
    QTest::newRow("max tokens") << "text.max_tokens"
                                << "9"
                                << "'text.max_tokens'";
    QTest::newRow("pad id") << "text.special_tokens"
                            << R"({"pad": {"token": "[PAD]", "id": 3}, "unk": {"token": "[UNK]", "id": 1}})"
                            << "'text.special_tokens.pad'";
    QTest::newRow("no unk") << "text.special_tokens"
                            << R"({"pad": {"token": "[PAD]", "id": 0}})"
                            << "'text.special_tokens.unk'";
    QTest::newRow("mask") << "text.mask"
                          << "\"sometimes\""
                          << "'text.mask'";
}

void TestTextModel::manifestErrors() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QTemporaryDir tmp;
    const QString dir = editedPackage(tmp, [&](QJsonObject& m) {
        const QStringList path = field.split('.');
        QJsonObject section = m.value(path[0]).toObject();
        const QJsonValue v = QJsonDocument::fromJson(("[" + value + "]").toUtf8()).array().at(0);
        section.insert(path[1], v);
        m.insert(path[0], section);
    });
    try {
        loadModelPackage(dir);
        QFAIL("a broken manifest was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestTextModel::shippedPackagesTokenizeLikeTraining_data() {
    QTest::addColumn<QString>("package");
    QTest::addColumn<QJsonObject>("parityCase");
    for (const QString& id : {QStringLiteral("wordnet-gloss-attn"), QStringLiteral("wordnet-gloss-bow")}) {
        const QString dir = QStringLiteral(AL_MODELS_DIR "/") + id;
        const QJsonArray cases =
            readJson(dir + QStringLiteral("/parity/index.json")).value(QStringLiteral("cases")).toArray();
        QVERIFY2(!cases.isEmpty(), qPrintable("no parity cases in " + dir));
        for (const QJsonValue& c : cases)
            QTest::newRow(qPrintable(id + ' ' + c.toObject().value(QStringLiteral("name")).toString()))
                << dir << c.toObject();
    }
}

// The ids the C++ tokenizer feeds the shipped models are the ids training/text_data.py produced.
void TestTextModel::shippedPackagesTokenizeLikeTraining() {
    QFETCH(QString, package);
    QFETCH(QJsonObject, parityCase);
    const onnx::OnnxTextModel model(loadModelPackage(package));
    const TokenizedText t = model.tokenizer().tokenize(parityCase.value(QStringLiteral("text")).toString());
    const QJsonArray ids = parityCase.value(QStringLiteral("ids")).toArray();
    const QJsonArray tokens = parityCase.value(QStringLiteral("tokens")).toArray();
    QCOMPARE(int(t.ids.size()), int(ids.size()));
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(t.ids[size_t(i)], ids[i].toInt());
        const TextToken& token = t.tokens[size_t(i)];
        QCOMPARE(token.unknown ? QStringLiteral("[UNK]") : token.text,
                 tokens[i].toString()); // parity lists UNK as such
    }
    const ModelResult r = runText(model, parityCase.value(QStringLiteral("text")).toString());
    QVERIFY(!r.predictions.empty());
    const int n = int(ids.size());
    QCOMPARE(int(r.tokens.size()), n);
    // Q and K come cropped to the n real tokens: softmax(Q K^T) over them (Q is stored scaled by 1/sqrt(d))
    // reproduces the model's masked attention, so the explainer can step through it.
    const auto tensor = [&r](const QString& name) -> const Tensor* {
        for (const Tensor& t : r.intermediates)
            if (t.name == name)
                return &t;
        return nullptr;
    };
    const std::vector<TokenAttentionLayer> layers = tokenAttentionLayers(r);
    if (layers.empty())
        return; // the bag-of-words baseline has no attention
    const Tensor* q = tensor(QStringLiteral("layer0_q"));
    const Tensor* k = tensor(QStringLiteral("layer0_k"));
    QVERIFY(q && k);
    QCOMPARE(q->shape[2], n);
    const int d = q->shape[3];
    const cv::Mat q0(n, d, CV_32F, const_cast<float*>(q->data.ptr<float>()));
    const cv::Mat k0(n, d, CV_32F, const_cast<float*>(k->data.ptr<float>()));
    cv::Mat scores = q0 * k0.t();
    for (int row = 0; row < n; ++row) {
        cv::Mat e;
        cv::exp(scores.row(row) - cv::norm(scores.row(row), cv::NORM_INF), e);
        e /= cv::sum(e)[0];
        QVERIFY(cv::norm(e, layers[0].heads[0]->data.row(row), cv::NORM_INF) <= 1e-4);
    }
}

QTEST_GUILESS_MAIN(TestTextModel)
#include "tst_textmodel.moc"
