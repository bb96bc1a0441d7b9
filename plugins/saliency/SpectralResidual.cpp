// SPDX-License-Identifier: MIT
// Spectral residual: X. Hou and L. Zhang, "Saliency Detection: A Spectral Residual Approach", CVPR 2007.
//   L(f) = log |F[I](f)|,  R(f) = L(f) - h_3 * L(f),  S(x) = g * |F^-1[exp(R(f) + i P(f))]|^2
#include "SpectralResidual.h"

#include "SaliencyCommon.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>
#include <opencv2/saliency.hpp>

namespace al::saliency {
namespace {

struct SrSteps {
    cv::Mat logAmplitude;
    cv::Mat averaged;
    cv::Mat residual;
    cv::Mat raw;
    cv::Mat smoothed;
};

// Swaps quadrants so that the zero frequency sits in the centre (display only).
cv::Mat fftShift(const cv::Mat& in) {
    cv::Mat out(in.size(), in.type());
    const int cx = in.cols / 2;
    const int cy = in.rows / 2;
    for (int y = 0; y < in.rows; ++y)
        for (int x = 0; x < in.cols; ++x)
            out.at<float>((y + cy) % in.rows, (x + cx) % in.cols) = in.at<float>(y, x);
    return out;
}

SrSteps spectralResidual(const cv::Mat& gray, double sigma) {
    SrSteps steps;
    cv::Mat spectrum;
    cv::dft(gray, spectrum, cv::DFT_COMPLEX_OUTPUT);
    cv::Mat planes[2];
    cv::split(spectrum, planes);
    cv::Mat amplitude, phase;
    cv::cartToPolar(planes[0], planes[1], amplitude, phase);
    // A tiny floor keeps log() finite for an exactly zero coefficient.
    cv::log(cv::max(amplitude, 1e-12), steps.logAmplitude);
    cv::blur(steps.logAmplitude, steps.averaged, cv::Size(3, 3)); // h_n with n = 3, as in the paper
    steps.residual = steps.logAmplitude - steps.averaged;

    cv::Mat magnitude;
    cv::exp(steps.residual, magnitude);
    cv::polarToCart(magnitude, phase, planes[0], planes[1]);
    cv::merge(planes, 2, spectrum);
    cv::Mat back;
    cv::idft(spectrum, back, cv::DFT_COMPLEX_OUTPUT | cv::DFT_SCALE);
    cv::split(back, planes);
    cv::magnitude(planes[0], planes[1], magnitude);
    steps.raw = magnitude.mul(magnitude);
    if (sigma > 0.0)
        cv::GaussianBlur(steps.raw, steps.smoothed, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
    else
        steps.smoothed = steps.raw.clone();
    return steps;
}

double correlation(const cv::Mat& a, const cv::Mat& b) {
    cv::Scalar meanA, stdA, meanB, stdB;
    cv::meanStdDev(a, meanA, stdA);
    cv::meanStdDev(b, meanB, stdB);
    if (stdA[0] <= 0.0 || stdB[0] <= 0.0)
        return 0.0;
    const cv::Mat da = a - meanA[0];
    const cv::Mat db = b - meanB[0];
    return da.dot(db) / (static_cast<double>(a.total()) * stdA[0] * stdB[0]);
}

// OpenCV's implementation at the same working size, resized back to that size for comparison.
cv::Mat openCvReference(const cv::Mat& bgr, cv::Size work) {
    auto sr = cv::saliency::StaticSaliencySpectralResidual::create();
    sr->setImageWidth(work.width);
    sr->setImageHeight(work.height);
    cv::Mat full;
    if (!sr->computeSaliency(bgr, full) || full.empty())
        return cv::Mat::zeros(work, CV_32F);
    cv::Mat small;
    cv::resize(full, small, work, 0, 0, cv::INTER_AREA);
    small.convertTo(small, CV_32F);
    return small;
}

// The final map, the intermediate steps (spectra fftshifted for display) and OpenCV's map.
ModelResult collectMaps(const SrSteps& steps, const cv::Mat& saliency, const cv::Mat& reference) {
    ModelResult result;
    const QString group = QCoreApplication::translate("al::Saliency", "Steps");
    AttentionMap final = makeMap(
        "saliency", QCoreApplication::translate("al::Saliency", "Saliency"),
        QCoreApplication::translate(
            "al::Saliency", "Spectral-residual saliency: the squared inverse transform of the residual, "
                            "smoothed and scaled to [0,1]."),
        saliency);
    final.isFinal = true;
    result.maps.push_back(final);
    const QString spectral = QCoreApplication::translate(
        "al::Saliency", "Frequency domain, not image space: zero frequency is in the centre.");
    result.maps.push_back(
        makeMap("log-amplitude", QCoreApplication::translate("al::Saliency", "Log amplitude spectrum"),
                QCoreApplication::translate("al::Saliency", "log |F(f)| of the grey image. %1").arg(spectral),
                fftShift(steps.logAmplitude), group, ValueSemantics::Unbounded));
    result.maps.push_back(makeMap(
        "log-amplitude-averaged", QCoreApplication::translate("al::Saliency", "Averaged log amplitude"),
        QCoreApplication::translate(
            "al::Saliency", "The log amplitude after a 3 x 3 mean filter: the expected, smooth part of "
                            "the spectrum. %1")
            .arg(spectral),
        fftShift(steps.averaged), group, ValueSemantics::Unbounded));
    result.maps.push_back(makeMap(
        "spectral-residual", QCoreApplication::translate("al::Saliency", "Spectral residual"),
        QCoreApplication::translate(
            "al::Saliency", "Log amplitude minus its average: the unexpected part of the spectrum. %1")
            .arg(spectral),
        fftShift(steps.residual), group, ValueSemantics::Unbounded));
    result.maps.push_back(makeMap(
        "raw-saliency", QCoreApplication::translate("al::Saliency", "Saliency before smoothing"),
        QCoreApplication::translate("al::Saliency", "|IFFT(exp(R + iP))|^2 before the Gaussian smoothing."),
        steps.raw, group));
    result.maps.push_back(makeMap(
        "opencv-reference", QCoreApplication::translate("al::Saliency", "OpenCV spectral residual"),
        QCoreApplication::translate(
            "al::Saliency", "cv::saliency::StaticSaliencySpectralResidual at the same working size, for "
                            "comparison."),
        reference, QCoreApplication::translate("al::Saliency", "Reference")));
    return result;
}

class SpectralResidualModel final : public AttentionModel {
public:
    QString id() const override { return kSpectralResidualId; }
    QString displayName() const override {
        return QCoreApplication::translate("al::Saliency", "Spectral residual (Hou & Zhang 2007)");
    }
    QString description() const override {
        return QCoreApplication::translate(
            "al::Saliency",
            "Finds what is unexpected in the image's frequency spectrum: the log amplitude spectrum minus "
            "its local average is turned back into an image. Fast and blob-like.");
    }
    QList<Modality> modalities() const override { return {Modality::Image}; }
    std::vector<ParamSpec> parameters() const override { return {widthSpec(), sigmaSpec()}; }

    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override {
        requireBgrImage(input, id());
        const int width = readInt(params, widthSpec(), id());
        const double sigma = readDouble(params, sigmaSpec(), id());
        control.throwIfCancelled();
        return runGuarded(id(), input, [&] { return compute(input.image, width, sigma, control); });
    }

private:
    static ParamSpec widthSpec() {
        return intParam(
            "width", QCoreApplication::translate("al::Saliency", "Working width"),
            QCoreApplication::translate(
                "al::Saliency",
                "The image is shrunk to this width (keeping its aspect ratio) before the spectrum is "
                "computed; the paper uses 64."),
            64, 32, 256);
    }
    static ParamSpec sigmaSpec() {
        return doubleParam(
            "sigma", QCoreApplication::translate("al::Saliency", "Smoothing sigma"),
            QCoreApplication::translate(
                "al::Saliency",
                "Standard deviation, in working-size pixels, of the Gaussian that smooths the "
                "saliency map; 1.5 is close to OpenCV's implementation, larger values give blobbier "
                "maps, 0 turns smoothing off."),
            1.5, 0.0, 16.0);
    }

    ModelResult compute(const cv::Mat& bgr, int width, double sigma, const RunControl& control) const;
};

ModelResult SpectralResidualModel::compute(const cv::Mat& bgr, int width, double sigma,
                                           const RunControl& control) const {
    control.report(0.0, QCoreApplication::translate("al::Saliency", "Spectrum"));
    // Keep the aspect ratio, within bounds so that a needle-thin image cannot ask for a huge transform.
    const int height =
        std::clamp(static_cast<int>(std::lround(double(width) * bgr.rows / bgr.cols)), 8, 8 * width);
    const cv::Size work(width, height);
    cv::Mat gray, small;
    cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
    // Bilinear, like OpenCV's implementation, so that the reference map below is directly comparable.
    cv::resize(gray, small, work, 0, 0, cv::INTER_LINEAR);
    small.convertTo(small, CV_32F, 1.0 / 255.0);
    const SrSteps steps = spectralResidual(small, sigma);
    control.throwIfCancelled();
    control.report(0.6, QCoreApplication::translate("al::Saliency", "OpenCV reference"));
    const cv::Mat saliency = normalizedToUnit(steps.smoothed);
    const cv::Mat reference = normalizedToUnit(openCvReference(bgr, work));

    ModelResult result = collectMaps(steps, saliency, reference);
    result.scalars.insert("correlation_with_opencv", correlation(saliency, reference));
    control.report(1.0, QCoreApplication::translate("al::Saliency", "Done"));
    return result;
}

} // namespace

std::shared_ptr<const AttentionModel> createSpectralResidualModel() {
    return std::make_shared<SpectralResidualModel>();
}

} // namespace al::saliency
