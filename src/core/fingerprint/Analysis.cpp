// SPDX-License-Identifier: MIT
// The fingerprint pipeline: runs the stages in order, times them and collects their images.
#include "AnalysisDetail.h"

#include "attentionlens/Error.h"
#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/ImageLoader.h"

#include <QJsonArray>
#include <chrono>
#include <opencv2/imgproc.hpp>

namespace al::fp {

namespace {

class Stopwatch {
public:
    double lapMs() {
        const auto now = std::chrono::steady_clock::now();
        const double ms = std::chrono::duration<double, std::milli>(now - m_last).count();
        m_last = now;
        return ms;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

cv::Mat toGray500(const cv::Mat& image, double dpi, double& scale) {
    if (image.empty())
        throw Error(ErrorCode::BadInput, al::fp::FpText::tr("The fingerprint image is empty."));
    if (!(dpi >= 100.0 && dpi <= 2000.0))
        throw Error(ErrorCode::BadInput,
                    al::fp::FpText::tr("The resolution %1 dpi is outside 100..2000; pass the scanner's dpi.")
                        .arg(dpi));
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = image;
    if (gray.depth() == CV_16U)
        gray.convertTo(gray, CV_8U, 1.0 / 257.0);
    else if (gray.depth() != CV_8U)
        throw Error(ErrorCode::BadInput,
                    al::fp::FpText::tr("The fingerprint image must have 8 or 16 bits per pixel."));
    scale = kAnalysisPpi / dpi;
    const cv::Size size(cvRound(gray.cols * scale), cvRound(gray.rows * scale));
    if (size.width < 64 || size.height < 64 || size.width > 4096 || size.height > 4096)
        throw Error(ErrorCode::BadInput,
                    al::fp::FpText::tr(
                        "The print is %1x%2 pixels at 500 ppi; the analysis needs 64..4096 pixels a side.")
                        .arg(size.width)
                        .arg(size.height));
    cv::Mat out;
    if (size == gray.size())
        out = gray.clone();
    else
        cv::resize(gray, out, size, 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

AnalysisResult runPipeline(const cv::Mat& image, const AnalysisOptions& options, const RunControl& control) {
    AnalysisResult r;
    Stopwatch clock;
    const auto lap = [&](const char* id, double fraction) {
        r.timings.push_back({QString::fromLatin1(id), clock.lapMs()});
        control.throwIfCancelled();
        control.report(fraction, al::fp::FpText::tr("Analysing the print"));
    };
    r.gray = toGray500(image, options.dpi, r.scale);
    lap("input", 0.05);
    FingerprintTruth& f = r.features;
    f.mask = detail::segmentForeground(r.gray);
    lap("segmentation", 0.1);
    const detail::Normalized norm = detail::normalizeImage(r.gray, f.mask, options.darkRidges);
    lap("normalized", 0.15);
    const detail::OrientationField field = detail::estimateOrientation(norm.image, f.mask);
    f.orientation = field.theta;
    r.coherence = field.coherence;
    lap("orientation", 0.3);
    const detail::PeriodField period = detail::estimatePeriod(norm.image, field, f.mask);
    f.period = period.period;
    lap("frequency", 0.4);
    r.quality = detail::estimateQuality(norm, field, period, f.mask);
    lap("quality", 0.45);
    r.enhanced = detail::gaborEnhance(norm.image, field.theta, period.period, f.mask);
    lap("enhanced", 0.7);
    r.binary = detail::binarize(r.enhanced, f.mask);
    lap("binary", 0.75);
    r.skeleton = detail::thin(r.binary);
    lap("skeleton", 0.85);
    detail::MinutiaeResult minutiae =
        detail::extractMinutiae(r.skeleton, field, period.period, f.mask, r.quality, options);
    f.minutiae = std::move(minutiae.minutiae);
    lap("minutiae", 0.9);
    f.singularPoints = detail::findSingularPoints(field, f.mask);
    f.fingerprintClass = detail::classify(f.singularPoints, field);
    lap("singular", 0.95);
    const cv::Scalar meanQuality = cv::mean(r.quality, f.mask);
    r.fingerQuality = std::clamp(int(std::lround(meanQuality[0] * 25.0)), 0, 100);
    r.totalMs = 0.0;
    for (const StageTiming& t : r.timings)
        r.totalMs += t.ms;
    detail::addStageImages(r, norm.image, minutiae.removed);
    return r;
}

} // namespace

const AnalysisStage* AnalysisResult::stage(const QString& id) const {
    for (const AnalysisStage& s : stages)
        if (s.id == id)
            return &s;
    return nullptr;
}

AnalysisResult analyzeFingerprint(const cv::Mat& image, const AnalysisOptions& options,
                                  const RunControl& control) {
    try {
        return runPipeline(image, options, control);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal, al::fp::FpText::tr("The fingerprint analysis failed in OpenCV: %1")
                                             .arg(QString::fromStdString(e.msg)));
    }
}

AnalysisResult analyzeFingerprintFile(const QString& path, const AnalysisOptions& options,
                                      const RunControl& control) {
    const LoadedImage loaded = loadImage(path);
    try {
        return analyzeFingerprint(loaded.native, options, control);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::BadInput)
            throw;
        throw Error(e.code(), al::fp::FpText::tr("%1: %2").arg(path, e.message()));
    }
}

QString fingerprintClassId(FingerprintClass c) {
    switch (c) {
    case FingerprintClass::Arch:
        return QStringLiteral("arch");
    case FingerprintClass::TentedArch:
        return QStringLiteral("tented_arch");
    case FingerprintClass::LeftLoop:
        return QStringLiteral("left_loop");
    case FingerprintClass::RightLoop:
        return QStringLiteral("right_loop");
    case FingerprintClass::Whorl:
        return QStringLiteral("whorl");
    }
    return {};
}

QString minutiaTypeId(MinutiaType t) {
    switch (t) {
    case MinutiaType::Ending:
        return QStringLiteral("ending");
    case MinutiaType::Bifurcation:
        return QStringLiteral("bifurcation");
    case MinutiaType::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString singularTypeId(SingularType t) {
    return t == SingularType::Core ? QStringLiteral("core") : QStringLiteral("delta");
}

QString fingerprintClassName(FingerprintClass c) {
    switch (c) {
    case FingerprintClass::Arch:
        return al::fp::FpText::tr("Arch");
    case FingerprintClass::TentedArch:
        return al::fp::FpText::tr("Tented arch");
    case FingerprintClass::LeftLoop:
        return al::fp::FpText::tr("Left loop");
    case FingerprintClass::RightLoop:
        return al::fp::FpText::tr("Right loop");
    case FingerprintClass::Whorl:
        return al::fp::FpText::tr("Whorl");
    }
    return {};
}

QJsonObject analysisToJson(const AnalysisResult& result) {
    QJsonObject o = truthToJson(result.features); // same field names as the generator's ground truth
    o.insert(QStringLiteral("width"), result.gray.cols);
    o.insert(QStringLiteral("height"), result.gray.rows);
    o.insert(QStringLiteral("ppi"), kAnalysisPpi);
    o.insert(QStringLiteral("scale"), result.scale);
    o.insert(QStringLiteral("fingerQuality"), result.fingerQuality);
    QJsonObject timings;
    for (const StageTiming& t : result.timings)
        timings.insert(t.id, t.ms);
    o.insert(QStringLiteral("timingsMs"), timings);
    o.insert(QStringLiteral("totalMs"), result.totalMs);
    QJsonArray stages;
    for (const AnalysisStage& s : result.stages)
        stages.append(s.id);
    o.insert(QStringLiteral("stages"), stages);
    return o;
}

} // namespace al::fp
