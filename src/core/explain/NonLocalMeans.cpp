// SPDX-License-Identifier: MIT
#include "attentionlens/NonLocalMeans.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class NonLocalMeansTr {
    Q_DECLARE_TR_FUNCTIONS(al::NonLocalMeans)
};

namespace {

[[noreturn]] void bad(const QString& message) {
    throw Error(ErrorCode::BadInput, message);
}

void checkImage(const cv::Mat& image, const char* what) {
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
        bad(al::NonLocalMeansTr::tr("non-local means: %1 must be a non-empty 8-bit grey or colour image")
                .arg(QLatin1String(what)));
}

void checkOptions(const NonLocalMeansOptions& o, bool needsSearch) {
    if (o.patchRadius < 0 || o.patchRadius > 15)
        bad(al::NonLocalMeansTr::tr("non-local means: the patch radius must be in 0..15, not %1")
                .arg(o.patchRadius));
    if (needsSearch && (o.searchRadius < 1 || o.searchRadius > 30))
        bad(al::NonLocalMeansTr::tr("non-local means: the search radius must be in 1..30, not %1")
                .arg(o.searchRadius));
}

void checkH(double h) {
    if (!(h > 0.0) || !std::isfinite(h))
        bad(al::NonLocalMeansTr::tr("non-local means: h must be a positive number, not %1").arg(h));
}

/// Sum over channels of a float image (squared differences summed over B, G, R).
cv::Mat sumChannels(const cv::Mat& m) {
    if (m.channels() == 1)
        return m;
    cv::Mat out;
    cv::transform(m, out, cv::Matx13f(1.f, 1.f, 1.f));
    return out;
}

cv::Mat expandChannels(const cv::Mat& w, int channels) {
    if (channels == 1)
        return w;
    cv::Mat out;
    cv::merge(std::vector<cv::Mat>(size_t(channels), w), out);
    return out;
}

/// One pass over the search window, accumulating the weighted averages for every h at once, since the
/// patch distances do not depend on h.
std::vector<cv::Mat> denoiseMany(const cv::Mat& image, const std::vector<double>& hs,
                                 const NonLocalMeansOptions& o, const RunControl& control) {
    const int r = o.patchRadius, s = o.searchRadius, pad = r + s, c = image.channels();
    cv::Mat f, padded;
    image.convertTo(f, CV_32F);
    cv::copyMakeBorder(f, padded, pad, pad, pad, pad, cv::BORDER_REFLECT);
    const cv::Size size = image.size();
    const cv::Rect withMargin(pad - r, pad - r, size.width + 2 * r, size.height + 2 * r);
    const cv::Mat a = padded(withMargin);
    std::vector<cv::Mat> acc, wsum;
    for (size_t i = 0; i < hs.size(); ++i) {
        acc.push_back(cv::Mat::zeros(size, CV_32FC(c)));
        wsum.push_back(cv::Mat::zeros(size, CV_32FC1));
    }
    const int side = 2 * s + 1;
    cv::Mat diff, dist, w;
    for (int dy = -s; dy <= s; ++dy) {
        for (int dx = -s; dx <= s; ++dx) {
            control.throwIfCancelled();
            cv::subtract(a, padded(withMargin + cv::Point(dx, dy)), diff);
            cv::multiply(diff, diff, diff);
            cv::boxFilter(sumChannels(diff), dist, CV_32F, cv::Size(2 * r + 1, 2 * r + 1));
            const cv::Mat d = dist(cv::Rect(r, r, size.width, size.height)) * (1.0 / c);
            const cv::Mat value = padded(cv::Rect(pad + dx, pad + dy, size.width, size.height));
            for (size_t i = 0; i < hs.size(); ++i) {
                cv::exp(d * (-1.0 / (hs[i] * hs[i])), w);
                wsum[i] += w;
                cv::Mat term;
                cv::multiply(value, expandChannels(w, c), term);
                acc[i] += term;
            }
            control.report(double((dy + s) * side + dx + s + 1) / double(side * side));
        }
    }
    std::vector<cv::Mat> out;
    for (size_t i = 0; i < hs.size(); ++i) {
        cv::Mat avg, u8;
        cv::divide(acc[i], expandChannels(wsum[i], c), avg); // wsum >= 1: the zero offset weighs 1
        avg.convertTo(u8, image.type());
        out.push_back(u8);
    }
    return out;
}

} // namespace

NonLocalMeansQuery nonLocalMeansAt(const cv::Mat& image, cv::Point query,
                                   const NonLocalMeansOptions& options) {
    checkImage(image, "the image");
    checkOptions(options, false);
    checkH(options.h);
    if (!cv::Rect(0, 0, image.cols, image.rows).contains(query))
        bad(al::NonLocalMeansTr::tr("non-local means: the pixel (%1, %2) is outside the %3x%4 image")
                .arg(query.x)
                .arg(query.y)
                .arg(image.cols)
                .arg(image.rows));
    const int r = options.patchRadius, c = image.channels();
    cv::Mat f, padded;
    image.convertTo(f, CV_32F);
    cv::copyMakeBorder(f, padded, r, r, r, r, cv::BORDER_REFLECT);
    NonLocalMeansQuery out;
    out.distances = cv::Mat::zeros(image.size(), CV_32FC1);
    cv::Mat diff;
    for (int oy = 0; oy <= 2 * r; ++oy) {
        for (int ox = 0; ox <= 2 * r; ++ox) {
            // offset (ox - r, oy - r) of every patch against the same offset of the query's patch
            const float* ref = padded.ptr<float>(query.y + oy) + size_t(query.x + ox) * c;
            const cv::Scalar refValue(ref[0], c > 1 ? ref[1] : 0.0, c > 2 ? ref[2] : 0.0);
            cv::subtract(padded(cv::Rect(ox, oy, image.cols, image.rows)), refValue, diff);
            cv::multiply(diff, diff, diff);
            out.distances += sumChannels(diff);
        }
    }
    out.distances *= 1.0 / (double((2 * r + 1) * (2 * r + 1)) * c);
    cv::exp(out.distances * (-1.0 / (options.h * options.h)), out.weights);
    out.weights *= 1.0 / cv::sum(out.weights)[0]; // >= 1: the query's own weight is exp(0)
    std::vector<cv::Mat> planes;
    cv::split(f, planes);
    for (int ch = 0; ch < c; ++ch)
        out.output[ch] = planes[size_t(ch)].dot(out.weights);
    for (int ch = 0; ch < c; ++ch)
        out.input[ch] = f.ptr<float>(query.y)[size_t(query.x) * c + ch];
    cv::Mat logW;
    cv::log(cv::max(out.weights, std::numeric_limits<float>::min()), logW);
    out.entropy = -out.weights.dot(logW);
    return out;
}

cv::Mat nonLocalMeansDenoise(const cv::Mat& image, const NonLocalMeansOptions& options,
                             const RunControl& control) {
    checkImage(image, "the image");
    checkOptions(options, true);
    checkH(options.h);
    return denoiseMany(image, {options.h}, options, control).front();
}

cv::Mat addGaussianNoise(const cv::Mat& image, double sigma, uint64_t seed) {
    checkImage(image, "the image");
    if (!(sigma >= 0.0) || !std::isfinite(sigma))
        bad(al::NonLocalMeansTr::tr("noise: sigma must be zero or positive, not %1").arg(sigma));
    cv::Mat f, noise(image.size(), CV_32FC(image.channels())), out;
    image.convertTo(f, CV_32F);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0.0, sigma);
    cv::add(f, noise, f);
    f.convertTo(out, image.type());
    return out;
}

double psnr(const cv::Mat& reference, const cv::Mat& test) {
    checkImage(reference, "the reference");
    if (test.size() != reference.size() || test.type() != reference.type())
        bad(al::NonLocalMeansTr::tr("PSNR: the two images must have the same size and type"));
    const double mse =
        cv::norm(reference, test, cv::NORM_L2SQR) / double(reference.total() * reference.channels());
    if (mse == 0.0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(255.0 * 255.0 / mse);
}

std::vector<PsnrPoint> psnrVersusH(const cv::Mat& clean, const cv::Mat& noisy, const std::vector<double>& hs,
                                   const NonLocalMeansOptions& options, const RunControl& control) {
    checkImage(clean, "the clean image");
    checkImage(noisy, "the noisy image");
    if (clean.size() != noisy.size() || clean.type() != noisy.type())
        bad(al::NonLocalMeansTr::tr("PSNR: the clean and the noisy image must have the same size and type"));
    checkOptions(options, true);
    if (hs.empty())
        bad(al::NonLocalMeansTr::tr("PSNR curve: give at least one value of h"));
    for (double h : hs)
        checkH(h);
    const std::vector<cv::Mat> denoised = denoiseMany(noisy, hs, options, control);
    std::vector<PsnrPoint> out;
    for (size_t i = 0; i < hs.size(); ++i)
        out.push_back({hs[i], psnr(clean, denoised[i])});
    return out;
}

} // namespace al
