// SPDX-License-Identifier: MIT
// Motion saliency: B. Wang and P. Dudek, "A Fast Self-tuning Background Subtraction Algorithm", CVPR
// Workshops 2014, through OpenCV contrib's MotionSaliencyBinWangApr2014.
#include "MotionSaliency.h"

#include "SaliencyCommon.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>
#include <opencv2/saliency.hpp>

namespace al::saliency {
namespace {

// Frames the OpenCV implementation needs before its templates are filled and it reports foreground
// (measured on OpenCV 4.6: all-ones output up to ~50 frames).
constexpr int kPrimeFrames = 56;

// A translation context that lupdate understands (a free Tr::tr() function would not be extracted).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(al::Saliency)
};

cv::Mat toWorkGray(const cv::Mat& bgr, cv::Size work) {
    cv::Mat gray, small;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    cv::resize(gray, small, work, 0, 0, cv::INTER_AREA);
    return small;
}

class MotionSaliencyModel final : public AttentionModel {
public:
    QString id() const override { return kMotionSaliencyId; }
    QString displayName() const override { return Tr::tr("Motion saliency (Wang & Dudek 2014)"); }
    QString description() const override {
        return Tr::tr(
            "Marks what moves: a self-tuning background subtraction over the previous frames of the "
            "video. Needs a video; the first frames of a clip show no motion yet.");
    }
    QList<Modality> modalities() const override { return {Modality::Video}; }
    std::vector<ParamSpec> parameters() const override { return {widthSpec(), sigmaSpec()}; }

    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override {
        const std::vector<cv::Mat> frames = inputFrames(input);
        const int width = readInt(params, widthSpec(), id());
        const double sigma = readDouble(params, sigmaSpec(), id());
        control.throwIfCancelled();
        ModelInput sized = input;
        sized.image = frames.back();
        return runGuarded(id(), sized, [&] { return compute(frames, width, sigma, control); });
    }

private:
    static ParamSpec widthSpec() {
        return intParam(
            "width", Tr::tr("Working width"),
            Tr::tr("Frames are shrunk to this width (keeping the aspect ratio) before the background "
                   "subtraction; smaller is faster and less noisy."),
            96, 32, 640);
    }
    static ParamSpec sigmaSpec() {
        return doubleParam(
            "sigma", Tr::tr("Smoothing sigma"),
            Tr::tr("Standard deviation, in working-size pixels, of the Gaussian that turns the "
                   "binary motion mask into a smooth map; 0 keeps the mask."),
            1.5, 0.0, 16.0);
    }

    std::vector<cv::Mat> inputFrames(const ModelInput& input) const {
        std::vector<cv::Mat> frames = input.frames;
        if (frames.empty() && !input.image.empty())
            frames.push_back(input.image);
        if (frames.empty())
            throw Error(ErrorCode::BadInput,
                        Tr::tr("Model %1 needs video frames; none were given.").arg(id()));
        for (const cv::Mat& frame : frames) {
            if (frame.type() != CV_8UC3 || frame.size() != frames.back().size())
                throw Error(ErrorCode::BadInput,
                            Tr::tr("Model %1 needs colour frames (8-bit BGR) of one size.").arg(id()));
        }
        return frames;
    }

    ModelResult compute(const std::vector<cv::Mat>& frames, int width, double sigma,
                        const RunControl& control) const;
};

ModelResult MotionSaliencyModel::compute(const std::vector<cv::Mat>& frames, int width, double sigma,
                                         const RunControl& control) const {
    const cv::Mat& current = frames.back();
    const int height =
        std::clamp(int(std::lround(double(width) * current.rows / current.cols)), 8, 8 * width);
    const cv::Size work(width, height);
    auto detector = cv::saliency::MotionSaliencyBinWangApr2014::create();
    detector->setImagesize(work.width, work.height);
    detector->init();
    const cv::Mat oldest = toWorkGray(frames.front(), work);
    cv::Mat mask;
    const int prime = std::max(0, kPrimeFrames - int(frames.size()));
    for (int i = 0; i < prime; ++i)
        detector->computeSaliency(oldest, mask);
    control.throwIfCancelled();
    cv::Mat gray;
    for (const cv::Mat& frame : frames) {
        gray = toWorkGray(frame, work);
        detector->computeSaliency(gray, mask);
    }
    cv::Mat mask32;
    mask.convertTo(mask32, CV_32F);
    if (frames.size() < 2)
        mask32.setTo(0.f); // one frame: nothing can have moved
    cv::Mat smooth = mask32.clone();
    if (sigma > 0.0)
        cv::GaussianBlur(mask32, smooth, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
    cv::Mat difference;
    cv::absdiff(gray, oldest, difference);
    difference.convertTo(difference, CV_32F, 1.0 / 255.0);

    ModelResult result;
    AttentionMap motion =
        makeMap("motion", Tr::tr("Motion saliency"),
                Tr::tr("Where the current frame differs from the learned background, smoothed."), smooth, {},
                ValueSemantics::Probability);
    motion.isFinal = true;
    result.maps.push_back(motion);
    const QString steps = Tr::tr("Steps");
    result.maps.push_back(makeMap("mask", Tr::tr("Foreground mask"),
                                  Tr::tr("The binary foreground mask of the background subtraction."), mask32,
                                  steps, ValueSemantics::Probability));
    result.maps.push_back(makeMap("difference", Tr::tr("Difference to the oldest frame"),
                                  Tr::tr("|current - oldest| of the grey frames, for comparison."),
                                  difference, steps, ValueSemantics::Probability));
    result.scalars.insert(QStringLiteral("moving_fraction"), cv::mean(mask32)[0]);
    result.scalars.insert(QStringLiteral("frames_used"), int(frames.size()));
    return result;
}

} // namespace

std::shared_ptr<const AttentionModel> createMotionSaliencyModel() {
    return std::make_shared<MotionSaliencyModel>();
}

} // namespace al::saliency
