// SPDX-License-Identifier: MIT
// Deletion / insertion curves (Petsiuk, Das & Saenko, BMVC 2018) and Spearman's rank correlation of maps.
#include "attentionlens/Faithfulness.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class FaithfulnessTr {
    Q_DECLARE_TR_FUNCTIONS(al::Faithfulness)
};

// Translation context of this file (a class, so that lupdate files the strings under it).
namespace {

void checkMap(const cv::Mat& map, const char* what) {
    if (map.empty() || map.type() != CV_32FC1)
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The %1 map is empty or not a single-channel float map.")
                        .arg(QLatin1String(what)));
}

// Pixel indices, most salient first; stable so that ties keep raster order (deterministic curves).
std::vector<int> salientOrder(const cv::Mat& saliency, cv::Size size) {
    cv::Mat resized;
    cv::resize(saliency, resized, size, 0, 0, cv::INTER_LINEAR);
    resized = resized.isContinuous() ? resized : resized.clone();
    const float* v = resized.ptr<float>();
    std::vector<int> order(size_t(size.area()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [v](int a, int b) { return v[a] > v[b]; });
    return order;
}

double trapezoid(const std::vector<double>& x, const std::vector<double>& y) {
    double area = 0.0;
    for (size_t i = 1; i < x.size(); ++i)
        area += (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2.0;
    return area;
}

// Moves pixels from `source` into `work` in salient order, scoring after every step.
PerturbationCurve sweep(const cv::Mat& start, const cv::Mat& source, const cv::Mat& saliency, int target,
                        const ClassScorer& scorer, int steps, const RunControl& control,
                        const QString& stage) {
    if (start.empty() || start.type() != CV_8UC3)
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The image to explain is empty or not an 8-bit colour image."));
    checkMap(saliency, "saliency");
    if (steps < 1)
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("A perturbation curve needs at least one step."));
    const std::vector<int> order = salientOrder(saliency, start.size());
    cv::Mat work = start.clone();
    const cv::Mat src = source.isContinuous() ? source : source.clone();
    PerturbationCurve curve;
    const double n = double(order.size());
    size_t moved = 0;
    for (int s = 0; s <= steps; ++s) {
        control.throwIfCancelled();
        const size_t until = size_t(std::llround(n * s / steps));
        for (; moved < until; ++moved) {
            const int i = order[moved];
            work.at<cv::Vec3b>(i / work.cols, i % work.cols) = src.at<cv::Vec3b>(i / src.cols, i % src.cols);
        }
        const std::vector<double> scores = scorer(work);
        if (target < 0 || target >= int(scores.size()))
            throw Error(ErrorCode::BadInput,
                        al::FaithfulnessTr::tr("Class %1 does not exist: the model has %2 classes.")
                            .arg(target)
                            .arg(scores.size()));
        curve.fraction.push_back(double(s) / steps);
        curve.score.push_back(scores[size_t(target)]);
        control.report(double(s) / steps, stage);
    }
    curve.auc = trapezoid(curve.fraction, curve.score);
    return curve;
}

// Ranks 1..n with ties sharing their mean rank.
std::vector<double> ranks(const cv::Mat& m) {
    const cv::Mat c = m.isContinuous() ? m : m.clone();
    const float* v = c.ptr<float>();
    const size_t n = c.total();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [v](size_t a, size_t b) { return v[a] < v[b]; });
    std::vector<double> r(n);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && v[order[j + 1]] == v[order[i]])
            ++j;
        const double mean = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            r[order[k]] = mean;
        i = j + 1;
    }
    return r;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

} // namespace

PerturbationCurve deletionCurve(const cv::Mat& image, const cv::Mat& saliency, int target,
                                const ClassScorer& scorer, const CurveOptions& options,
                                const RunControl& control) {
    if (image.empty())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The image to explain is empty or not an 8-bit colour image."));
    return sweep(image, baselineImage(image, options.deletionBaseline), saliency, target, scorer,
                 options.steps, control, al::FaithfulnessTr::tr("Deletion"));
}

PerturbationCurve insertionCurve(const cv::Mat& image, const cv::Mat& saliency, int target,
                                 const ClassScorer& scorer, const CurveOptions& options,
                                 const RunControl& control) {
    if (image.empty())
        throw Error(ErrorCode::BadInput,
                    al::FaithfulnessTr::tr("The image to explain is empty or not an 8-bit colour image."));
    return sweep(baselineImage(image, options.insertionBaseline), image, saliency, target, scorer,
                 options.steps, control, al::FaithfulnessTr::tr("Insertion"));
}

double spearmanCorrelation(const cv::Mat& a, const cv::Mat& b) {
    checkMap(a, "first");
    checkMap(b, "second");
    cv::Mat ra = a;
    constexpr int kMaxSide = 256; // ranks of a 1080p map would take seconds for no extra information
    if (a.cols > kMaxSide || a.rows > kMaxSide) {
        const double f = double(kMaxSide) / std::max(a.cols, a.rows);
        cv::resize(a, ra, cv::Size(std::max(1, int(a.cols * f)), std::max(1, int(a.rows * f))), 0, 0,
                   cv::INTER_AREA);
    }
    cv::Mat rb;
    cv::resize(b, rb, ra.size(), 0, 0, b.total() > ra.total() ? cv::INTER_AREA : cv::INTER_LINEAR);
    return pearson(ranks(ra), ranks(rb));
}

QJsonObject curveToJson(const PerturbationCurve& curve) {
    QJsonArray fraction, score;
    for (size_t i = 0; i < curve.fraction.size(); ++i) {
        fraction.append(curve.fraction[i]);
        score.append(curve.score[i]);
    }
    return {{QStringLiteral("fraction"), fraction},
            {QStringLiteral("score"), score},
            {QStringLiteral("auc"), curve.auc}};
}

} // namespace al
