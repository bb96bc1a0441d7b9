// SPDX-License-Identifier: MIT
// inspectOnnx() on ONNX (protobuf) bytes built in code: a small valid model, then damaged and hostile ones,
// which must all end in an al::Error naming the file, never a crash or a silent misread.
#include <attentionlens/Error.h>
#include <attentionlens/OnnxInspect.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace al;

namespace {

QByteArray varint(quint64 v) {
    QByteArray out;
    do {
        const auto low = quint8(v & 0x7f);
        v >>= 7;
        out.append(char(v ? (low | 0x80) : low));
    } while (v);
    return out;
}

QByteArray tag(quint32 field, int wire) {
    return varint((quint64(field) << 3) | quint64(wire));
}

QByteArray varintField(quint32 field, quint64 v) {
    return tag(field, 0) + varint(v);
}

QByteArray bytesField(quint32 field, const QByteArray& payload) {
    return tag(field, 2) + varint(quint64(payload.size())) + payload;
}

// ValueInfoProto{name, type{tensor_type{shape{dim...}}}}; a negative dim becomes dim_param "batch".
QByteArray valueInfo(const QByteArray& name, const std::vector<qint64>& dims) {
    QByteArray shape;
    for (qint64 d : dims)
        shape += bytesField(1, d >= 0 ? varintField(1, quint64(d)) : bytesField(2, "batch"));
    const QByteArray tensor = bytesField(2, shape);
    return bytesField(1, name) + bytesField(2, bytesField(1, tensor));
}

QByteArray validModel() {
    QByteArray node =
        bytesField(1, "x") + bytesField(2, "y") + bytesField(3, "attn") + bytesField(4, "Softmax");
    QByteArray graph = bytesField(1, node) + bytesField(5, bytesField(8, "w")) +
                       bytesField(11, valueInfo("x", {-1, 4})) + bytesField(11, valueInfo("w", {4})) +
                       bytesField(12, valueInfo("y", {1, 4}));
    return varintField(1, 8) + bytesField(2, "unit-test") + bytesField(7, graph) +
           bytesField(8, bytesField(1, "") + varintField(2, 17));
}

QString writeTemp(const QTemporaryDir& dir, const QByteArray& bytes) {
    const QString path = dir.filePath(QStringLiteral("model.onnx"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestOnnxInspect : public QObject {
    Q_OBJECT
private slots:
    void readsAValidModel() {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, validModel());
        QVERIFY(!path.isEmpty());
        const OnnxGraphInfo g = inspectOnnx(path);
        QCOMPARE(g.irVersion, qint64(8));
        QCOMPARE(g.opset, qint64(17));
        QCOMPARE(g.producer, QStringLiteral("unit-test"));
        QCOMPARE(g.inputs.size(), size_t(1)); // "w" is an initializer, not a real input
        QCOMPARE(g.inputs[0].name, QStringLiteral("x"));
        QCOMPARE(g.inputs[0].dims, (std::vector<qint64>{-1, 4}));
        QCOMPARE(g.inputs[0].symbolicDims, (QStringList{"batch", ""}));
        QCOMPARE(g.outputs.size(), size_t(1));
        QCOMPARE(g.outputs[0].dims, (std::vector<qint64>{1, 4}));
        QCOMPARE(g.nodes.size(), size_t(1));
        QCOMPARE(g.nodes[0].opType, QStringLiteral("Softmax"));
        QCOMPARE(g.nodes[0].inputs, QStringList{"x"});
        QCOMPARE(g.initializers, QStringList{"w"});
    }

    void damagedFilesAreErrorsNamingTheFile_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = validModel();
        QTest::newRow("empty") << QByteArray() << "no graph";
        QTest::newRow("no graph") << varintField(1, 8) << "no graph";
        QTest::newRow("graph without ir_version") << bytesField(7, QByteArray()) << "no graph";
        QTest::newRow("truncated") << good.left(good.size() - 3) << "damaged";
        QTest::newRow("length beyond the end") << varintField(1, 8) + tag(7, 2) + varint(100) + "abc"
                                               << "damaged";
        QTest::newRow("length near 2^64") << varintField(1, 8) + tag(7, 2) + varint(~quint64(0) - 2) + "abc"
                                          << "damaged";
        QTest::newRow("nested length beyond its message")
            << varintField(1, 8) + bytesField(7, tag(1, 2) + varint(50) + "abc") + QByteArray(60, '\0')
            << "damaged";
        QTest::newRow("varint without an end") << QByteArray("\x08\xff\xff\xff", 4) << "damaged";
        QTest::newRow("varint of 11 bytes")
            << QByteArray("\x08") + QByteArray(10, '\xff') + QByteArray("\x01") << "damaged";
        // Regression: the high bits of a tenth byte above 1 were dropped, so the value was silently wrong.
        QTest::newRow("varint overflowing 64 bits")
            << QByteArray("\x08") + QByteArray(9, '\xff') + QByteArray("\x7f") + bytesField(7, QByteArray())
            << "damaged";
        QTest::newRow("group wire type")
            << varintField(1, 8) + tag(9, 3) + bytesField(7, QByteArray()) << "damaged";
        QTest::newRow("fixed64 cut short")
            << varintField(1, 8) + tag(9, 1) + QByteArray(5, '\0') << "damaged";
        QTest::newRow("text file") << QByteArray("ir_version: 8\ngraph { }\n") << "not an ONNX model";
    }
    void damagedFilesAreErrorsNamingTheFile() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, bytes);
        QVERIFY(!path.isEmpty());
        try {
            inspectOnnx(path);
            QFAIL("damaged bytes were accepted");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::BadInput);
            QVERIFY2(e.message().contains(path) && e.message().contains(reason), qPrintable(e.message()));
        }
    }

    void aMissingFileIsAnError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.onnx"));
        QVERIFY_THROWS_EXCEPTION(Error, inspectOnnx(path));
        QVERIFY_THROWS_EXCEPTION(Error, inspectOnnx(dir.path())); // a folder
    }
};

QTEST_GUILESS_MAIN(TestOnnxInspect)
#include "tst_onnxinspect.moc"
