// SPDX-License-Identifier: MIT
// Feature extraction of L. Itti, C. Koch and E. Niebur, "A Model of Saliency-Based Visual Attention for
// Rapid Scene Analysis", IEEE PAMI 20(11):1254-1259, 1998 (section 2 and equations 1-3).
#include "IttiKochInternal.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace al::saliency::itti {
namespace {

// Local maxima below this fraction of M are treated as noise, not as competing peaks; without it the
// many tiny maxima of a noisy background would pull the mean down and promote every map alike.
constexpr float kPeakFloor = 0.1f;

double meanOfOtherMaxima(const cv::Mat& map, float maxValue) {
    cv::Mat dilated;
    cv::dilate(map, dilated, cv::Mat()); // 3 x 3 neighbourhood
    cv::Mat peaks = (map >= dilated) & (map >= kPeakFloor * maxValue);
    // A plateau of equal values is one maximum, not many: count connected groups of peak pixels.
    cv::Mat labels;
    const int count = cv::connectedComponents(peaks, labels, 8, CV_32S);
    if (count <= 2) // background + at most one maximum
        return 0.0;
    std::vector<float> best(count, 0.f);
    for (int y = 0; y < map.rows; ++y) {
        const float* value = map.ptr<float>(y);
        const int* label = labels.ptr<int>(y);
        for (int x = 0; x < map.cols; ++x)
            if (label[x] > 0)
                best[label[x]] = std::max(best[label[x]], value[x]);
    }
    cv::Point globalMax;
    cv::minMaxLoc(map, nullptr, nullptr, nullptr, &globalMax);
    const int globalLabel = labels.at<int>(globalMax);
    double sum = 0.0;
    int others = 0;
    for (int i = 1; i < count; ++i) {
        if (i == globalLabel)
            continue;
        sum += best[i];
        ++others;
    }
    return others > 0 ? sum / others : 0.0;
}

// Even (cosine) and odd (sine) Gabor kernels for a bar orientation in degrees, counter-clockwise from
// horizontal as seen on screen. OpenCV's theta is the direction of the wave vector in image coordinates
// (y down), which is perpendicular to the preferred bar: theta = 90 - orientation.
std::array<cv::Mat, 2> gaborPair(int orientationDeg) {
    const double theta = (90.0 - orientationDeg) * CV_PI / 180.0;
    const cv::Size size(9, 9);
    constexpr double sigma = 2.0, lambda = 5.0, gamma = 0.5;
    cv::Mat even = cv::getGaborKernel(size, sigma, theta, lambda, gamma, 0.0, CV_32F);
    cv::Mat odd = cv::getGaborKernel(size, sigma, theta, lambda, gamma, CV_PI / 2, CV_32F);
    even -= cv::mean(even)[0]; // no response to uniform regions
    return {even, odd};
}

const std::array<std::array<cv::Mat, 2>, 4>& gaborBank() {
    static const std::array<std::array<cv::Mat, 2>, 4> bank = {
        gaborPair(kOrientations[0]), gaborPair(kOrientations[1]), gaborPair(kOrientations[2]),
        gaborPair(kOrientations[3])};
    return bank;
}

cv::Mat gaborEnergy(const cv::Mat& image, const std::array<cv::Mat, 2>& pair) {
    cv::Mat even, odd, energy;
    cv::filter2D(image, even, CV_32F, pair[0], cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT);
    cv::filter2D(image, odd, CV_32F, pair[1], cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT);
    cv::magnitude(even, odd, energy);
    return energy;
}

// Broadly tuned colour channels (paper, section 2): r, g, b are divided by I where I exceeds a tenth of
// its maximum (hue is meaningless in the dark) and are 0 elsewhere; negative channel values are set to 0.
// max(v, 0) without a branch (exact in floating point); compilers emit a compare-and-jump for
// std::max here, which mispredicts on textured images.
inline float positivePart(float v) {
    return 0.5f * (v + std::abs(v));
}

// Largest r + g + b of an 8-bit BGR image.
int maxChannelSum(const cv::Mat& bgr8) {
    int best = 0;
    for (int y = 0; y < bgr8.rows; ++y) {
        const uchar* px = bgr8.ptr<uchar>(y);
        for (int x = 0; x < bgr8.cols; ++x, px += 3)
            best = std::max(best, px[0] + px[1] + px[2]);
    }
    return best;
}

// Returns R - G and B - Y as two float channels, straight from the 8-bit input (no full-size float copy).
cv::Mat opponency(const cv::Mat& bgr8, int sumFloor) {
    cv::Mat out(bgr8.size(), CV_32FC2);
    for (int y = 0; y < bgr8.rows; ++y) {
        const uchar* px = bgr8.ptr<uchar>(y); // B, G, R interleaved
        float* o = out.ptr<float>(y);
        for (int x = 0; x < bgr8.cols; ++x, px += 3, o += 2) {
            const int sum = px[0] + px[1] + px[2];
            // r/I etc. with I = sum/3: one reciprocal instead of three divisions per pixel.
            const float scale = sum > sumFloor ? 3.f / float(sum) : 0.f;
            const float b = px[0] * scale, g = px[1] * scale, r = px[2] * scale;
            const float red = positivePart(r - 0.5f * (g + b));
            const float green = positivePart(g - 0.5f * (r + b));
            const float blue = positivePart(b - 0.5f * (r + g));
            const float yellow = positivePart(0.5f * (r + g) - 0.5f * std::abs(r - g) - b);
            o[0] = red - green;
            o[1] = blue - yellow;
        }
    }
    return out;
}

} // namespace

cv::Mat normalizeN(const cv::Mat& map, float maxValue) {
    CV_Assert(map.type() == CV_32FC1);
    double lo = 0.0, hi = 0.0;
    cv::minMaxLoc(map, &lo, &hi);
    if (!(hi - lo > 1e-6)) // flat (or empty): carries no information
        return cv::Mat::zeros(map.size(), CV_32F);
    cv::Mat scaled;
    map.convertTo(scaled, CV_32F, maxValue / (hi - lo), -lo * maxValue / (hi - lo));
    const double meanOthers = meanOfOtherMaxima(scaled, maxValue);
    const double gain = (maxValue - meanOthers) * (maxValue - meanOthers);
    return scaled * gain;
}

cv::Mat acrossScaleDifference(const cv::Mat& centre, const cv::Mat& surround) {
    cv::Mat upsampled, diff;
    cv::resize(surround, upsampled, centre.size(), 0, 0, cv::INTER_LINEAR);
    cv::absdiff(centre, upsampled, diff);
    return diff;
}

Pyramids buildPyramids(const cv::Mat& bgr8) {
    // Level 0 is only needed for the colour channels, which are read from the 8-bit input directly;
    // level 1 comes from an 8-bit pyrDown (its rounding is below 1/255).
    std::vector<cv::Mat> colour(kLevels);
    cv::Mat half8;
    cv::pyrDown(bgr8, half8);
    half8.convertTo(colour[1], CV_32FC3, 1.0 / 255.0);
    for (int l = 2; l < kLevels; ++l)
        cv::pyrDown(colour[l - 1], colour[l]);

    Pyramids p;
    p.intensity.resize(kLevels);
    p.redGreen.resize(kLevels);
    p.blueYellow.resize(kLevels);
    for (auto& o : p.orientation)
        o.resize(kLevels);
    const cv::Matx13f mean(1.f / 3, 1.f / 3, 1.f / 3);
    for (int l = 1; l < kLevels; ++l)
        cv::transform(colour[l], p.intensity[l], mean);

    // As in the paper, the colour channels are computed at full resolution and then given their own
    // pyramids; filtering r, g, b first would mix red and green into a spurious yellow at coarse levels.
    // Hue is only defined where I exceeds a tenth of its maximum over the image.
    cv::Mat opponent = opponency(bgr8, maxChannelSum(bgr8) / 10);
    const int first = kCentreLevels[0];
    for (int l = 1; l < kLevels; ++l) {
        cv::Mat next;
        cv::pyrDown(opponent, next);
        opponent = next;
        if (l < first)
            continue;
        cv::Mat planes[2];
        cv::split(opponent, planes);
        p.redGreen[l] = planes[0];
        p.blueYellow[l] = planes[1];
        for (size_t o = 0; o < p.orientation.size(); ++o)
            p.orientation[o][l] = gaborEnergy(p.intensity[l], gaborBank()[o]);
    }
    return p;
}

} // namespace al::saliency::itti
