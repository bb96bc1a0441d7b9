// SPDX-License-Identifier: MIT
// Contextual Gabor enhancement, binarisation and thinning of the fingerprint pipeline.
#include "AnalysisDetail.h"

#include <array>
#include <opencv2/imgproc.hpp>

namespace al::fp::detail {

namespace {

constexpr int kRadius = 7;
constexpr int kSide = 2 * kRadius + 1;
constexpr int kOrientationBins = 36;
constexpr double kMinPeriod = 3.0, kPeriodStep = 0.5;
constexpr int kPeriodBins = 45; // 3 .. 25 px

// Even-symmetric Gabor filter tuned to the local orientation and frequency (Hong, Wan & Jain 1998, sec.
// 2.5), DC removed so the response does not depend on the local gray level.
std::vector<float> gaborKernel(double theta, double period) {
    const double sigmaAlong = 4.0, sigmaAcross = std::clamp(0.45 * period, 2.0, 4.0);
    const double nx = std::sin(theta), ny = std::cos(theta), dx = std::cos(theta), dy = -std::sin(theta);
    std::vector<float> k(kSide * kSide), env(kSide * kSide);
    double sum = 0.0, envSum = 0.0;
    for (int y = -kRadius; y <= kRadius; ++y)
        for (int x = -kRadius; x <= kRadius; ++x) {
            const double across = x * nx + y * ny, along = x * dx + y * dy;
            const double e = std::exp(-0.5 * (across * across / (sigmaAcross * sigmaAcross) +
                                              along * along / (sigmaAlong * sigmaAlong)));
            const double v = e * std::cos(2.0 * kPi * across / period);
            const int i = (y + kRadius) * kSide + x + kRadius;
            k[i] = float(v);
            env[i] = float(e);
            sum += v;
            envSum += e;
        }
    double gain = 0.0;
    for (int y = -kRadius; y <= kRadius; ++y)
        for (int x = -kRadius; x <= kRadius; ++x) {
            const int i = (y + kRadius) * kSide + x + kRadius;
            k[i] -= float(env[i] * sum / envSum);
            gain += k[i] * std::cos(2.0 * kPi * (x * nx + y * ny) / period);
        }
    for (float& v : k)
        v = float(v / gain); // unit response to a matched sinusoid
    return k;
}

void removeSmallComponents(cv::Mat& binary, int minArea) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    std::vector<uchar> keep(size_t(n), 1);
    for (int i = 1; i < n; ++i)
        keep[size_t(i)] = stats.at<int>(i, cv::CC_STAT_AREA) >= minArea;
    for (int y = 0; y < binary.rows; ++y) {
        const int* l = labels.ptr<int>(y);
        uchar* b = binary.ptr<uchar>(y);
        for (int x = 0; x < binary.cols; ++x)
            if (b[x] && !keep[size_t(l[x])])
                b[x] = 0;
    }
}

int transitions(int code) {
    int a = 0;
    for (int i = 0; i < 8; ++i)
        a += !((code >> i) & 1) && ((code >> ((i + 1) % 8)) & 1);
    return a;
}

struct ThinningTables {
    std::array<std::array<uchar, 256>, 2> remove{};
    std::array<uchar, 256> corner{};
    ThinningTables() {
        for (int c = 0; c < 256; ++c) {
            const auto p = [c](int i) { return (c >> i) & 1; };
            const int b = __builtin_popcount(unsigned(c)), a = transitions(c);
            const bool base = b >= 2 && b <= 6 && a == 1;
            remove[0][size_t(c)] = base && !(p(0) && p(2) && p(4)) && !(p(2) && p(4) && p(6));
            remove[1][size_t(c)] = base && !(p(0) && p(2) && p(6)) && !(p(0) && p(4) && p(6));
            // A staircase pixel: its neighbours form several runs on the ring that are still 8-connected
            // through an orthogonal pair (e.g. N and E with NE empty); removing it keeps the topology.
            int merged = a;
            for (int k = 1; k < 8; k += 2)
                if (!p(k) && p(k - 1) && p((k + 1) % 8))
                    --merged;
            corner[size_t(c)] = a >= 2 && merged == 1 && b >= 2;
        }
    }
};

int neighbourCode(const uchar* p, int step) {
    int code = 0;
    for (int i = 0; i < 8; ++i)
        code |= (p[kDy[size_t(i)] * step + kDx[size_t(i)]] ? 1 : 0) << i;
    return code;
}

} // namespace

cv::Mat gaborEnhance(const cv::Mat& normalized, const cv::Mat& theta, const cv::Mat& period,
                     const cv::Mat& mask) {
    cv::Mat padded;
    cv::copyMakeBorder(normalized, padded, kRadius, kRadius, kRadius, kRadius, cv::BORDER_CONSTANT, 0.0);
    std::vector<std::vector<float>> bank(size_t(kOrientationBins * kPeriodBins));
    cv::Mat out = cv::Mat::zeros(normalized.size(), CV_32F);
    const size_t step = padded.step1();
    for (int y = 0; y < normalized.rows; ++y) {
        const uchar* m = mask.ptr<uchar>(y);
        const float* t = theta.ptr<float>(y);
        const float* pr = period.ptr<float>(y);
        float* o = out.ptr<float>(y);
        for (int x = 0; x < normalized.cols; ++x) {
            if (!m[x])
                continue;
            const int ob = int(std::lround(t[x] / kPi * kOrientationBins)) % kOrientationBins;
            const int pb =
                std::clamp(int(std::lround((pr[x] - kMinPeriod) / kPeriodStep)), 0, kPeriodBins - 1);
            std::vector<float>& k = bank[size_t(ob * kPeriodBins + pb)];
            if (k.empty())
                k = gaborKernel(ob * kPi / kOrientationBins, kMinPeriod + pb * kPeriodStep);
            const float* src = padded.ptr<float>(y) + x;
            float acc = 0.0f;
            for (int ky = 0; ky < kSide; ++ky) {
                const float* row = src + size_t(ky) * step;
                const float* kr = k.data() + ky * kSide;
                for (int kx = 0; kx < kSide; ++kx)
                    acc += kr[kx] * row[kx];
            }
            o[x] = acc;
        }
    }
    return out;
}

cv::Mat binarize(const cv::Mat& enhanced, const cv::Mat& mask) {
    cv::Mat binary = (enhanced > 0.0f) & mask;
    removeSmallComponents(binary, 12);
    cv::Mat holes = (binary == 0) & mask;
    removeSmallComponents(holes, 12);
    binary = (holes == 0) & mask;
    return binary;
}

// Zhang & Suen, "A fast parallel algorithm for thinning digital patterns", CACM 27(3), 1984, followed by
// removal of staircase pixels so that every skeleton pixel's crossing number counts its branches.
cv::Mat thin(const cv::Mat& binary) {
    static const ThinningTables tables;
    cv::Mat img;
    cv::copyMakeBorder(binary, img, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    img /= 255;
    const int step = int(img.step1());
    std::vector<uchar*> doomed;
    for (bool changed = true; changed;) {
        changed = false;
        for (int iter = 0; iter < 2; ++iter) {
            doomed.clear();
            for (int y = 1; y < img.rows - 1; ++y) {
                uchar* row = img.ptr<uchar>(y);
                for (int x = 1; x < img.cols - 1; ++x)
                    if (row[x] && tables.remove[size_t(iter)][size_t(neighbourCode(row + x, step))])
                        doomed.push_back(row + x);
            }
            for (uchar* p : doomed)
                *p = 0;
            changed = changed || !doomed.empty();
        }
    }
    for (int y = 1; y < img.rows - 1; ++y) {
        uchar* row = img.ptr<uchar>(y);
        for (int x = 1; x < img.cols - 1; ++x)
            if (row[x] && tables.corner[size_t(neighbourCode(row + x, step))])
                row[x] = 0;
    }
    return img(cv::Rect(1, 1, binary.cols, binary.rows)) * 255;
}

} // namespace al::fp::detail
