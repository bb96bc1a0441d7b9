// SPDX-License-Identifier: MIT
// Display images and explanations of every stage of the fingerprint pipeline (the transparency view).
#include "AnalysisDetail.h"

#include "attentionlens/Heatmap.h"

#include <opencv2/imgproc.hpp>

namespace al::fp {

namespace {

const cv::Scalar kEnding(40, 40, 230), kBifurcation(230, 120, 30), kCore(200, 40, 200), kDelta(40, 170, 40);

cv::Mat faded(const cv::Mat& gray) {
    cv::Mat light, bgr;
    gray.convertTo(light, CV_8U, 0.5, 127.0);
    cv::cvtColor(light, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

cv::Mat colorMasked(const cv::Mat& values, double lo, double hi, const cv::Mat& mask, Colormap map) {
    cv::Mat v01;
    values.convertTo(v01, CV_32F, 1.0 / (hi - lo), -lo / (hi - lo));
    cv::min(v01, 1.0, v01);
    cv::max(v01, 0.0, v01);
    cv::Mat bgr = colorize(v01, map);
    bgr.setTo(cv::Scalar(40, 40, 40), mask == 0);
    return bgr;
}

void drawMinutia(cv::Mat& img, const Minutia& m, const cv::Scalar& colour, int radius) {
    const cv::Point2d p(m.x, m.y);
    cv::circle(img, p, radius, colour, 1, cv::LINE_AA);
    const cv::Point2d tip = p + cv::Point2d(std::cos(m.angle), -std::sin(m.angle)) * (radius + 6.0);
    cv::line(img, p + (tip - p) * (radius / (radius + 6.0)), tip, colour, 1, cv::LINE_AA);
}

cv::Mat orientationImage(const cv::Mat& gray, const cv::Mat& theta, const cv::Mat& coherence,
                         const cv::Mat& mask) {
    cv::Mat img = faded(gray);
    constexpr int kStep = 10;
    for (int y = kStep / 2; y < theta.rows; y += kStep)
        for (int x = kStep / 2; x < theta.cols; x += kStep) {
            if (!mask.at<uchar>(y, x))
                continue;
            const double t = theta.at<float>(y, x),
                         c = std::clamp(double(coherence.at<float>(y, x)), 0.0, 1.0);
            const cv::Point2d d(std::cos(t) * 4.5, -std::sin(t) * 4.5);
            const cv::Scalar colour(30, 200 * c, 220 * (1.0 - c)); // red = uncertain, green = coherent
            cv::line(img, cv::Point2d(x, y) - d, cv::Point2d(x, y) + d, colour, 1, cv::LINE_AA);
        }
    return img;
}

cv::Mat segmentationImage(const cv::Mat& gray, const cv::Mat& mask) {
    cv::Mat img;
    cv::cvtColor(gray, img, cv::COLOR_GRAY2BGR);
    cv::Mat tint(img.size(), CV_8UC3, cv::Scalar(160, 90, 40));
    cv::Mat blended;
    cv::addWeighted(img, 0.4, tint, 0.6, 0.0, blended);
    blended.copyTo(img, mask == 0);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask.clone(), contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    cv::drawContours(img, contours, -1, cv::Scalar(0, 220, 255), 1, cv::LINE_AA);
    return img;
}

cv::Mat qualityImage(const cv::Mat& gray, const cv::Mat& quality) {
    static const cv::Vec3b kLevel[5] = {
        {50, 50, 50}, {40, 40, 220}, {30, 140, 250}, {40, 220, 230}, {60, 190, 60}};
    cv::Mat img = faded(gray);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x) {
            cv::Vec3b& p = img.at<cv::Vec3b>(y, x);
            const cv::Vec3b& c = kLevel[std::min<int>(quality.at<uchar>(y, x), 4)];
            for (int k = 0; k < 3; ++k)
                p[k] = uchar((p[k] + c[k]) / 2);
        }
    return img;
}

cv::Mat signedImage(const cv::Mat& values, double gain) {
    cv::Mat g, bgr;
    values.convertTo(g, CV_8U, -gain, 128.0); // ridges (positive) dark, as on the scan
    cv::cvtColor(g, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

cv::Mat skeletonImage(const cv::Mat& gray, const cv::Mat& skeleton) {
    cv::Mat img = faded(gray);
    img.setTo(cv::Scalar(30, 30, 200), skeleton);
    return img;
}

void add(AnalysisResult& r, const char* id, cv::Mat image, cv::Mat values = {}) {
    const QString key = QString::fromLatin1(id);
    const StageText text = stageText(key, r.features.fingerprintClass);
    r.stages.push_back({key, text.title, text.explanation, std::move(image), std::move(values), text.unit});
}

} // namespace

StageText stageText(const QString& id, FingerprintClass fingerprintClass) {
    // One literal per string so that lupdate finds them all.
    if (id == QLatin1String("input"))
        return {al::fp::FpText::tr("Input"),
                al::fp::FpText::tr(
                    "The scan as 8-bit gray at 500 pixels per inch (other resolutions are resampled)."),
                {}};
    if (id == QLatin1String("segmentation"))
        return {al::fp::FpText::tr("Foreground"),
                al::fp::FpText::tr(
                    "Blocks with ridge contrast form the finger area; the tinted background is ignored "
                    "from now on."),
                {}};
    if (id == QLatin1String("normalized"))
        return {al::fp::FpText::tr("Normalised"),
                al::fp::FpText::tr(
                    "Each neighbourhood is brought to the same mean and contrast (Hong, Wan & Jain 1998), "
                    "so dry and wet areas look alike."),
                al::fp::FpText::tr("standard deviations")};
    if (id == QLatin1String("orientation"))
        return {al::fp::FpText::tr("Orientation"),
                al::fp::FpText::tr(
                    "Ridge direction from averaged squared gradients (Hong, Wan & Jain 1998); green "
                    "strokes are reliable, red ones uncertain."),
                al::fp::FpText::tr("degrees")};
    if (id == QLatin1String("coherence"))
        return {al::fp::FpText::tr("Coherence"),
                al::fp::FpText::tr(
                    "How strongly the gradients agree on one direction (1 = parallel ridges, 0 = noise or "
                    "a singular point)."),
                al::fp::FpText::tr("coherence")};
    if (id == QLatin1String("frequency"))
        return {al::fp::FpText::tr("Ridge period"),
                al::fp::FpText::tr(
                    "Distance between ridges from the x-signature across the ridges in each block (Hong, "
                    "Wan & Jain 1998), interpolated where the signal is unclear."),
                al::fp::FpText::tr("pixels")};
    if (id == QLatin1String("quality"))
        return {al::fp::FpText::tr("Quality"),
                al::fp::FpText::tr(
                    "NBIS-style levels: 0 background or low contrast (grey), 1 no clear ridge flow (red), "
                    "2 high curvature (orange), 3 next to a problem (yellow), 4 good (green)."),
                al::fp::FpText::tr("level")};
    if (id == QLatin1String("enhanced"))
        return {al::fp::FpText::tr("Gabor enhanced"),
                al::fp::FpText::tr(
                    "Each pixel is filtered with a Gabor filter tuned to its local orientation and period "
                    "(Hong, Wan & Jain 1998): ridges are joined, noise is suppressed."),
                al::fp::FpText::tr("filter response")};
    if (id == QLatin1String("binary"))
        return {al::fp::FpText::tr("Binary"),
                al::fp::FpText::tr(
                    "Ridges are where the filter response is positive; specks and pin holes are removed."),
                {}};
    if (id == QLatin1String("skeleton"))
        return {al::fp::FpText::tr("Skeleton"),
                al::fp::FpText::tr(
                    "Ridges thinned to one pixel (Zhang & Suen 1984), so every ridge pixel has a crossing "
                    "number."),
                {}};
    if (id == QLatin1String("minutiae"))
        return {al::fp::FpText::tr("Minutiae"),
                al::fp::FpText::tr(
                    "Crossing number 1 is a ridge ending (red), 3 a bifurcation (blue); grey candidates "
                    "were removed as spurs, bridges, breaks, border or low-quality artefacts."),
                {}};
    if (id == QLatin1String("singular"))
        return {
            al::fp::FpText::tr("Singular points and class"),
            al::fp::FpText::tr("The Poincare index of the orientation field finds cores (circles) and deltas "
                               "(triangles) (Kawagoe & Tojo 1984); their layout gives the class: %1.")
                .arg(fingerprintClassName(fingerprintClass)),
            {}};
    return {id, {}, {}};
}

cv::Mat drawFeatures(const cv::Mat& gray, const FingerprintTruth& f) {
    cv::Mat img = faded(gray);
    drawFeaturesOn(img, f);
    return img;
}

void drawFeaturesOn(cv::Mat& img, const FingerprintTruth& f) {
    for (const Minutia& m : f.minutiae)
        drawMinutia(img, m, m.type == MinutiaType::Bifurcation ? kBifurcation : kEnding, 3);
    for (const SingularPoint& s : f.singularPoints) {
        const cv::Point2d p(s.x, s.y);
        if (s.type == SingularType::Core) {
            cv::circle(img, p, 7, kCore, 2, cv::LINE_AA);
        } else {
            const std::vector<cv::Point> tri{cv::Point2d(p.x, p.y - 8), cv::Point2d(p.x - 7, p.y + 5),
                                             cv::Point2d(p.x + 7, p.y + 5)};
            cv::polylines(img, tri, true, kDelta, 2, cv::LINE_AA);
        }
    }
}

namespace detail {

namespace {

void addFieldStages(AnalysisResult& r, const cv::Mat& normalized) {
    const FingerprintTruth& f = r.features;
    cv::Mat input;
    cv::cvtColor(r.gray, input, cv::COLOR_GRAY2BGR);
    add(r, "input", input);
    add(r, "segmentation", segmentationImage(r.gray, f.mask));
    add(r, "normalized", signedImage(normalized, 40.0), normalized);
    add(r, "orientation", orientationImage(r.gray, f.orientation, r.coherence, f.mask),
        f.orientation * (180.0 / kPi));
    add(r, "coherence", colorMasked(r.coherence, 0.0, 1.0, f.mask, Colormap::Viridis), r.coherence);
    add(r, "frequency", colorMasked(f.period, 4.0, 16.0, f.mask, Colormap::Turbo), f.period);
}

void addRidgeStages(AnalysisResult& r, const std::vector<Minutia>& removed) {
    const FingerprintTruth& f = r.features;
    cv::Mat qualityValues;
    r.quality.convertTo(qualityValues, CV_32F);
    add(r, "quality", qualityImage(r.gray, r.quality), qualityValues);
    add(r, "enhanced", signedImage(r.enhanced, 50.0), r.enhanced);
    cv::Mat binaryView = 255 - r.binary, binaryBgr;
    cv::cvtColor(binaryView, binaryBgr, cv::COLOR_GRAY2BGR);
    add(r, "binary", binaryBgr);
    add(r, "skeleton", skeletonImage(r.gray, r.skeleton));
    cv::Mat minutiae = skeletonImage(r.gray, r.skeleton);
    for (const Minutia& m : removed)
        drawMinutia(minutiae, m, cv::Scalar(150, 150, 150), 2);
    for (const Minutia& m : f.minutiae)
        drawMinutia(minutiae, m, m.type == MinutiaType::Bifurcation ? kBifurcation : kEnding, 3);
    add(r, "minutiae", minutiae);
    add(r, "singular", drawFeatures(r.gray, f));
}

} // namespace

void addStageImages(AnalysisResult& r, const cv::Mat& normalized, const std::vector<Minutia>& removed) {
    addFieldStages(r, normalized);
    addRidgeStages(r, removed);
}

} // namespace detail

} // namespace al::fp
