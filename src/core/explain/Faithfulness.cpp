// SPDX-License-Identifier: MIT
// Perturbation-based explanations: occlusion sensitivity and RISE, and the model-as-scorer adapter.
#include "attentionlens/Faithfulness.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"

#include <QCoreApplication>
#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class FaithfulnessTr {
    Q_DECLARE_TR_FUNCTIONS(al::Faithfulness)
};

// Translation context of this file (a class, so that lupdate files the strings under it).
namespace {

void checkImageAndTarget(const cv::Mat& image, int target, const std::vector<double>& scores) {
    if (image.empty() || image.type() != CV_8UC3)
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The image to explain is empty or not an 8-bit colour image."));
    if (target < 0 || target >= int(scores.size()))
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("Class %1 does not exist: the model has %2 classes.")
                        .arg(target)
                        .arg(scores.size()));
}

double scoreOf(const ClassScorer& scorer, const cv::Mat& image, int target) {
    const std::vector<double> scores = scorer(image);
    return target < int(scores.size()) ? scores[size_t(target)] : 0.0;
}

// Patch origins along one axis: every stride, plus the last position so the far border is covered too.
std::vector<int> patchOrigins(int length, int patch, int stride) {
    std::vector<int> origins;
    for (int p = 0; p + patch <= length; p += stride)
        origins.push_back(p);
    if (origins.empty() || origins.back() != length - patch)
        origins.push_back(length - patch);
    return origins;
}

} // namespace

ClassScorer modelScorer(const AttentionModel& model, const ParamValues& params) {
    const std::vector<ParamSpec> schema = model.parameters();
    const auto topK = std::find_if(schema.begin(), schema.end(),
                                   [](const ParamSpec& s) { return s.name == QLatin1String("top_k"); });
    if (topK == schema.end())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr(
                        "Model '%1' does not classify: faithfulness checks need a model with predictions.")
                        .arg(model.id()));
    ParamValues all = params;
    all.insert(QStringLiteral("top_k"), topK->maximum);
    return [&model, all](const cv::Mat& image) {
        ModelInput input;
        input.image = image;
        const ModelResult result = runModel(model, input, all);
        if (result.predictions.empty())
            throw Error(ErrorCode::BadInput,
                        al::FaithfulnessTr::tr(
                            "Model '%1' returned no predictions; faithfulness checks need a classifier.")
                            .arg(model.id()));
        std::vector<double> scores;
        for (const Prediction& p : result.predictions) {
            if (p.index >= int(scores.size()))
                scores.resize(size_t(p.index) + 1, 0.0);
            if (p.index >= 0)
                scores[size_t(p.index)] = p.score;
        }
        return scores;
    };
}

cv::Mat baselineImage(const cv::Mat& image, PerturbationBaseline baseline) {
    switch (baseline) {
    case PerturbationBaseline::Black:
        return cv::Mat::zeros(image.size(), image.type());
    case PerturbationBaseline::Blur: {
        // sigma ~ 1/8 of the shorter side: digits and objects become unrecognisable blobs.
        const double sigma = std::max(2.0, std::min(image.cols, image.rows) / 8.0);
        cv::Mat blurred;
        cv::GaussianBlur(image, blurred, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
        return blurred;
    }
    case PerturbationBaseline::Mean:
        return cv::Mat(image.size(), image.type(), cv::mean(image));
    }
    return cv::Mat::zeros(image.size(), image.type());
}

cv::Mat occlusionSensitivity(const cv::Mat& image, int target, const ClassScorer& scorer,
                             const OcclusionOptions& options, const RunControl& control) {
    if (options.patch < 1 || options.stride < 1)
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("Occlusion needs a patch size and a stride of at least 1 pixel."));
    if (image.empty())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The image to explain is empty or not an 8-bit colour image."));
    const std::vector<double> original = scorer(image);
    checkImageAndTarget(image, target, original);
    const double base = original[size_t(target)];
    const int pw = std::min(options.patch, image.cols);
    const int ph = std::min(options.patch, image.rows);
    const std::vector<int> xs = patchOrigins(image.cols, pw, options.stride);
    const std::vector<int> ys = patchOrigins(image.rows, ph, options.stride);
    const cv::Mat fill = baselineImage(image, options.baseline);
    cv::Mat sum = cv::Mat::zeros(image.size(), CV_32F);
    cv::Mat hits = cv::Mat::zeros(image.size(), CV_32F);
    cv::Mat work = image.clone();
    const double total = double(xs.size() * ys.size());
    int done = 0;
    for (int y : ys) {
        for (int x : xs) {
            control.throwIfCancelled();
            const cv::Rect r(x, y, pw, ph);
            fill(r).copyTo(work(r));
            const double drop = base - scoreOf(scorer, work, target);
            image(r).copyTo(work(r));
            sum(r) += drop;
            hits(r) += 1.0;
            if (++done % 16 == 0)
                control.report(done / total, al::FaithfulnessTr::tr("Occlusion"));
        }
    }
    cv::Mat map;
    cv::divide(sum, cv::max(hits, 1.0f), map);
    control.report(1.0, al::FaithfulnessTr::tr("Occlusion"));
    return map;
}

cv::Mat riseSaliency(const cv::Mat& image, int target, const ClassScorer& scorer, const RiseOptions& options,
                     const RunControl& control) {
    if (options.masks < 1 || options.cells < 2 || options.keep <= 0.0 || options.keep > 1.0)
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("RISE needs at least one mask, a grid of at least 2x2 cells and a "
                                           "keep probability in (0, 1]."));
    if (image.empty())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The image to explain is empty or not an 8-bit colour image."));
    checkImageAndTarget(image, target, scorer(image));
    const int W = image.cols, H = image.rows;
    // Each cell of the up-sampled grid is ceil(size / cells) pixels; one extra cell leaves room for the
    // random shift, as in the paper.
    const int cw = (W + options.cells - 1) / options.cells;
    const int ch = (H + options.cells - 1) / options.cells;
    const cv::Size big((options.cells + 1) * cw, (options.cells + 1) * ch);
    cv::RNG rng(options.seed);
    cv::Mat grid(options.cells, options.cells, CV_32F);
    cv::Mat up, mask3, masked;
    cv::Mat imageF;
    image.convertTo(imageF, CV_32FC3);
    cv::Mat sum = cv::Mat::zeros(image.size(), CV_32F);
    for (int i = 0; i < options.masks; ++i) {
        control.throwIfCancelled();
        for (int r = 0; r < grid.rows; ++r)
            for (int c = 0; c < grid.cols; ++c)
                grid.at<float>(r, c) = rng.uniform(0.0, 1.0) < options.keep ? 1.0f : 0.0f;
        cv::resize(grid, up, big, 0, 0, cv::INTER_LINEAR);
        const int dx = rng.uniform(0, cw), dy = rng.uniform(0, ch);
        const cv::Mat mask = up(cv::Rect(dx, dy, W, H));
        cv::Mat channels[] = {mask, mask, mask};
        cv::merge(channels, 3, mask3);
        cv::multiply(imageF, mask3, masked);
        masked.convertTo(masked, CV_8UC3);
        sum += scoreOf(scorer, masked, target) * mask;
        if (i % 64 == 0)
            control.report(double(i) / options.masks, al::FaithfulnessTr::tr("RISE"));
    }
    control.report(1.0, al::FaithfulnessTr::tr("RISE"));
    return sum / (double(options.masks) * options.keep);
}

QString toString(PerturbationBaseline baseline) {
    switch (baseline) {
    case PerturbationBaseline::Black:
        return QStringLiteral("black");
    case PerturbationBaseline::Blur:
        return QStringLiteral("blur");
    case PerturbationBaseline::Mean:
        return QStringLiteral("mean");
    }
    return {};
}

std::optional<PerturbationBaseline> perturbationBaselineFromString(const QString& name) {
    for (PerturbationBaseline b :
         {PerturbationBaseline::Black, PerturbationBaseline::Blur, PerturbationBaseline::Mean}) {
        if (toString(b) == name)
            return b;
    }
    return std::nullopt;
}

} // namespace al
