// SPDX-License-Identifier: MIT
#include "SaliencyCommon.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cmath>
#include <limits>
#include <new>

namespace al::saliency {

void requireBgrImage(const ModelInput& input, const QString& modelId) {
    if (input.image.empty())
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::Saliency", "Model %1 needs an image, but the input is empty. Open an image "
                                        "first.")
                        .arg(modelId));
    if (input.image.type() != CV_8UC3)
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::Saliency", "Model %1 needs an 8-bit colour (BGR, CV_8UC3) image; this input "
                                        "is %2. Load it with loadImage().")
                        .arg(modelId, QString::fromStdString(cv::typeToString(input.image.type()))));
}

namespace {
ParamSpec rangeParam(ParamSpec::Type type, const QString& name, const QString& label, const QString& help,
                     const QVariant& def, const QVariant& lo, const QVariant& hi) {
    ParamSpec spec;
    spec.name = name;
    spec.type = type;
    spec.label = label;
    spec.help = help;
    spec.defaultValue = def;
    spec.minimum = lo;
    spec.maximum = hi;
    return spec;
}
} // namespace

ParamSpec intParam(const QString& name, const QString& label, const QString& help, int def, int lo, int hi) {
    return rangeParam(ParamSpec::Type::Int, name, label, help, def, lo, hi);
}

ParamSpec doubleParam(const QString& name, const QString& label, const QString& help, double def, double lo,
                      double hi) {
    return rangeParam(ParamSpec::Type::Double, name, label, help, def, lo, hi);
}

namespace {

double readNumber(const ParamValues& params, const ParamSpec& spec, const QString& modelId) {
    const QVariant value = params.value(spec.name, spec.defaultValue);
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < spec.minimum.toDouble() || number > spec.maximum.toDouble())
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::Saliency",
                                        "Parameter %1 of model %2 must be a number from %3 to %4; got "
                                        "\"%5\".")
                .arg(spec.name, modelId, spec.minimum.toString(), spec.maximum.toString(), value.toString()));
    return number;
}

} // namespace

int readInt(const ParamValues& params, const ParamSpec& spec, const QString& modelId) {
    return static_cast<int>(std::lround(readNumber(params, spec, modelId)));
}

double readDouble(const ParamValues& params, const ParamSpec& spec, const QString& modelId) {
    return readNumber(params, spec, modelId);
}

AttentionMap makeMap(const QString& name, const QString& title, const QString& description,
                     const cv::Mat& data, const QString& group, ValueSemantics semantics) {
    AttentionMap map;
    map.name = name;
    map.title = title;
    map.description = description;
    map.kind = MapKind::Spatial;
    data.convertTo(map.data, CV_32F);
    cv::patchNaNs(map.data, 0.0);
    // patchNaNs leaves infinities; clamp them to the largest finite float.
    cv::min(map.data, std::numeric_limits<float>::max(), map.data);
    cv::max(map.data, -std::numeric_limits<float>::max(), map.data);
    map.region = cv::Rect2d(); // whole input
    map.semantics = semantics;
    map.group = group;
    return map;
}

cv::Mat normalizedToUnit(const cv::Mat& map) {
    double maxValue = 0.0;
    cv::minMaxLoc(map, nullptr, &maxValue);
    cv::Mat out;
    map.convertTo(out, CV_32F, maxValue > 0.0 ? 1.0 / maxValue : 0.0);
    return out;
}

ModelResult runGuarded(const QString& modelId, const ModelInput& input,
                       const std::function<ModelResult()>& body) {
    QElapsedTimer timer;
    timer.start();
    ModelResult result;
    try {
        result = body();
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::PluginFailure,
                    QCoreApplication::translate("al::Saliency", "Model %1 failed inside OpenCV: %2")
                        .arg(modelId, QString::fromStdString(e.what())));
    } catch (const std::bad_alloc&) {
        throw Error(ErrorCode::TooLarge,
                    QCoreApplication::translate(
                        "al::Saliency", "Model %1 ran out of memory on a %2 x %3 image; try a smaller "
                                        "image.")
                        .arg(modelId)
                        .arg(input.image.cols)
                        .arg(input.image.rows));
    }
    result.modelId = modelId;
    result.inputSize = input.image.size();
    result.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace al::saliency
