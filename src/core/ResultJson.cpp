// SPDX-License-Identifier: MIT
#include "attentionlens/ResultJson.h"

#include "attentionlens/AttentionPlugin.h"

#include <QJsonArray>

namespace al {

namespace {

QJsonObject rectToJson(const cv::Rect2d& r) {
    return QJsonObject{{QStringLiteral("x"), r.x},
                       {QStringLiteral("y"), r.y},
                       {QStringLiteral("width"), r.width},
                       {QStringLiteral("height"), r.height}};
}

QJsonArray dataToJson(const cv::Mat& data) {
    QJsonArray rows;
    for (int r = 0; r < data.rows; ++r) {
        const float* row = data.ptr<float>(r);
        QJsonArray values;
        for (int c = 0; c < data.cols; ++c)
            values.append(static_cast<double>(row[c]));
        rows.append(values);
    }
    return rows;
}

QJsonObject mapToJson(const AttentionMap& map, cv::Size inputSize, bool includeData) {
    QJsonObject o{
        {QStringLiteral("name"), map.name},
        {QStringLiteral("title"), map.title},
        {QStringLiteral("description"), map.description},
        {QStringLiteral("kind"), toString(map.kind)},
        {QStringLiteral("layer"), map.layer},
        {QStringLiteral("head"), map.head},
        {QStringLiteral("semantics"), toString(map.semantics)},
        {QStringLiteral("final"), map.isFinal},
        {QStringLiteral("group"), map.group},
        {QStringLiteral("width"), map.data.cols},
        {QStringLiteral("height"), map.data.rows},
        {QStringLiteral("region"), rectToJson(map.inputRegion(inputSize))},
    };
    // runModel() guarantees float data; a hand-built result without it still exports its labels.
    if (!map.data.empty() && map.data.type() == CV_32FC1) {
        const MapStats s = map.stats(inputSize);
        o.insert(QStringLiteral("min"), s.min);
        o.insert(QStringLiteral("max"), s.max);
        o.insert(QStringLiteral("mean"), s.mean);
        o.insert(QStringLiteral("argmax"),
                 QJsonObject{{QStringLiteral("x"), s.argmaxInput.x}, {QStringLiteral("y"), s.argmaxInput.y}});
        if (includeData)
            o.insert(QStringLiteral("data"), dataToJson(map.data));
    }
    return o;
}

QJsonObject paramToJson(const ParamSpec& p) {
    QJsonObject o{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("type"), toString(p.type)},
        {QStringLiteral("label"), p.label},
        {QStringLiteral("help"), p.help},
        {QStringLiteral("default"), QJsonValue::fromVariant(p.defaultValue)},
    };
    if (p.minimum.isValid())
        o.insert(QStringLiteral("min"), QJsonValue::fromVariant(p.minimum));
    if (p.maximum.isValid())
        o.insert(QStringLiteral("max"), QJsonValue::fromVariant(p.maximum));
    if (p.type == ParamSpec::Type::Choice)
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(p.choices));
    return o;
}

} // namespace

QJsonObject resultToJson(const ModelResult& result, const QString& inputPath, bool includeData) {
    QJsonArray predictions;
    for (const Prediction& p : result.predictions) {
        predictions.append(QJsonObject{{QStringLiteral("index"), p.index},
                                       {QStringLiteral("label"), p.label},
                                       {QStringLiteral("score"), p.score}});
    }
    QJsonArray maps;
    for (const AttentionMap& m : result.maps)
        maps.append(mapToJson(m, result.inputSize, includeData));
    const QJsonObject input{{QStringLiteral("path"), inputPath},
                            {QStringLiteral("width"), result.inputSize.width},
                            {QStringLiteral("height"), result.inputSize.height}};
    return QJsonObject{
        {QStringLiteral("modelId"), result.modelId},
        {QStringLiteral("input"), input},
        {QStringLiteral("elapsedMs"), result.elapsedMs},
        {QStringLiteral("predictions"), predictions},
        {QStringLiteral("maps"), maps},
        {QStringLiteral("scalars"), QJsonObject::fromVariantMap(result.scalars)},
    };
}

QJsonObject modelToJson(const AttentionModel& model, const QString& pluginId) {
    QJsonArray modalities;
    for (Modality m : model.modalities())
        modalities.append(toString(m));
    QJsonArray parameters;
    for (const ParamSpec& p : model.parameters())
        parameters.append(paramToJson(p));
    return QJsonObject{
        {QStringLiteral("id"), model.id()},
        {QStringLiteral("name"), model.displayName()},
        {QStringLiteral("description"), model.description()},
        {QStringLiteral("plugin"), pluginId},
        {QStringLiteral("modalities"), modalities},
        {QStringLiteral("parameters"), parameters},
    };
}

} // namespace al
