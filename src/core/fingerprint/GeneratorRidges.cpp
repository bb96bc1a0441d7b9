// SPDX-License-Identifier: MIT
// Ridge growth by iterated contextual Gabor filtering (SFinGe: Cappelli, Maio & Maltoni 2002): starting from
// a few random seeds, every iteration filters each pixel with the Gabor filter tuned to its local orientation
// and period and clips the result; the pattern spreads one filter radius per iteration and minutiae appear
// where fronts from different seeds meet or the field forces ridges to split or end.
#include "GeneratorDetail.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace al::fp::detail {

namespace {

constexpr int kOrientations = 32;
constexpr int kPeriods = 7;

// Gabor kernels for every quantised (orientation, period): even-symmetric, zero mean, scaled so that a unit
// sinusoid of the tuned period and orientation gives a unit response.
struct GaborBank {
    double periodMin = 8.0;
    double periodStep = 0.5;
    int radius = 9;
    int side() const { return 2 * radius + 1; }
    int taps() const { return side() * side(); }
    std::vector<float> kernels;
};

void fillKernel(const GaborBank& bank, double theta, double period, float* k) {
    const int r = bank.radius, side = bank.side(), taps = bank.taps();
    std::vector<double> envelope(taps), wave(taps);
    double envSum = 0.0, weighted = 0.0;
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx) {
            // Ridge direction on screen is (cos, -sin) in pixels; u runs across the ridges, v along them.
            const double u = dx * std::sin(theta) + dy * std::cos(theta);
            const double v = dx * std::cos(theta) - dy * std::sin(theta);
            const double sigmaAcross = 0.42 * period, sigmaAlong = 0.5 * period;
            const int i = (dy + r) * side + dx + r;
            envelope[i] =
                std::exp(-0.5 * (u * u / (sigmaAcross * sigmaAcross) + v * v / (sigmaAlong * sigmaAlong)));
            wave[i] = std::cos(2.0 * kPi * u / period);
            envSum += envelope[i];
            weighted += envelope[i] * wave[i];
        }
    const double dc = weighted / envSum;
    double gain = 0.0;
    for (int i = 0; i < taps; ++i)
        gain += envelope[i] * (wave[i] - dc) * wave[i];
    for (int i = 0; i < taps; ++i)
        k[i] = float(envelope[i] * (wave[i] - dc) / gain);
}

GaborBank makeBank(double scale) {
    GaborBank bank;
    bank.periodMin = 8.0 * scale;
    bank.periodStep = 0.5 * scale;
    bank.radius = int(std::lround(9 * scale));
    bank.kernels.resize(size_t(kOrientations) * kPeriods * bank.taps());
    for (int o = 0; o < kOrientations; ++o)
        for (int p = 0; p < kPeriods; ++p)
            fillKernel(bank, o * kPi / kOrientations, bank.periodMin + p * bank.periodStep,
                       &bank.kernels[(size_t(o) * kPeriods + p) * bank.taps()]);
    return bank;
}

// Kernel offset per pixel (into the bank) from the quantised orientation and period.
cv::Mat kernelIndex(const GaborBank& bank, const cv::Mat& orientation, const cv::Mat& period) {
    cv::Mat index(orientation.size(), CV_32S);
    for (int y = 0; y < orientation.rows; ++y) {
        const auto* o = orientation.ptr<float>(y);
        const auto* p = period.ptr<float>(y);
        auto* out = index.ptr<int>(y);
        for (int x = 0; x < orientation.cols; ++x) {
            const int oi = int(std::lround(o[x] / kPi * kOrientations)) % kOrientations;
            const int pi =
                std::clamp(int(std::lround((p[x] - bank.periodMin) / bank.periodStep)), 0, kPeriods - 1);
            out[x] = (oi * kPeriods + pi) * bank.taps();
        }
    }
    return index;
}

// One filtering pass on the pixels where `active` is set; out = clamp(gain * response, -1, 1).
void filterPass(const cv::Mat& padded, const cv::Mat& index, const cv::Mat& active, const GaborBank& bank,
                float gain, cv::Mat& out) {
    const int stride = int(padded.step1());
    const int side = bank.side();
    for (int y = 0; y < out.rows; ++y) {
        const auto* act = active.ptr<uchar>(y);
        const auto* idx = index.ptr<int>(y);
        auto* dst = out.ptr<float>(y);
        for (int x = 0; x < out.cols; ++x) {
            if (!act[x]) {
                dst[x] = 0.0f;
                continue;
            }
            const float* k = bank.kernels.data() + idx[x];
            const float* src = padded.ptr<float>(y) + x; // window's top-left (the padding is the radius)
            float sum = 0.0f;
            for (int r = 0; r < side; ++r, src += stride, k += side)
                for (int c = 0; c < side; ++c)
                    sum += src[c] * k[c];
            dst[x] = std::clamp(gain * sum, -1.0f, 1.0f);
        }
    }
}

void plantSeeds(cv::Mat& field, const cv::Mat& mask, Rng& rng) {
    const int seeds = 8 + rng.index(7);
    for (int planted = 0, attempts = 0; planted < seeds && attempts < 10000; ++attempts) {
        const int x = rng.index(field.cols);
        const int y = rng.index(field.rows);
        if (!mask.at<uchar>(y, x))
            continue;
        field.at<float>(y, x) = rng.uniform() < 0.5 ? -1.0f : 1.0f;
        ++planted;
    }
}

// Runs up to `maxPasses` passes on `field`; with `grow`, stops 3 passes after the pattern covers `region`.
// Every pass saturates, so each point is clearly ridge or valley and the truth minutiae are unambiguous.
int iterate(cv::Mat& field, const GaborBank& bank, const cv::Mat& index, const cv::Mat& region, int maxPasses,
            bool grow, const RunControl& control) {
    const int regionArea = std::max(1, cv::countNonZero(region));
    const cv::Mat spread = cv::getStructuringElement(cv::MORPH_RECT, {bank.side(), bank.side()});
    cv::Mat next(field.size(), CV_32F), padded, active = region.clone(); // dilate() writes into it
    int extra = 0, pass = 0;
    while (pass < maxPasses && extra < 4) {
        control.throwIfCancelled();
        if (grow) {
            cv::dilate(cv::abs(field) > 1e-4f, active, spread);
            active &= region;
        }
        // Covered: ridges (saturated values) nearly everywhere, not just a faint front.
        const bool covered = !grow || cv::countNonZero((cv::abs(field) > 0.5f) & region) >= 0.93 * regionArea;
        extra += covered ? 1 : 0;
        const int r = bank.radius;
        cv::copyMakeBorder(field, padded, r, r, r, r, cv::BORDER_CONSTANT, 0);
        filterPass(padded, index, active, bank, 8.0f, next);
        std::swap(field, next);
        ++pass;
        control.report(std::min(1.0, double(pass) / maxPasses));
    }
    return pass;
}

} // namespace

cv::Mat growRidges(const cv::Mat& orientation, const cv::Mat& period, const cv::Mat& mask, Rng& rng,
                   int maxIterations, int* iterationsUsed, const RunControl& control) {
    // Growth runs on a half-resolution grid (a quarter of the work, twice the reach per pass); a few
    // full-resolution passes then settle the ridges at their exact period.
    static const GaborBank halfBank = makeBank(0.5); // immutable after the thread-safe static init
    static const GaborBank fullBank = makeBank(1.0);
    const cv::Size half((mask.cols + 1) / 2, (mask.rows + 1) / 2);
    cv::Mat halfOrientation, halfPeriod, halfMask;
    cv::resize(orientation, halfOrientation, half, 0, 0, cv::INTER_NEAREST);
    cv::resize(period, halfPeriod, half, 0, 0, cv::INTER_LINEAR);
    halfPeriod *= 0.5;
    cv::resize(mask, halfMask, half, 0, 0, cv::INTER_NEAREST);
    // Grow a little past the silhouette so ridges run into its edge instead of ending before it.
    cv::Mat region, fullRegion;
    cv::dilate(halfMask, region, cv::getStructuringElement(cv::MORPH_ELLIPSE, {9, 9}));
    cv::dilate(mask, fullRegion, cv::getStructuringElement(cv::MORPH_ELLIPSE, {17, 17}));

    cv::Mat field = cv::Mat::zeros(half, CV_32F);
    plantSeeds(field, halfMask, rng);
    int passes = iterate(field, halfBank, kernelIndex(halfBank, halfOrientation, halfPeriod), region,
                         maxIterations, true, control.subRange(0.0, 0.8));
    cv::resize(field, field, mask.size(), 0, 0, cv::INTER_LINEAR);
    passes += iterate(field, fullBank, kernelIndex(fullBank, orientation, period), fullRegion, 3, false,
                      control.subRange(0.8, 1.0));
    if (iterationsUsed)
        *iterationsUsed = passes;
    // Round the clipped square wave into ridge profiles; a light blur keeps the zero crossings in place.
    cv::GaussianBlur(field, field, {0, 0}, 1.0);
    field.setTo(0.0f, ~mask);
    return field;
}

} // namespace al::fp::detail
