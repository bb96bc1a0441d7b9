// SPDX-License-Identifier: MIT
#include "InterventionManifest.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

namespace al::detail {
namespace {

[[noreturn]] void fail(const ModelPackage& p, const QString& field, const QString& what) {
    throw Error(ErrorCode::BadInput,
                QCoreApplication::translate("al::ModelPackage", "model.json of '%1': field '%2' %3")
                    .arg(p.id, field, what));
}

QString stringField(const ModelPackage& p, const QJsonObject& o, const QString& path, const QString& key,
                    bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(p, path + '.' + key, QCoreApplication::translate("al::ModelPackage", "is missing"));
        return {};
    }
    if (!v.isString() || v.toString().isEmpty())
        fail(p, path + '.' + key, QCoreApplication::translate("al::ModelPackage", "must be a string"));
    return v.toString();
}

int positiveInt(const ModelPackage& p, const QJsonObject& o, const QString& path, const QString& key) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())) || v.toInt() <= 0)
        fail(p, path + '.' + key,
             QCoreApplication::translate("al::ModelPackage", "must be a positive whole number"));
    return v.toInt();
}

// The staged and randomised graphs are optional extras: a package copied without them (e.g. only
// model.onnx and model.json) still loads and runs, it just offers no interventions / no randomised copy.
QString optionalPackageFile(const ModelPackage& p, const QString& relative) {
    const QString path = QDir(p.dir).absoluteFilePath(relative);
    return QFileInfo(path).isFile() ? path : QString();
}

PackageStage readStage(const ModelPackage& p, const QJsonObject& o, const QString& path) {
    PackageStage s;
    s.stage = positiveInt(p, o, path, QStringLiteral("stage"));
    s.title = stringField(p, o, path, QStringLiteral("title"), false);
    if (s.title.isEmpty())
        s.title = QCoreApplication::translate("al::ModelPackage", "Stage %1").arg(s.stage);
    s.onnxPath = optionalPackageFile(p, stringField(p, o, path, QStringLiteral("onnx")));
    s.imageInput = stringField(p, o, path, QStringLiteral("image_input"));
    s.mapInput = stringField(p, o, path, QStringLiteral("map_input"));
    s.mixInput = stringField(p, o, path, QStringLiteral("mix_input"));
    const QJsonObject grid = o.value(QStringLiteral("grid")).toObject();
    s.gridRows = positiveInt(p, grid, path + QStringLiteral(".grid"), QStringLiteral("rows"));
    s.gridCols = positiveInt(p, grid, path + QStringLiteral(".grid"), QStringLiteral("cols"));
    if (o.contains(QStringLiteral("channels")))
        s.channels = positiveInt(p, o, path, QStringLiteral("channels"));
    s.prediction = stringField(p, o, path, QStringLiteral("prediction"));
    s.logits = stringField(p, o, path, QStringLiteral("logits"), false);
    s.attentionOutput = stringField(p, o, path, QStringLiteral("attention_output"));
    s.logitsOutput = stringField(p, o, path, QStringLiteral("logits_output"), false);
    s.usedOutput = stringField(p, o, path, QStringLiteral("used_output"), false);
    const QJsonObject steps = o.value(QStringLiteral("step_outputs")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const QString name = it.value().toString();
        if (!p.outputs.contains(name))
            fail(p, path + QStringLiteral(".step_outputs.") + it.key(),
                 QCoreApplication::translate("al::ModelPackage", "names '%1', which is not in 'outputs'")
                     .arg(name));
        s.stepOutputs.insert(it.key(), name);
    }
    return s;
}

} // namespace

void readExplainSections(const QJsonObject& root, ModelPackage& p) {
    const QJsonValue randomized = root.value(QStringLiteral("randomized"));
    if (!randomized.isUndefined() && !randomized.isNull()) {
        if (!randomized.isString())
            fail(p, QStringLiteral("randomized"),
                 QCoreApplication::translate("al::ModelPackage", "must be a string"));
        p.randomizedOnnxPath = optionalPackageFile(p, randomized.toString());
    }
    const QJsonValue stages = root.value(QStringLiteral("stages"));
    if (stages.isUndefined() || stages.isNull())
        return;
    if (!stages.isArray())
        fail(p, QStringLiteral("stages"),
             QCoreApplication::translate("al::ModelPackage", "must be an array"));
    const QJsonArray arr = stages.toArray();
    for (int i = 0; i < arr.size(); ++i) {
        const QString path = QStringLiteral("stages[%1]").arg(i);
        if (!arr[i].isObject())
            fail(p, path, QCoreApplication::translate("al::ModelPackage", "must be an object"));
        p.stages.push_back(readStage(p, arr[i].toObject(), path));
        if (p.stages.back().stage != i + 1)
            fail(p, path + QStringLiteral(".stage"),
                 QCoreApplication::translate("al::ModelPackage",
                                             "must be %1 (stages are numbered from 1, in order)")
                     .arg(i + 1));
    }
    if (std::any_of(p.stages.begin(), p.stages.end(),
                    [](const PackageStage& s) { return s.onnxPath.isEmpty(); }))
        p.stages.clear();
}

} // namespace al::detail
