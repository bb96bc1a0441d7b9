// SPDX-License-Identifier: MIT
// Protobuf wire format: https://protobuf.dev/programming-guides/encoding/ ; field numbers from
// onnx/onnx.proto (ModelProto: ir_version 1, producer_name 2, graph 7, opset_import 8; GraphProto: node 1,
// initializer 5, input 11, output 12; NodeProto: input 1, output 2, name 3, op_type 4; ValueInfoProto: name
// 1, type 2; TypeProto: tensor_type 1; Tensor: shape 2; TensorShapeProto: dim 1; Dimension: dim_value 1,
// dim_param 2; TensorProto: name 8; OperatorSetIdProto: domain 1, version 2).
#include "attentionlens/OnnxInspect.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <functional>

namespace al {
namespace {

class WireError : public std::exception {};

/// Iterates the fields of one protobuf message.
class Reader {
public:
    Reader(const char* data, qsizetype size) : m_p(data), m_end(data + size) {}

    bool atEnd() const { return m_p >= m_end; }

    quint64 varint() {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                throw WireError();
            const auto byte = quint8(*m_p++);
            if (shift == 63 && byte > 1) // the tenth byte holds only bit 63: more would be silently lost
                throw WireError();
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        throw WireError();
    }

    /// Reads a tag; returns (field number, wire type).
    std::pair<quint32, int> tag() {
        const quint64 t = varint();
        return {quint32(t >> 3), int(t & 7)};
    }

    QByteArray bytes() {
        const quint64 n = varint();
        if (n > quint64(m_end - m_p))
            throw WireError();
        QByteArray out(m_p, qsizetype(n));
        m_p += n;
        return out;
    }

    void skip(int wireType) {
        switch (wireType) {
        case 0:
            varint();
            return;
        case 1:
            advance(8);
            return;
        case 2:
            bytes();
            return;
        case 5:
            advance(4);
            return;
        default:
            throw WireError();
        }
    }

    /// Calls `onField(field, reader-at-value, wireType)`; the callback must consume the value or return false
    /// to have it skipped.
    void forEach(const std::function<bool(quint32, int)>& onField) {
        while (!atEnd()) {
            const auto [field, wire] = tag();
            if (!onField(field, wire))
                skip(wire);
        }
    }

private:
    void advance(qsizetype n) {
        if (n > m_end - m_p)
            throw WireError();
        m_p += n;
    }
    const char* m_p;
    const char* m_end;
};

QString str(const QByteArray& b) {
    return QString::fromUtf8(b);
}

OnnxValueInfo readValueInfo(const QByteArray& msg) {
    OnnxValueInfo info;
    Reader r(msg.constData(), msg.size());
    r.forEach([&](quint32 f, int w) {
        if (w != 2)
            return false;
        if (f == 1) {
            info.name = str(r.bytes());
            return true;
        }
        if (f != 2)
            return false;
        const QByteArray type = r.bytes();
        Reader t(type.constData(), type.size());
        t.forEach([&](quint32 tf, int tw) {
            if (tf != 1 || tw != 2)
                return false;
            const QByteArray tensor = t.bytes();
            Reader tr(tensor.constData(), tensor.size());
            tr.forEach([&](quint32 sf, int sw) {
                if (sf != 2 || sw != 2)
                    return false;
                const QByteArray shape = tr.bytes();
                Reader sr(shape.constData(), shape.size());
                sr.forEach([&](quint32 df, int dw) {
                    if (df != 1 || dw != 2)
                        return false;
                    const QByteArray dim = sr.bytes();
                    Reader dr(dim.constData(), dim.size());
                    qint64 value = -1;
                    QString param;
                    dr.forEach([&](quint32 vf, int vw) {
                        if (vf == 1 && vw == 0) {
                            value = qint64(dr.varint());
                            return true;
                        }
                        if (vf == 2 && vw == 2) {
                            param = str(dr.bytes());
                            return true;
                        }
                        return false;
                    });
                    info.dims.push_back(value);
                    info.symbolicDims << param;
                    return true;
                });
                return true;
            });
            return true;
        });
        return true;
    });
    return info;
}

OnnxNodeInfo readNode(const QByteArray& msg) {
    OnnxNodeInfo node;
    Reader r(msg.constData(), msg.size());
    r.forEach([&](quint32 f, int w) {
        if (w != 2 || f < 1 || f > 4)
            return false;
        const QString s = str(r.bytes());
        if (f == 1)
            node.inputs << s;
        else if (f == 2)
            node.outputs << s;
        else if (f == 3)
            node.name = s;
        else
            node.opType = s;
        return true;
    });
    return node;
}

QString readTensorName(const QByteArray& msg) {
    QString name;
    Reader r(msg.constData(), msg.size());
    r.forEach([&](quint32 f, int w) {
        if (f != 8 || w != 2)
            return false;
        name = str(r.bytes());
        return true;
    });
    return name;
}

void readGraph(const QByteArray& msg, OnnxGraphInfo& g) {
    std::vector<OnnxValueInfo> inputs;
    Reader r(msg.constData(), msg.size());
    r.forEach([&](quint32 f, int w) {
        if (w != 2)
            return false;
        switch (f) {
        case 1:
            g.nodes.push_back(readNode(r.bytes()));
            return true;
        case 5:
            g.initializers << readTensorName(r.bytes());
            return true;
        case 11:
            inputs.push_back(readValueInfo(r.bytes()));
            return true;
        case 12:
            g.outputs.push_back(readValueInfo(r.bytes()));
            return true;
        default:
            return false;
        }
    });
    const QSet<QString> init(g.initializers.begin(), g.initializers.end());
    for (OnnxValueInfo& in : inputs)
        if (!init.contains(in.name))
            g.inputs.push_back(std::move(in));
}

void readOpset(const QByteArray& msg, OnnxGraphInfo& g) {
    QString domain;
    qint64 version = 0;
    Reader r(msg.constData(), msg.size());
    r.forEach([&](quint32 f, int w) {
        if (f == 1 && w == 2) {
            domain = str(r.bytes());
            return true;
        }
        if (f == 2 && w == 0) {
            version = qint64(r.varint());
            return true;
        }
        return false;
    });
    if (domain.isEmpty() || domain == QLatin1String("ai.onnx"))
        g.opset = version;
}

} // namespace

OnnxGraphInfo inspectOnnx(const QString& path) {
    const auto fail = [&](const QString& why) {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("al::OnnxInspect", "%1: %2").arg(path, why));
    };
    QFile f(path);
    if (!QFileInfo(path).isFile())
        throw fail(QCoreApplication::translate("al::OnnxInspect", "no such file"));
    if (f.size() > (qint64(2) << 30))
        throw fail(QCoreApplication::translate("al::OnnxInspect",
                                               "larger than 2 GiB (external data is not supported)"));
    if (!f.open(QIODevice::ReadOnly))
        throw fail(f.errorString());
    const QByteArray data = f.readAll();
    OnnxGraphInfo g;
    bool hasGraph = false;
    try {
        Reader r(data.constData(), data.size());
        r.forEach([&](quint32 field, int wire) {
            if (field == 1 && wire == 0) {
                g.irVersion = qint64(r.varint());
                return true;
            }
            if (wire != 2)
                return false;
            if (field == 2) {
                g.producer = str(r.bytes());
                return true;
            }
            if (field == 7) {
                readGraph(r.bytes(), g);
                hasGraph = true;
                return true;
            }
            if (field == 8) {
                readOpset(r.bytes(), g);
                return true;
            }
            return false;
        });
    } catch (const WireError&) {
        throw fail(QCoreApplication::translate("al::OnnxInspect",
                                               "not an ONNX model (the protobuf data is damaged)"));
    }
    if (!hasGraph || g.irVersion <= 0)
        throw fail(QCoreApplication::translate("al::OnnxInspect", "not an ONNX model (no graph)"));
    return g;
}

} // namespace al
