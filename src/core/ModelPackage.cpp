// SPDX-License-Identifier: MIT
#include "attentionlens/ModelPackage.h"

#include "attentionlens/Error.h"
#include "attentionlens/Paths.h"
#include "explain/InterventionManifest.h"
#include "text/TextManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>

namespace al {
namespace {

/// Reads typed fields and names the full field path in every error.
class FieldReader {
public:
    FieldReader(QString packageName, QJsonObject object, QString path = {})
        : m_package(std::move(packageName)), m_object(std::move(object)), m_path(std::move(path)) {}

    [[noreturn]] void fail(const QString& field, const QString& what) const {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ModelPackage", "model.json of '%1': field '%2' %3")
                        .arg(m_package, qualified(field), what));
    }
    QString qualified(const QString& field) const { return m_path.isEmpty() ? field : m_path + '.' + field; }
    bool has(const QString& field) const { return m_object.contains(field) && !m_object[field].isNull(); }

    QJsonValue required(const QString& field) const {
        if (!m_object.contains(field))
            fail(field, QCoreApplication::translate("al::ModelPackage", "is missing"));
        return m_object[field];
    }
    QString string(const QString& field) const {
        const QJsonValue v = required(field);
        if (!v.isString())
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be a string"));
        return v.toString();
    }
    QString optString(const QString& field, const QString& fallback = {}) const {
        return has(field) ? string(field) : fallback;
    }
    double number(const QString& field) const {
        const QJsonValue v = required(field);
        if (!v.isDouble())
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be a number"));
        return v.toDouble();
    }
    int integer(const QString& field) const {
        const double d = number(field);
        if (d != double(int(d)))
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be a whole number"));
        return int(d);
    }
    QString oneOf(const QString& field, const QStringList& allowed) const {
        const QString s = string(field);
        if (!allowed.contains(s))
            fail(field, QCoreApplication::translate("al::ModelPackage", "is '%1'; expected one of: %2")
                            .arg(s, allowed.join(QStringLiteral(", "))));
        return s;
    }
    std::vector<int> intArray(const QString& field) const {
        const QJsonValue v = required(field);
        if (!v.isArray())
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be an array of whole numbers"));
        std::vector<int> out;
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isDouble() || e.toDouble() != double(int(e.toDouble())) || e.toDouble() <= 0)
                fail(field, QCoreApplication::translate("al::ModelPackage",
                                                        "must be an array of positive whole numbers"));
            out.push_back(e.toInt());
        }
        return out;
    }
    std::vector<double> numberArray(const QString& field) const {
        const QJsonValue v = required(field);
        if (!v.isArray())
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be an array of numbers"));
        std::vector<double> out;
        for (const QJsonValue& e : v.toArray()) {
            if (!e.isDouble())
                fail(field, QCoreApplication::translate("al::ModelPackage", "must be an array of numbers"));
            out.push_back(e.toDouble());
        }
        return out;
    }
    QJsonArray array(const QString& field) const {
        const QJsonValue v = required(field);
        if (!v.isArray())
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be an array"));
        return v.toArray();
    }
    FieldReader object(const QString& field) const {
        const QJsonValue v = required(field);
        if (!v.isObject())
            fail(field, QCoreApplication::translate("al::ModelPackage", "must be an object"));
        return FieldReader(m_package, v.toObject(), qualified(field));
    }
    FieldReader element(const QString& field, const QJsonArray& arr, int i) const {
        if (!arr[i].isObject())
            fail(QStringLiteral("%1[%2]").arg(field).arg(i),
                 QCoreApplication::translate("al::ModelPackage", "must be an object"));
        return FieldReader(m_package, arr[i].toObject(),
                           qualified(QStringLiteral("%1[%2]").arg(field).arg(i)));
    }

private:
    QString m_package;
    QJsonObject m_object;
    QString m_path;
};

QJsonObject readJsonObject(const QString& path, const QString& package) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ModelPackage", "Model package '%1': cannot read %2: %3")
                        .arg(package, QFileInfo(path).fileName(), f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::ModelPackage", "Model package '%1': %2 is not a JSON object (%3 at offset %4)")
                        .arg(package, QFileInfo(path).fileName(), err.errorString())
                        .arg(err.offset));
    return doc.object();
}

PackageInput readInput(const FieldReader& r) {
    PackageInput in;
    in.name = r.string(QStringLiteral("name"));
    const std::vector<int> shape = r.intArray(QStringLiteral("shape"));
    if (shape.size() != 4 || shape[0] != 1 || (shape[1] != 1 && shape[1] != 3))
        r.fail(QStringLiteral("shape"),
               QCoreApplication::translate("al::ModelPackage",
                                           "must be [1, C, H, W] with batch 1 and C = 1 or 3"));
    in.channels = shape[1];
    in.height = shape[2];
    in.width = shape[3];
    const QString colour = r.oneOf(QStringLiteral("colour"), {"gray", "rgb", "bgr"});
    in.colour = colour == QLatin1String("gray")  ? ColourOrder::Gray
                : colour == QLatin1String("rgb") ? ColourOrder::Rgb
                                                 : ColourOrder::Bgr;
    if ((in.colour == ColourOrder::Gray) != (in.channels == 1))
        r.fail(QStringLiteral("colour"),
               QCoreApplication::translate("al::ModelPackage", "'%1' does not match %2 input channel(s)")
                   .arg(colour)
                   .arg(in.channels));
    in.scale = r.number(QStringLiteral("scale"));
    in.mean = r.numberArray(QStringLiteral("mean"));
    in.std = r.numberArray(QStringLiteral("std"));
    if (int(in.mean.size()) != in.channels)
        r.fail(QStringLiteral("mean"),
               QCoreApplication::translate("al::ModelPackage", "must have %1 value(s)").arg(in.channels));
    if (int(in.std.size()) != in.channels ||
        std::any_of(in.std.begin(), in.std.end(), [](double s) { return s <= 0; }))
        r.fail(QStringLiteral("std"),
               QCoreApplication::translate("al::ModelPackage", "must have %1 positive value(s)")
                   .arg(in.channels));
    const QString resize = r.oneOf(QStringLiteral("resize"), {"stretch", "letterbox", "centre-crop"});
    in.resize = resize == QLatin1String("stretch")     ? ResizePolicy::Stretch
                : resize == QLatin1String("letterbox") ? ResizePolicy::Letterbox
                                                       : ResizePolicy::CentreCrop;
    return in;
}

PackageAttention readAttention(const FieldReader& r, Modality modality) {
    PackageAttention a;
    a.output = r.string(QStringLiteral("output"));
    const QString kind =
        r.oneOf(QStringLiteral("kind"), {"spatial", "channel", "token-to-token", "gate", "temporal"});
    a.kind = *mapKindFromString(kind);
    a.layer = r.integer(QStringLiteral("layer"));
    a.group = r.optString(QStringLiteral("group"));
    a.shape = r.intArray(QStringLiteral("shape"));
    a.heads = r.integer(QStringLiteral("heads"));
    if (a.heads < 1)
        r.fail(QStringLiteral("heads"),
               QCoreApplication::translate("al::ModelPackage", "must be at least 1"));
    a.headAxis = r.has(QStringLiteral("head_axis")) ? r.integer(QStringLiteral("head_axis")) : -1;
    if (a.heads > 1 &&
        (a.headAxis < 0 || a.headAxis >= int(a.shape.size()) || a.shape[a.headAxis] != a.heads))
        r.fail(QStringLiteral("head_axis"),
               QCoreApplication::translate("al::ModelPackage",
                                           "must index an axis of 'shape' of size heads (%1)")
                   .arg(a.heads));
    if (r.has(QStringLiteral("grid"))) {
        const FieldReader g = r.object(QStringLiteral("grid"));
        a.gridRows = g.integer(QStringLiteral("rows"));
        a.gridCols = g.integer(QStringLiteral("cols"));
    }
    // Text tokens form a sequence, not a patch grid.
    const bool needsGrid = a.kind == MapKind::Spatial || a.kind == MapKind::Gate ||
                           (a.kind == MapKind::TokenToToken && modality != Modality::Text);
    if (needsGrid && (a.gridRows <= 0 || a.gridCols <= 0))
        r.fail(QStringLiteral("grid"),
               QCoreApplication::translate("al::ModelPackage", "must give rows and cols for a %1 map")
                   .arg(kind));
    a.channels = r.has(QStringLiteral("channels")) ? r.integer(QStringLiteral("channels")) : 0;
    a.patchTokenOffset =
        r.has(QStringLiteral("patch_token_offset")) ? r.integer(QStringLiteral("patch_token_offset")) : 0;
    if (r.has(QStringLiteral("special_tokens"))) {
        const QJsonArray tokens = r.array(QStringLiteral("special_tokens"));
        for (int i = 0; i < tokens.size(); ++i) {
            const FieldReader t = r.element(QStringLiteral("special_tokens"), tokens, i);
            a.specialTokens.emplace_back(t.string(QStringLiteral("name")),
                                         t.integer(QStringLiteral("index")));
        }
    }
    a.preActivation = r.oneOf(QStringLiteral("activation"), {"pre", "post"}) == QLatin1String("pre");
    a.semantics = *valueSemanticsFromString(
        r.oneOf(QStringLiteral("semantics"), {"unbounded", "non-negative", "probability", "logit"}));
    a.title = r.string(QStringLiteral("title"));
    a.description = r.string(QStringLiteral("description"));
    return a;
}

PackageRollout readRollout(const FieldReader& r, const std::vector<PackageAttention>& attention) {
    PackageRollout ro;
    const QJsonArray layers = r.array(QStringLiteral("layers"));
    for (const QJsonValue& v : layers) {
        const QString name = v.toString();
        const bool known = std::any_of(attention.begin(), attention.end(), [&](const PackageAttention& a) {
            return a.output == name && a.kind == MapKind::TokenToToken;
        });
        if (!known)
            r.fail(QStringLiteral("layers"),
                   QCoreApplication::translate("al::ModelPackage",
                                               "names '%1', which is not a token-to-token "
                                               "attention output")
                       .arg(name));
        ro.layers << name;
    }
    if (ro.layers.isEmpty())
        r.fail(QStringLiteral("layers"),
               QCoreApplication::translate("al::ModelPackage", "must not be empty"));
    if (r.has(QStringLiteral("head_fusion")))
        ro.headFusion = r.oneOf(QStringLiteral("head_fusion"), {"mean", "max", "min"});
    if (r.has(QStringLiteral("residual_identity")))
        ro.residualIdentity = r.number(QStringLiteral("residual_identity"));
    if (r.has(QStringLiteral("discard_ratio")))
        ro.discardRatio = r.number(QStringLiteral("discard_ratio"));
    if (r.has(QStringLiteral("source_token")))
        ro.sourceToken = r.integer(QStringLiteral("source_token"));
    return ro;
}

QStringList readLabels(const QString& path, const QString& package) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ModelPackage", "Model package '%1': cannot read %2: %3")
                        .arg(package, QFileInfo(path).fileName(), f.errorString()));
    QStringList labels;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QString s = QString::fromUtf8(line).trimmed();
        if (!s.isEmpty())
            labels << s;
    }
    return labels;
}

QString existingFile(const QString& dir, const QString& relative, const FieldReader& r,
                     const QString& field) {
    const QString path = QDir(dir).absoluteFilePath(relative);
    if (!QFileInfo(path).isFile())
        r.fail(field, QCoreApplication::translate("al::ModelPackage", "names '%1', which does not exist")
                          .arg(relative));
    return path;
}

void readOutputs(const FieldReader& r, ModelPackage& p) {
    for (const QJsonValue& v : r.array(QStringLiteral("outputs")))
        p.outputs << v.toString();
    auto requireListed = [&](const QString& name, const QString& field) {
        if (!p.outputs.contains(name))
            r.fail(field,
                   QCoreApplication::translate("al::ModelPackage", "names '%1', which is not in 'outputs'")
                       .arg(name));
    };
    requireListed(p.prediction.output, QStringLiteral("prediction.output"));
    for (const PackageAttention& a : p.attention)
        requireListed(a.output, QStringLiteral("attention"));
    for (const PackageIntermediate& m : p.intermediates)
        requireListed(m.output, QStringLiteral("intermediates"));
    if (p.outputs.removeDuplicates() > 0)
        r.fail(QStringLiteral("outputs"),
               QCoreApplication::translate("al::ModelPackage", "lists a name twice"));
}

} // namespace

ModelPackage loadModelPackage(const QString& dirPath) {
    const QFileInfo info(dirPath);
    const QString package = info.fileName();
    if (!info.isDir())
        throw Error(ErrorCode::BadInput, QCoreApplication::translate(
                                             "al::ModelPackage", "Model package folder '%1' does not exist")
                                             .arg(dirPath));
    ModelPackage p;
    p.dir = info.absoluteFilePath();
    const QJsonObject root = readJsonObject(QDir(p.dir).filePath(QStringLiteral("model.json")), package);
    const FieldReader r(package, root);
    if (r.string(QStringLiteral("format")) != QLatin1String("attentionlens-model"))
        r.fail(QStringLiteral("format"),
               QCoreApplication::translate("al::ModelPackage", "must be \"attentionlens-model\""));
    if (r.integer(QStringLiteral("format_version")) != 1)
        r.fail(QStringLiteral("format_version"),
               QCoreApplication::translate("al::ModelPackage",
                                           "is not supported by this AttentionLens (expected 1)"));
    p.id = r.string(QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    if (!idPattern.match(p.id).hasMatch())
        r.fail(QStringLiteral("id"),
               QCoreApplication::translate("al::ModelPackage",
                                           "must be lower-case letters, digits, '.' and '-'"));
    p.name = r.string(QStringLiteral("name"));
    p.version = r.optString(QStringLiteral("version"), QStringLiteral("0"));
    p.description = r.optString(QStringLiteral("description"));
    p.task = r.oneOf(QStringLiteral("task"), {"classification"});
    p.modality =
        *modalityFromString(r.oneOf(QStringLiteral("modality"), {"image", "video", "text", "fingerprint"}));

    const FieldReader files = r.has(QStringLiteral("files"))
                                  ? r.object(QStringLiteral("files"))
                                  : FieldReader(package, {}, QStringLiteral("files"));
    p.onnxPath = existingFile(p.dir, files.optString(QStringLiteral("onnx"), QStringLiteral("model.onnx")),
                              files, QStringLiteral("onnx"));
    p.cardPath = existingFile(p.dir, files.optString(QStringLiteral("card"), QStringLiteral("card.json")),
                              files, QStringLiteral("card"));
    p.card = readJsonObject(p.cardPath, package);
    const QString samples =
        QDir(p.dir).filePath(files.optString(QStringLiteral("samples"), QStringLiteral("samples")));
    p.samplesDir = QFileInfo(samples).isDir() ? samples : QString();
    const QString parity =
        QDir(p.dir).filePath(files.optString(QStringLiteral("parity"), QStringLiteral("parity")));
    p.parityDir = QFileInfo(parity).isDir() ? parity : QString();

    if (p.modality == Modality::Text)
        detail::readTextSections(root, p); // [1, T] token ids instead of an image (docs/text-models.md)
    else
        p.input = readInput(r.object(QStringLiteral("input")));
    const FieldReader pred = r.object(QStringLiteral("prediction"));
    p.prediction.output = pred.string(QStringLiteral("output"));
    p.prediction.activation = pred.oneOf(QStringLiteral("activation"), {"softmax", "sigmoid", "none"});
    if (pred.has(QStringLiteral("labels")))
        p.prediction.labels = readLabels(
            existingFile(p.dir, pred.string(QStringLiteral("labels")), pred, QStringLiteral("labels")),
            package);

    const QJsonArray attention = r.array(QStringLiteral("attention"));
    for (int i = 0; i < attention.size(); ++i)
        p.attention.push_back(
            readAttention(r.element(QStringLiteral("attention"), attention, i), p.modality));
    const QJsonArray inter = r.array(QStringLiteral("intermediates"));
    for (int i = 0; i < inter.size(); ++i) {
        const FieldReader m = r.element(QStringLiteral("intermediates"), inter, i);
        p.intermediates.push_back(
            {m.string(QStringLiteral("output")),
             m.has(QStringLiteral("shape")) ? m.intArray(QStringLiteral("shape")) : std::vector<int>{},
             m.string(QStringLiteral("description"))});
    }
    readOutputs(r, p);
    detail::readExplainSections(root, p); // "stages" and "randomized" (docs/explainer.md)
    if (r.has(QStringLiteral("rollout")))
        p.rollout = readRollout(r.object(QStringLiteral("rollout")), p.attention);
    p.defaultMap = r.optString(QStringLiteral("default_map"));
    if (!p.defaultMap.isEmpty() && p.defaultMap != QLatin1String("rollout") &&
        std::none_of(p.attention.begin(), p.attention.end(),
                     [&](const PackageAttention& a) { return a.output == p.defaultMap; }))
        r.fail(QStringLiteral("default_map"),
               QCoreApplication::translate("al::ModelPackage", "names '%1', which is not an attention output")
                   .arg(p.defaultMap));
    if (p.defaultMap == QLatin1String("rollout") && !p.rollout)
        r.fail(QStringLiteral("default_map"),
               QCoreApplication::translate("al::ModelPackage",
                                           "is \"rollout\" but the manifest has no 'rollout'"));
    return p;
}

QStringList modelSearchDirs(const QStringList& extra) {
    QStringList candidates = extra;
    const QString env = qEnvironmentVariable("ATTENTIONLENS_MODEL_PATH");
    if (!env.isEmpty())
        candidates << env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    candidates << QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/models");
    for (const QString& d : dataDirs())
        candidates << d + QStringLiteral("/models");
    QStringList out;
    for (const QString& c : candidates) {
        const QFileInfo fi(c);
        if (fi.isDir() && !out.contains(fi.absoluteFilePath()))
            out << fi.absoluteFilePath();
    }
    return out;
}

QStringList findModelPackageDirs(const QStringList& dirs) {
    QStringList out;
    for (const QString& d : dirs) {
        const QDir dir(d);
        for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = dir.absoluteFilePath(sub);
            if (QFileInfo(QDir(path).filePath(QStringLiteral("model.json"))).isFile())
                out << path;
        }
    }
    return out;
}

} // namespace al
