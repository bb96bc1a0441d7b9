// SPDX-License-Identifier: MIT
// Normalisation, segmentation, orientation field, ridge period and quality map of the fingerprint pipeline.
#include "AnalysisDetail.h"

#include <opencv2/imgproc.hpp>

namespace al::fp::detail {

namespace {

float percentile(const cv::Mat& m, double q) {
    std::vector<float> v;
    v.reserve(m.total() / 4 + 1);
    for (int y = 0; y < m.rows; y += 2) {
        const float* r = m.ptr<float>(y);
        for (int x = 0; x < m.cols; x += 2)
            v.push_back(r[x]);
    }
    if (v.empty())
        return 0.0f;
    const auto k = std::min(v.size() - 1, size_t(q * double(v.size())));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return v[k];
}

// Block averages of a per-pixel map on the kBlock grid (the last partial blocks are padded by replication).
cv::Mat blockMean(const cv::Mat& m) {
    const int gw = (m.cols + kBlock - 1) / kBlock, gh = (m.rows + kBlock - 1) / kBlock;
    cv::Mat padded, f, out;
    m.convertTo(f, CV_32F);
    cv::copyMakeBorder(f, padded, 0, gh * kBlock - m.rows, 0, gw * kBlock - m.cols, cv::BORDER_REPLICATE);
    cv::resize(padded, out, cv::Size(gw, gh), 0, 0, cv::INTER_AREA);
    return out;
}

void fillHoles(cv::Mat& mask) {
    cv::Mat outside = cv::Mat::zeros(mask.rows + 2, mask.cols + 2, CV_8U);
    mask.copyTo(outside(cv::Rect(1, 1, mask.cols, mask.rows)));
    cv::floodFill(outside, cv::Point(0, 0), cv::Scalar(128)); // the background reachable from the border
    mask.setTo(255, outside(cv::Rect(1, 1, mask.cols, mask.rows)) == 0);
}

void keepLargestComponent(cv::Mat& mask) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(mask, labels, stats, centroids, 8, CV_32S);
    int best = 0, bestArea = 0;
    for (int i = 1; i < n; ++i)
        if (stats.at<int>(i, cv::CC_STAT_AREA) > bestArea) {
            bestArea = stats.at<int>(i, cv::CC_STAT_AREA);
            best = i;
        }
    mask = (labels == best) & (mask > 0);
}

// Period from the x-signature of one block (Hong, Wan & Jain 1998, sec. 2.4): gray levels sampled along the
// ridge normal in an oriented 32x16 window, averaged along the ridge; the distance between its zero
// crossings (mean removed) gives half the period. Returns 0 when the signature is not periodic.
float blockPeriod(const cv::Mat& img, double cx, double cy, double theta) {
    constexpr int kLength = 32, kWidth = 16;
    const double dx = std::cos(theta), dy = -std::sin(theta); // along the ridge (pixel coordinates)
    const double nx = std::sin(theta), ny = std::cos(theta);  // across the ridge
    float sig[kLength];
    float mean = 0.0f;
    for (int k = 0; k < kLength; ++k) {
        const double u = k - kLength / 2 + 0.5;
        float s = 0.0f;
        for (int w = 0; w < kWidth; w += 2) {
            const double v = w - kWidth / 2 + 1.0;
            s += sampleBilinear(img, cx + u * nx + v * dx, cy + u * ny + v * dy);
        }
        sig[k] = s;
        mean += s;
    }
    mean /= kLength;
    float first = -1.0f, last = -1.0f;
    int crossings = 0;
    for (int k = 1; k < kLength; ++k) {
        const float a = sig[k - 1] - mean, b = sig[k] - mean;
        if ((a < 0.0f) != (b < 0.0f)) {
            const float pos = float(k - 1) + a / (a - b);
            if (first < 0.0f)
                first = pos;
            last = pos;
            ++crossings;
        }
    }
    if (crossings < 3)
        return 0.0f;
    const float period = 2.0f * (last - first) / float(crossings - 1);
    return period >= 3.0f && period <= 25.0f ? period : 0.0f;
}

// Fills invalid cells by normalised Gaussian convolution, widening the kernel until every cell is set.
void fillInvalid(cv::Mat& grid, const cv::Mat& valid, float fallback) {
    cv::Mat w;
    valid.convertTo(w, CV_32F, 1.0 / 255.0);
    cv::Mat filled = grid.clone();
    for (double sigma = 1.0; sigma <= 16.0; sigma *= 2.0) {
        cv::Mat num, den;
        cv::GaussianBlur(grid.mul(w), num, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
        cv::GaussianBlur(w, den, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
        bool missing = false;
        for (int y = 0; y < grid.rows; ++y)
            for (int x = 0; x < grid.cols; ++x) {
                if (valid.at<uchar>(y, x))
                    continue;
                const float d = den.at<float>(y, x);
                if (d > 0.05f)
                    filled.at<float>(y, x) = num.at<float>(y, x) / d;
                else
                    missing = true;
            }
        if (!missing)
            break;
        filled.setTo(fallback, (den < 0.05f) & (valid == 0));
    }
    grid = filled;
}

} // namespace

cv::Mat segmentForeground(const cv::Mat& gray8) {
    // Local deviation over about one ridge period: high on ridges, low on the background, and it spreads
    // only a few pixels beyond the finger.
    cv::Mat f, mean, var, fineStd;
    gray8.convertTo(f, CV_32F);
    cv::GaussianBlur(f, mean, cv::Size(), 4.0);
    cv::Mat centred = f - mean;
    cv::GaussianBlur(centred.mul(centred), var, cv::Size(), 4.0);
    cv::sqrt(var, fineStd);
    const float p95 = percentile(fineStd, 0.95);
    const float threshold = std::max(0.25f * p95, 3.0f);
    cv::Mat mask = fineStd > threshold;
    const cv::Mat disk = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(11, 11));
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, disk);
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN, disk);
    if (cv::countNonZero(mask) == 0)
        return mask;
    keepLargestComponent(mask);
    fillHoles(mask);
    // The deviation window reaches a few pixels beyond the finger; pull the border back.
    cv::erode(mask, mask, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(13, 13)), cv::Point(-1, -1),
              1, cv::BORDER_CONSTANT, cv::Scalar(0)); // the image edge is a border too
    return mask;
}

// Local version of Hong et al.'s mean/variance normalisation, with the statistics taken over the finger
// only, so the white background does not bias the ridges near the border.
Normalized normalizeImage(const cv::Mat& gray8, const cv::Mat& mask, bool darkRidges) {
    cv::Mat f, w, wsum;
    gray8.convertTo(f, CV_32F, darkRidges ? -1.0 : 1.0, darkRidges ? 255.0 : 0.0);
    mask.convertTo(w, CV_32F, 1.0 / 255.0);
    cv::GaussianBlur(w, wsum, cv::Size(), 8.0);
    wsum += 1e-3;
    cv::Mat mean, var;
    cv::GaussianBlur(f.mul(w), mean, cv::Size(), 8.0);
    cv::divide(mean, wsum, mean);
    cv::Mat centred = (f - mean).mul(w);
    cv::GaussianBlur(centred.mul(centred), var, cv::Size(), 8.0);
    cv::divide(var, wsum, var);
    Normalized n;
    cv::sqrt(var, n.localStd);
    cv::Mat denom;
    cv::sqrt(var + 25.0, denom); // +25 keeps flat areas near 0
    cv::divide(centred, denom, n.image);
    cv::min(n.image, 3.0, n.image);
    cv::max(n.image, -3.0, n.image);
    return n;
}

// Least-squares orientation from averaged squared gradients (Hong, Wan & Jain 1998, sec. 2.3), with the
// coherence of Kass & Witkin / Bazen & Gerez as the reliability.
OrientationField estimateOrientation(const cv::Mat& normalized, const cv::Mat& mask) {
    cv::Mat gx, gy;
    cv::Sobel(normalized, gx, CV_32F, 1, 0, 3);
    cv::Sobel(normalized, gy, CV_32F, 0, 1, 3);
    // Gradients only count inside the finger: the step at the finger's outline is not a ridge.
    cv::Mat inner, w;
    cv::erode(mask, inner, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)), cv::Point(-1, -1), 1,
              cv::BORDER_CONSTANT, cv::Scalar(0));
    inner.convertTo(w, CV_32F, 1.0 / 255.0);
    gx = gx.mul(w);
    gy = gy.mul(w);
    cv::Mat gxx = gx.mul(gx), gyy = gy.mul(gy), gxy = gx.mul(gy);
    const double sigma = 5.0;
    cv::GaussianBlur(gxx, gxx, cv::Size(), sigma);
    cv::GaussianBlur(gyy, gyy, cv::Size(), sigma);
    cv::GaussianBlur(gxy, gxy, cv::Size(), sigma);
    // Doubled ridge angle: the ridge is perpendicular to the gradient; y points down in pixel coordinates.
    cv::Mat c = gyy - gxx, s = 2.0 * gxy;
    OrientationField f;
    cv::Mat mag;
    cv::magnitude(c, s, mag);
    cv::divide(mag, gxx + gyy + 1e-6, f.coherence);
    cv::GaussianBlur(c, c, cv::Size(), 4.0);
    cv::GaussianBlur(s, s, cv::Size(), 4.0);
    cv::magnitude(c, s, mag);
    mag += 1e-9;
    cv::divide(c, mag, f.cos2);
    cv::divide(s, mag, f.sin2);
    f.theta.create(normalized.size(), CV_32F);
    for (int y = 0; y < normalized.rows; ++y) {
        const float* cr = c.ptr<float>(y);
        const float* sr = s.ptr<float>(y);
        float* tr = f.theta.ptr<float>(y);
        for (int x = 0; x < normalized.cols; ++x) {
            float a = 0.5f * std::atan2(sr[x], cr[x]);
            tr[x] = a < 0.0f ? a + float(kPi) : a;
        }
    }
    cv::GaussianBlur(f.cos2.mul(w), f.coarseCos2, cv::Size(), 7.0);
    cv::GaussianBlur(f.sin2.mul(w), f.coarseSin2, cv::Size(), 7.0);
    return f;
}

PeriodField estimatePeriod(const cv::Mat& normalized, const OrientationField& field, const cv::Mat& mask) {
    const int gw = (normalized.cols + kBlock - 1) / kBlock, gh = (normalized.rows + kBlock - 1) / kBlock;
    cv::Mat smooth;
    cv::GaussianBlur(normalized, smooth, cv::Size(), 1.0);
    const cv::Mat coherence = blockMean(field.coherence);
    PeriodField out;
    cv::Mat grid(gh, gw, CV_32F, cv::Scalar(0));
    out.blockValid = cv::Mat::zeros(gh, gw, CV_8U);
    std::vector<float> valid;
    for (int by = 0; by < gh; ++by)
        for (int bx = 0; bx < gw; ++bx) {
            const int cx = std::min(bx * kBlock + kBlock / 2, normalized.cols - 1);
            const int cy = std::min(by * kBlock + kBlock / 2, normalized.rows - 1);
            if (!mask.at<uchar>(cy, cx) || coherence.at<float>(by, bx) < 0.2f)
                continue;
            const float p = blockPeriod(smooth, cx, cy, orientationAt(field.cos2, field.sin2, cx, cy));
            if (p > 0.0f) {
                grid.at<float>(by, bx) = p;
                out.blockValid.at<uchar>(by, bx) = 255;
                valid.push_back(p);
            }
        }
    float fallback = 9.0f; // typical adult ridge period at 500 ppi
    if (!valid.empty()) {
        std::nth_element(valid.begin(), valid.begin() + std::ptrdiff_t(valid.size() / 2), valid.end());
        fallback = valid[valid.size() / 2];
    }
    fillInvalid(grid, out.blockValid, fallback);
    cv::GaussianBlur(grid, grid, cv::Size(), 1.0, 1.0, cv::BORDER_REPLICATE);
    cv::Mat big;
    cv::resize(grid, big, cv::Size(gw * kBlock, gh * kBlock), 0, 0, cv::INTER_LINEAR);
    out.period = big(cv::Rect(0, 0, normalized.cols, normalized.rows)).clone();
    cv::min(out.period, 25.0, out.period);
    cv::max(out.period, 3.0, out.period);
    return out;
}

// Quality levels after NBIS MINDTCT (Watson et al., NIST IR 7392, "quality map"): 0 background or low
// contrast, 1 low ridge flow (no dominant orientation or no ridge period), 2 high curvature, 3 next to a
// block of level <= 2, 4 good.
cv::Mat estimateQuality(const Normalized& normalized, const OrientationField& field,
                        const PeriodField& period, const cv::Mat& mask) {
    const cv::Mat maskFrac = blockMean(mask), contrast = blockMean(normalized.localStd);
    const cv::Mat coherence = blockMean(field.coherence);
    const cv::Mat c2 = blockMean(field.cos2), s2 = blockMean(field.sin2);
    const int gh = maskFrac.rows, gw = maskFrac.cols;
    cv::Mat level(gh, gw, CV_8U, cv::Scalar(4));
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x) {
            uchar& l = level.at<uchar>(y, x);
            if (maskFrac.at<float>(y, x) < 127.0f || contrast.at<float>(y, x) < 6.0f) {
                l = 0;
                continue;
            }
            if (coherence.at<float>(y, x) < 0.25f || !period.blockValid.at<uchar>(y, x)) {
                l = 1;
                continue;
            }
            double sc = 0.0, ss = 0.0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int yy = std::clamp(y + dy, 0, gh - 1), xx = std::clamp(x + dx, 0, gw - 1);
                    sc += c2.at<float>(yy, xx);
                    ss += s2.at<float>(yy, xx);
                }
            if (std::hypot(sc, ss) / 9.0 < 0.7)
                l = 2;
        }
    cv::Mat out = level.clone();
    for (int y = 0; y < gh; ++y)
        for (int x = 0; x < gw; ++x) {
            if (level.at<uchar>(y, x) != 4)
                continue;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int yy = std::clamp(y + dy, 0, gh - 1), xx = std::clamp(x + dx, 0, gw - 1);
                    if (level.at<uchar>(yy, xx) <= 2)
                        out.at<uchar>(y, x) = 3;
                }
        }
    cv::Mat big;
    cv::resize(out, big, cv::Size(gw * kBlock, gh * kBlock), 0, 0, cv::INTER_NEAREST);
    cv::Mat q = big(cv::Rect(0, 0, mask.cols, mask.rows)).clone();
    q.setTo(0, mask == 0);
    return q;
}

} // namespace al::fp::detail
