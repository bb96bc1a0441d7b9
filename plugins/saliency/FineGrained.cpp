// SPDX-License-Identifier: MIT
// S. Montabone and A. Soto, "Human detection using a mobile platform and novel features derived from a
// visual saliency mechanism", Image and Vision Computing 28(3), 2010.
#include "FineGrained.h"

#include "SaliencyCommon.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>
#include <opencv2/saliency.hpp>

namespace al::saliency {
namespace {

// Surround half-widths of OpenCV's implementation, in pixels of the working image.
constexpr int kSurrounds[] = {12, 24, 48, 28, 56, 112};

struct OnOff {
    cv::Mat on;  ///< centre brighter than its surround, summed over scales, in [0,1]
    cv::Mat off; ///< centre darker than its surround
};

// The on-/off-centre contrasts the detector sums internally (OpenCV keeps them private), recomputed with
// the same steps: the grey image smoothed twice, the surround mean from an integral image over a window
// clipped at the border, excluding the centre pixel.
OnOff onOffContrast(const cv::Mat& gray8) {
    cv::Mat gray, integral;
    cv::GaussianBlur(gray8, gray, cv::Size(3, 3), 0);
    cv::GaussianBlur(gray, gray, cv::Size(3, 3), 0);
    cv::integral(gray, integral, CV_64F);
    OnOff out{cv::Mat::zeros(gray.size(), CV_32F), cv::Mat::zeros(gray.size(), CV_32F)};
    for (int n : kSurrounds)
        for (int y = 0; y < gray.rows; ++y) {
            const int y0 = std::max(0, y - n), y1 = std::min(gray.rows, y + n + 1);
            const double* top = integral.ptr<double>(y0);
            const double* bottom = integral.ptr<double>(y1);
            const uchar* centre = gray.ptr<uchar>(y);
            float* on = out.on.ptr<float>(y);
            float* off = out.off.ptr<float>(y);
            for (int x = 0; x < gray.cols; ++x) {
                const int x0 = std::max(0, x - n), x1 = std::min(gray.cols, x + n + 1);
                const double area = double(x1 - x0) * (y1 - y0) - 1.0;
                if (area <= 0.0)
                    continue;
                const double sum = bottom[x1] - bottom[x0] - top[x1] + top[x0] - centre[x];
                const float contrast = static_cast<float>(centre[x] - sum / area);
                on[x] += std::max(0.f, contrast);
                off[x] += std::max(0.f, -contrast);
            }
        }
    out.on = normalizedToUnit(out.on);
    out.off = normalizedToUnit(out.off);
    return out;
}

class FineGrainedModel final : public AttentionModel {
public:
    QString id() const override { return kFineGrainedId; }
    QString displayName() const override {
        return QCoreApplication::translate("al::Saliency", "Fine-grained saliency (Montabone & Soto 2010)");
    }
    QString description() const override {
        return QCoreApplication::translate(
            "al::Saliency",
            "Centre-surround differences of intensity at several scales, computed with integral images; "
            "keeps fine detail at full resolution.");
    }
    QList<Modality> modalities() const override { return {Modality::Image}; }
    std::vector<ParamSpec> parameters() const override { return {maxSideSpec()}; }

    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override {
        requireBgrImage(input, id());
        const int maxSide = readInt(params, maxSideSpec(), id());
        control.throwIfCancelled();
        return runGuarded(id(), input, [&] { return compute(input.image, maxSide, control); });
    }

private:
    static ParamSpec maxSideSpec() {
        return intParam(
            "max_side", QCoreApplication::translate("al::Saliency", "Maximum side"),
            QCoreApplication::translate(
                "al::Saliency",
                "The image is shrunk so that its longer side is at most this many pixels; smaller is "
                "faster."),
            640, 64, 4096);
    }

    static cv::Mat workingImage(const cv::Mat& bgr, int maxSide) {
        const int longer = std::max(bgr.cols, bgr.rows);
        if (longer <= maxSide)
            return bgr;
        const double scale = double(maxSide) / longer;
        const cv::Size size(std::max(1, int(std::lround(bgr.cols * scale))),
                            std::max(1, int(std::lround(bgr.rows * scale))));
        cv::Mat work;
        cv::resize(bgr, work, size, 0, 0, cv::INTER_AREA);
        return work;
    }

    ModelResult compute(const cv::Mat& bgr, int maxSide, const RunControl& control) const {
        control.report(0.0, QCoreApplication::translate("al::Saliency", "Intensity"));
        const cv::Mat work = workingImage(bgr, maxSide);
        cv::Mat gray;
        cv::cvtColor(work, gray, cv::COLOR_BGR2GRAY);
        control.throwIfCancelled();
        control.report(0.1, QCoreApplication::translate("al::Saliency", "Centre-surround"));
        cv::Mat saliency;
        auto detector = cv::saliency::StaticSaliencyFineGrained::create();
        if (!detector->computeSaliency(work, saliency) || saliency.empty())
            throw Error(ErrorCode::PluginFailure,
                        QCoreApplication::translate(
                            "al::Saliency", "Model %1: OpenCV's fine-grained saliency returned no map.")
                            .arg(id()));
        control.throwIfCancelled();
        control.report(0.6, QCoreApplication::translate("al::Saliency", "On- and off-centre maps"));
        const OnOff onOff = onOffContrast(gray);

        ModelResult result;
        AttentionMap final =
            makeMap("saliency", QCoreApplication::translate("al::Saliency", "Saliency"),
                    QCoreApplication::translate(
                        "al::Saliency", "Sum of on-centre and off-centre intensity contrast over six scales, "
                                        "scaled to [0,1] (OpenCV)."),
                    normalizedToUnit(saliency));
        final.isFinal = true;
        result.maps.push_back(final);
        cv::Mat intensity;
        gray.convertTo(intensity, CV_32F, 1.0 / 255.0);
        const QString steps = QCoreApplication::translate("al::Saliency", "Steps");
        result.maps.push_back(makeMap(
            "intensity", QCoreApplication::translate("al::Saliency", "Intensity"),
            QCoreApplication::translate(
                "al::Saliency", "The grey-level intensity in [0,1] at the working size: the only channel "
                                "this model looks at (it is blind to colour contrast)."),
            intensity, steps));
        const QString recomputed = QCoreApplication::translate(
            "al::Saliency", "Recomputed by AttentionLens with the detector's steps, since OpenCV does "
                            "not expose it.");
        result.maps.push_back(makeMap(
            "on-centre", QCoreApplication::translate("al::Saliency", "On-centre contrast"),
            QCoreApplication::translate(
                "al::Saliency", "Where a pixel is brighter than its surround, summed over six surround "
                                "sizes. %1")
                .arg(recomputed),
            onOff.on, steps));
        result.maps.push_back(makeMap(
            "off-centre", QCoreApplication::translate("al::Saliency", "Off-centre contrast"),
            QCoreApplication::translate("al::Saliency",
                                        "Where a pixel is darker than its surround, summed over six surround "
                                        "sizes. %1")
                .arg(recomputed),
            onOff.off, steps));
        control.report(1.0, QCoreApplication::translate("al::Saliency", "Done"));
        return result;
    }
};

} // namespace

std::shared_ptr<const AttentionModel> createFineGrainedModel() {
    return std::make_shared<FineGrainedModel>();
}

} // namespace al::saliency
