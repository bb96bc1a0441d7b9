// SPDX-License-Identifier: MIT
// Parity of the shipped text model packages (docs/text-models.md): the stored float token ids go straight
// into cv::dnn and every stored output must match the training framework within the package's tolerance.
// Also checks what the C++ text path relies on: the vocabulary reproduces the stored tokens, padding keys
// get no attention, and every attention row and the pooling weights sum to 1.
#include "ParityData.h"
#include <attentionlens/ModelPackage.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <opencv2/dnn.hpp>

using namespace Qt::StringLiterals;

using namespace al::test;

namespace {

QStringList textPackages() {
    QStringList out;
    const QDir root(QStringLiteral(AL_MODELS_DIR));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = root.filePath(name);
        if (readJson(dir + "/model.json").value("modality").toString() == "text"_L1 &&
            QFile::exists(dir + "/parity/index.json"))
            out << dir;
    }
    return out;
}

QStringList readLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void addCaseRows() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<int>("caseIndex");
    for (const QString& dir : textPackages()) {
        const QJsonArray cases = readJson(dir + "/parity/index.json").value("cases").toArray();
        for (int i = 0; i < cases.size(); ++i)
            QTest::addRow("%s/%s", qPrintable(QDir(dir).dirName()),
                          qPrintable(cases[i].toObject()["name"].toString()))
                << dir << i;
    }
}

} // namespace

class TestOnnxText : public QObject {
    Q_OBJECT
private slots:
    void textPackagesAreShipped() {
        const QStringList packages = textPackages();
        QVERIFY2(packages.contains(QStringLiteral(AL_MODELS_DIR) + "/wordnet-gloss-attn"),
                 qPrintable(packages.join(", ")));
    }

    void manifestOutputsAreTheGraphOutputs_data() {
        QTest::addColumn<QString>("dir");
        for (const QString& dir : textPackages())
            QTest::newRow(qPrintable(QDir(dir).dirName())) << dir;
    }
    void manifestOutputsAreTheGraphOutputs() {
        QFETCH(QString, dir);
        const QJsonObject m = readJson(dir + "/model.json");
        cv::dnn::Net net = cv::dnn::readNetFromONNX((dir + "/model.onnx").toStdString());
        QVERIFY(!net.empty());
        std::vector<std::string> graphOutputs;
        for (const int id : net.getUnconnectedOutLayers())
            graphOutputs.push_back(net.getLayerNames()[size_t(id - 1)]);
        const QJsonArray declared = m.value("outputs").toArray();
        QCOMPARE(size_t(declared.size()), graphOutputs.size());
        const QJsonObject text = m.value("text").toObject();
        const QJsonArray shape = m.value("input").toObject().value("shape").toArray();
        QCOMPARE(shape.size(), 2);
        QCOMPARE(shape[1].toInt(), text.value("max_tokens").toInt());
        const QStringList vocab = readLines(dir + "/" + text.value("vocab").toString());
        QCOMPARE(vocab.size(), text.value("vocab_size").toInt());
        const QJsonObject specials = text.value("special_tokens").toObject();
        for (const QString key : {u"pad"_s, u"unk"_s}) {
            const QJsonObject s = specials.value(key).toObject();
            QCOMPARE(vocab.value(s.value("id").toInt()), s.value("token").toString());
        }
    }

    // The manifest contract of docs/text-models.md, as the core's package loader reads it.
    void packageLoadsWithItsTextSection_data() { manifestOutputsAreTheGraphOutputs_data(); }
    void packageLoadsWithItsTextSection() {
        QFETCH(QString, dir);
        const al::ModelPackage p = al::loadModelPackage(dir);
        QVERIFY(p.modality == al::Modality::Text);
        QVERIFY(p.text.has_value());
        QCOMPARE(p.text->maxTokens, 32);
        QCOMPARE(p.text->vocabulary.value(0), u"[PAD]"_s);
        QCOMPARE(p.text->padToken, u"[PAD]"_s);
        QCOMPARE(p.text->unkToken, u"[UNK]"_s);
        QVERIFY(p.text->clsToken.isEmpty());
        QCOMPARE(p.text->pooling.isEmpty(), p.attention.empty());
        QCOMPARE(p.prediction.labels.size(), 15);
    }

    void parity_data() { addCaseRows(); }
    void parity() {
        QFETCH(QString, dir);
        QFETCH(int, caseIndex);
        const QJsonObject index = readJson(dir + "/parity/index.json");
        const double tolerance = index.value("tolerance_max_abs_diff").toDouble();
        QVERIFY(tolerance > 0 && tolerance <= 1e-4);
        const QJsonObject c = index.value("cases").toArray()[caseIndex].toObject();
        const cv::Mat ids = readBlob(dir + "/parity/" + c["input"].toString(), c["input_shape"].toArray());
        QVERIFY(!ids.empty());
        cv::dnn::Net net = cv::dnn::readNetFromONNX((dir + "/model.onnx").toStdString());
        net.setInput(ids, index.value("input_name").toString().toStdString());
        const QJsonArray expected = c["outputs"].toArray();
        QVERIFY(!expected.isEmpty());
        std::vector<std::string> names;
        for (const QJsonValue& v : expected)
            names.push_back(v.toObject()["name"].toString().toStdString());
        std::vector<cv::Mat> outs;
        net.forward(outs, names);
        QCOMPARE(outs.size(), names.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject o = expected[i].toObject();
            const cv::Mat ref = readBlob(dir + "/parity/" + o["file"].toString(), o["shape"].toArray());
            QVERIFY2(!ref.empty(), qPrintable(o["file"].toString()));
            QCOMPARE(outs[size_t(i)].total(), ref.total());
            const double diff = maxAbsDiff(outs[size_t(i)], ref);
            QVERIFY2(diff <= tolerance,
                     qPrintable(u"%1: max abs diff %2"_s.arg(o["name"].toString()).arg(diff)));
        }
    }

    void storedTokensMatchTheVocabulary_data() { addCaseRows(); }
    void storedTokensMatchTheVocabulary() {
        QFETCH(QString, dir);
        QFETCH(int, caseIndex);
        const QJsonObject c =
            readJson(dir + "/parity/index.json").value("cases").toArray()[caseIndex].toObject();
        const QStringList vocab = readLines(dir + "/vocab.txt");
        const QJsonArray ids = c["ids"].toArray(), tokens = c["tokens"].toArray();
        QVERIFY(!ids.isEmpty());
        QCOMPARE(ids.size(), tokens.size());
        const cv::Mat blob = readBlob(dir + "/parity/" + c["input"].toString(), c["input_shape"].toArray());
        QVERIFY(!blob.empty());
        for (qsizetype t = 0; t < qsizetype(blob.total()); ++t) {
            const float expectedId = t < ids.size() ? float(ids[t].toInt()) : 0.f; // PAD after the text
            QCOMPARE(blob.ptr<float>()[t], expectedId);
            if (t < ids.size())
                QCOMPARE(vocab.value(ids[t].toInt()), tokens[t].toString());
        }
    }

    // What the C++ views rely on: rows are distributions over the real tokens only.
    void attentionIgnoresPadding_data() { addCaseRows(); }
    void attentionIgnoresPadding() {
        QFETCH(QString, dir);
        QFETCH(int, caseIndex);
        const QJsonObject c =
            readJson(dir + "/parity/index.json").value("cases").toArray()[caseIndex].toObject();
        const int n = int(c["ids"].toArray().size());
        int checked = 0;
        for (const QJsonValue& v : c["outputs"].toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o["name"].toString();
            if (!name.endsWith("_attention"_L1) && name != "pooling_weights"_L1)
                continue;
            const cv::Mat m = readBlob(dir + "/parity/" + o["file"].toString(), o["shape"].toArray());
            QVERIFY(!m.empty());
            const int t = m.size[m.dims - 1];
            QVERIFY(n <= t);
            const cv::Mat rows(int(m.total() / size_t(t)), t, CV_32F, m.data);
            for (int r = 0; r < rows.rows; ++r) {
                QVERIFY(std::abs(cv::sum(rows.row(r))[0] - 1.0) < 1e-4);
                if (n < t)
                    QVERIFY2(cv::sum(rows.row(r).colRange(n, t))[0] < 1e-6, qPrintable(name));
            }
            ++checked;
        }
        // the baseline has no attention; every attention package stores some in each case
        QCOMPARE(checked > 0, !readJson(dir + "/model.json").value("attention").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOnnxText)
#include "tst_onnx_text.moc"
