// SPDX-License-Identifier: MIT
#include "attentionlens/Intervention.h"

#include "attentionlens/ClutteredDigits.h"
#include "attentionlens/Error.h"
#include "attentionlens/ImageLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <mutex>
#include <numeric>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

namespace al {
// Translation context of this file (a class, so that lupdate files the strings under it).
class InterventionTr {
    Q_DECLARE_TR_FUNCTIONS(al::Intervention)
};

namespace {

cv::Mat shifted(const cv::Mat& gate, int dx, int dy) {
    double lo = 0;
    cv::minMaxLoc(gate, &lo);
    cv::Mat out(gate.size(), CV_32F, cv::Scalar(lo));
    const int w = gate.cols - std::abs(dx), h = gate.rows - std::abs(dy);
    if (w > 0 && h > 0)
        gate(cv::Rect(std::max(0, -dx), std::max(0, -dy), w, h))
            .copyTo(out(cv::Rect(std::max(0, dx), std::max(0, dy), w, h)));
    return out;
}

cv::Mat randomMap(cv::Size size, quint64 seed) {
    SplitMix64 rng(seed); // the same draws as training/export_cbam_steps.py splitmix_map()
    cv::Mat out(size, CV_32F);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            out.at<float>(y, x) = float(rng.next() >> 40) / float(1 << 24);
    return out;
}

cv::Mat maskMap(const cv::Mat& mask, cv::Size size) {
    if (mask.empty() || mask.channels() != 1 || (mask.depth() != CV_8U && mask.depth() != CV_32F))
        throw Error(ErrorCode::BadInput,
                    al::InterventionTr::tr("The attention mask must be a non-empty one-channel image."));
    cv::Mat f;
    mask.convertTo(f, CV_32F, mask.depth() == CV_8U ? 1.0 / 255.0 : 1.0);
    if (f.size() != size)
        cv::resize(f, f, size, 0, 0, cv::INTER_AREA);
    cv::patchNaNs(f, 0.0);
    return cv::min(cv::max(f, 0.0), 1.0);
}

/// Grey blob [1, 1, H, W] as the manifest says (value = (pixel * scale - mean) / std).
cv::Mat makeBlob(const cv::Mat& image, const ModelPackage& p) {
    const PackageInput& in = p.input;
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
        throw Error(ErrorCode::BadInput,
                    al::InterventionTr::tr("Interventions need an 8-bit grey or BGR image."));
    if (in.channels != 1 || in.resize != ResizePolicy::Stretch)
        throw Error(ErrorCode::BadInput,
                    al::InterventionTr::tr(
                        "Model '%1': interventions support one-channel inputs with resize \"stretch\" only.")
                        .arg(p.id));
    cv::Mat grey = image;
    if (image.channels() == 3)
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    cv::Mat sized = grey;
    if (grey.size() != cv::Size(in.width, in.height))
        cv::resize(grey, sized, cv::Size(in.width, in.height), 0, 0, cv::INTER_AREA);
    const int dims[] = {1, 1, in.height, in.width};
    cv::Mat blob(4, dims, CV_32F);
    cv::Mat plane(in.height, in.width, CV_32F, blob.ptr<float>());
    const double sd = in.std.empty() ? 1.0 : in.std[0], mean = in.mean.empty() ? 0.0 : in.mean[0];
    sized.convertTo(plane, CV_32F, in.scale / sd, -mean / sd);
    return blob;
}

cv::Mat gridBlob(const cv::Mat& map) {
    const int dims[] = {1, 1, map.rows, map.cols};
    cv::Mat blob(4, dims, CV_32F);
    map.copyTo(cv::Mat(map.rows, map.cols, CV_32F, blob.ptr<float>()));
    return blob;
}

std::vector<Prediction> ranked(const cv::Mat& prob, const QStringList& labels) {
    const cv::Mat flat = prob.reshape(1, 1);
    std::vector<Prediction> out;
    for (int i = 0; i < int(flat.total()); ++i)
        out.push_back({i, i < labels.size() ? labels[i] : QString::number(i), double(flat.at<float>(0, i))});
    std::stable_sort(out.begin(), out.end(),
                     [](const Prediction& a, const Prediction& b) { return a.score > b.score; });
    return out;
}

} // namespace

InterventionSpec InterventionSpec::parse(const QString& text) {
    const QString t = text.trimmed();
    static const QRegularExpression shiftRe(QStringLiteral("^shift:(-?\\d{1,4}),(-?\\d{1,4})$"));
    static const QRegularExpression randomRe(QStringLiteral("^random(?::(\\d{1,19}))?$"));
    if (t == QLatin1String("none") || t == QLatin1String("true"))
        return none();
    if (t == QLatin1String("uniform"))
        return uniform();
    if (t == QLatin1String("inverted"))
        return inverted();
    if (const auto m = shiftRe.match(t); m.hasMatch())
        return shift(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = randomRe.match(t); m.hasMatch())
        return random(m.captured(1).isEmpty() ? 1 : m.captured(1).toULongLong());
    if (t.startsWith(QLatin1String("mask:")) && t.size() > 5) {
        const LoadedImage img = loadImage(t.mid(5));
        cv::Mat grey;
        cv::cvtColor(img.bgr, grey, cv::COLOR_BGR2GRAY);
        return fromMask(grey);
    }
    throw Error(
        ErrorCode::BadInput,
        al::InterventionTr::tr(
            "Unknown attention intervention '%1'; use uniform, inverted, random[:SEED], shift:DX,DY or "
            "mask:FILE.")
            .arg(text));
}

QString InterventionSpec::name() const {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("true");
    case Kind::Uniform:
        return QStringLiteral("uniform");
    case Kind::Inverted:
        return QStringLiteral("inverted");
    case Kind::Shift:
        return QStringLiteral("shift:%1,%2").arg(dx).arg(dy);
    case Kind::Random:
        return QStringLiteral("random:%1").arg(seed);
    case Kind::Mask:
        return QStringLiteral("mask");
    }
    return {};
}

cv::Mat applyIntervention(const cv::Mat& gate, const InterventionSpec& spec) {
    if (gate.empty() || gate.type() != CV_32FC1)
        throw Error(
            ErrorCode::BadInput,
            al::InterventionTr::tr("The attention map to intervene on must be a non-empty float map."));
    switch (spec.kind) {
    case InterventionSpec::Kind::None:
        return gate.clone();
    case InterventionSpec::Kind::Uniform:
        return cv::Mat(gate.size(), CV_32F, cv::Scalar(float(cv::mean(gate)[0])));
    case InterventionSpec::Kind::Inverted:
        return 1.0 - gate;
    case InterventionSpec::Kind::Shift:
        return shifted(gate, spec.dx, spec.dy);
    case InterventionSpec::Kind::Random:
        return randomMap(gate.size(), spec.seed);
    case InterventionSpec::Kind::Mask:
        return maskMap(spec.mask, gate.size());
    }
    return gate.clone();
}

struct Intervener::Impl {
    ModelPackage package;
    mutable cv::dnn::Net net;
    mutable std::mutex mutex;
};

Intervener::Intervener(ModelPackage package) : d(std::make_unique<Impl>()) {
    d->package = std::move(package);
    const ModelPackage& p = d->package;
    if (p.stages.empty())
        throw Error(
            ErrorCode::BadInput,
            al::InterventionTr::tr(
                "Model '%1' has no staged graph (\"stages\" in model.json), so its attention cannot be "
                "replaced; digits-cbam has one.")
                .arg(p.id));
    if (p.modality != Modality::Image)
        throw Error(ErrorCode::BadInput,
                    al::InterventionTr::tr("Model '%1' is not an image model.").arg(p.id));
    try {
        d->net = cv::dnn::readNetFromONNX(p.stages.front().onnxPath.toStdString());
        d->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::BadInput,
                    al::InterventionTr::tr("Model package '%1': OpenCV cannot import %2: %3")
                        .arg(p.id, QFileInfo(p.stages.front().onnxPath).fileName(),
                             QString::fromStdString(e.msg).trimmed()));
    }
}

Intervener::~Intervener() = default;

const ModelPackage& Intervener::package() const {
    return d->package;
}

int Intervener::stageCount() const {
    return int(d->package.stages.size());
}

cv::Mat Intervener::probabilities(const cv::Mat& image, int stage, const cv::Mat& map, cv::Mat* gate) const {
    const ModelPackage& p = d->package;
    if (stage < 1 || stage > stageCount())
        throw Error(ErrorCode::BadInput,
                    al::InterventionTr::tr("Model '%1' has stages 1 to %2; stage %3 does not exist.")
                        .arg(p.id)
                        .arg(stageCount())
                        .arg(stage));
    const PackageStage& st = p.stages[size_t(stage - 1)];
    if (!map.empty() && (map.type() != CV_32FC1 || map.size() != cv::Size(st.gridCols, st.gridRows)))
        throw Error(
            ErrorCode::BadInput,
            al::InterventionTr::tr("The replacement attention for stage %1 must be a %2 x %3 float map.")
                .arg(stage)
                .arg(st.gridCols)
                .arg(st.gridRows));
    const cv::Mat blob = makeBlob(image, p);
    try {
        const std::lock_guard lock(d->mutex);
        d->net.setInput(blob, st.imageInput.toStdString());
        for (const PackageStage& s : p.stages) {
            const bool replaced = s.stage == stage && !map.empty();
            const cv::Mat zeros(s.gridRows, s.gridCols, CV_32F, cv::Scalar(0));
            const cv::Mat ones(s.gridRows, s.gridCols, CV_32F, cv::Scalar(1));
            d->net.setInput(gridBlob(replaced ? map : zeros), s.mapInput.toStdString());
            d->net.setInput(gridBlob(replaced ? ones : zeros), s.mixInput.toStdString());
        }
        std::vector<cv::Mat> outs;
        d->net.forward(
            outs, std::vector<cv::String>{st.prediction.toStdString(), st.attentionOutput.toStdString()});
        if (gate)
            *gate = cv::Mat(st.gridRows, st.gridCols, CV_32F, outs[1].ptr<float>()).clone();
        return outs[0].reshape(1, 1).clone();
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::PluginFailure,
                    al::InterventionTr::tr("Model '%1': OpenCV DNN failed on the staged graph: %2")
                        .arg(p.id, QString::fromStdString(e.msg).trimmed()));
    }
}

InterventionResult Intervener::run(const cv::Mat& image, int stage, const InterventionSpec& spec) const {
    InterventionResult r;
    r.stage = stage;
    r.interventionName = spec.name();
    const cv::Mat before = probabilities(image, stage, {}, &r.trueMap);
    r.usedMap = applyIntervention(r.trueMap, spec);
    const cv::Mat after =
        spec.kind == InterventionSpec::Kind::None ? before : probabilities(image, stage, r.usedMap);
    r.before = ranked(before, d->package.prediction.labels);
    r.after = ranked(after, d->package.prediction.labels);
    return r;
}

InterventionResult intervene(const ModelPackage& package, const cv::Mat& image, int stage,
                             const InterventionSpec& spec) {
    return Intervener(package).run(image, stage, spec);
}

} // namespace al
