// SPDX-License-Identifier: MIT
// Ground-truth minutiae of the clean master pattern: binarise, thin (Zhang & Suen, CACM 1984), crossing
// number (Arcelli & Baja 1984; Maltoni et al., Handbook ch. 3), direction by tracing the skeleton, then
// clean-up.
#include "GeneratorDetail.h"

#include <opencv2/imgproc.hpp>

namespace al::fp::detail {

namespace {

// The 8 neighbours in cyclic order P2..P9 of Zhang & Suen: N, NE, E, SE, S, SW, W, NW.
constexpr int kDx[8] = {0, 1, 1, 1, 0, -1, -1, -1};
constexpr int kDy[8] = {-1, -1, 0, 1, 1, 1, 0, -1};

bool zhangSuenPass(cv::Mat& img, int step) {
    std::vector<cv::Point> erase;
    for (int y = 1; y < img.rows - 1; ++y)
        for (int x = 1; x < img.cols - 1; ++x) {
            if (!img.at<uchar>(y, x))
                continue;
            uchar p[8];
            int count = 0, transitions = 0;
            for (int i = 0; i < 8; ++i)
                count += p[i] = img.at<uchar>(y + kDy[i], x + kDx[i]);
            for (int i = 0; i < 8; ++i)
                transitions += !p[i] && p[(i + 1) % 8];
            if (count < 2 || count > 6 || transitions != 1)
                continue;
            const bool a = step == 0 ? !(p[0] && p[2] && p[4]) : !(p[0] && p[2] && p[6]);
            const bool b = step == 0 ? !(p[2] && p[4] && p[6]) : !(p[0] && p[4] && p[6]);
            if (a && b)
                erase.emplace_back(x, y);
        }
    for (const cv::Point& q : erase)
        img.at<uchar>(q) = 0;
    return !erase.empty();
}

int neighbourValue(const cv::Mat& skel, int x, int y, int i) {
    const int nx = x + kDx[i], ny = y + kDy[i];
    return nx >= 0 && ny >= 0 && nx < skel.cols && ny < skel.rows ? skel.at<uchar>(ny, nx) : 0;
}

int crossingNumber(const cv::Mat& skel, int x, int y) {
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += std::abs(neighbourValue(skel, x, y, i) - neighbourValue(skel, x, y, (i + 1) % 8));
    return sum / 2;
}

// Follows the skeleton from `start` (a neighbour of `origin`) for up to `length` pixels; returns the end.
cv::Point trace(const cv::Mat& skel, cv::Point origin, cv::Point start, int length,
                std::vector<cv::Point> blocked) {
    blocked.push_back(origin);
    cv::Point current = start;
    for (int n = 1; n < length; ++n) {
        blocked.push_back(current);
        bool moved = false;
        for (int i = 0; i < 8 && !moved; ++i) {
            const cv::Point next(current.x + kDx[i], current.y + kDy[i]);
            if (!neighbourValue(skel, current.x, current.y, i) ||
                std::find(blocked.begin(), blocked.end(), next) != blocked.end())
                continue;
            current = next;
            moved = true;
        }
        if (!moved)
            break;
    }
    return current;
}

// First pixel of each run of set neighbours around (x, y): one per branch leaving the point.
std::vector<cv::Point> branchStarts(const cv::Mat& skel, int x, int y) {
    std::vector<cv::Point> starts;
    for (int i = 0; i < 8; ++i)
        if (neighbourValue(skel, x, y, i) && !neighbourValue(skel, x, y, (i + 7) % 8))
            starts.emplace_back(x + kDx[i], y + kDy[i]);
    return starts;
}

double screenAngle(cv::Point from, cv::Point to) {
    const double a = std::atan2(-double(to.y - from.y), double(to.x - from.x));
    return a < 0 ? a + 2.0 * kPi : a + 0.0; // + 0.0 turns -0 into 0
}

// Direction of a minutia by the conventions of FingerprintTypes.h, or a negative value if undefined.
double minutiaAngle(const cv::Mat& skel, int x, int y, MinutiaType type) {
    constexpr int kTrace = 10;
    const cv::Point p(x, y);
    const std::vector<cv::Point> starts = branchStarts(skel, x, y);
    if (type == MinutiaType::Ending)
        return starts.size() == 1 ? screenAngle(p, trace(skel, p, starts[0], kTrace, {})) : -1.0;
    if (starts.size() != 3)
        return -1.0;
    double dir[3];
    for (int i = 0; i < 3; ++i) {
        std::vector<cv::Point> others;
        for (int j = 0; j < 3; ++j)
            if (j != i)
                others.push_back(starts[j]);
        dir[i] = screenAngle(p, trace(skel, p, starts[i], kTrace, others));
    }
    // The two branches are the pair closest in direction; the valley between them is their bisector.
    int bi = 0, bj = 1;
    double best = 1e9;
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j) {
            double d = std::abs(std::remainder(dir[i] - dir[j], 2.0 * kPi));
            if (d < best)
                best = d, bi = i, bj = j;
        }
    const double mid = dir[bi] + 0.5 * std::remainder(dir[bj] - dir[bi], 2.0 * kPi);
    return std::fmod(mid + 4.0 * kPi, 2.0 * kPi);
}

} // namespace

cv::Mat thinZhangSuen(const cv::Mat& binary) {
    cv::Mat img;
    cv::copyMakeBorder(binary > 0, img, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    img /= 255;
    while (zhangSuenPass(img, 0) | zhangSuenPass(img, 1)) {
    }
    return img(cv::Rect(1, 1, binary.cols, binary.rows)).clone();
}

std::vector<Minutia> extractMasterMinutiae(const cv::Mat& ridges, const cv::Mat& mask, double borderMargin) {
    const cv::Mat skel = thinZhangSuen((ridges > 0.0f) & mask);
    cv::Mat padded, dist;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    cv::distanceTransform(padded, dist, cv::DIST_L2, 3);
    dist = dist(cv::Rect(1, 1, mask.cols, mask.rows));

    std::vector<Minutia> found;
    for (int y = 0; y < skel.rows; ++y)
        for (int x = 0; x < skel.cols; ++x) {
            if (!skel.at<uchar>(y, x) || dist.at<float>(y, x) <= borderMargin)
                continue;
            const int cn = crossingNumber(skel, x, y);
            if (cn != 1 && cn != 3)
                continue;
            const MinutiaType type = cn == 1 ? MinutiaType::Ending : MinutiaType::Bifurcation;
            const double angle = minutiaAngle(skel, x, y, type);
            if (angle >= 0.0)
                found.push_back({double(x), double(y), angle, type, 1.0});
        }
    // A junction of the skeleton can span two or three adjacent pixels with crossing number 3: keep one.
    std::vector<Minutia> merged;
    for (const Minutia& m : found) {
        const bool duplicate = std::any_of(merged.begin(), merged.end(), [&m](const Minutia& k) {
            return k.type == m.type && std::hypot(k.x - m.x, k.y - m.y) < 2.5;
        });
        if (!duplicate)
            merged.push_back(m);
    }
    found.swap(merged);
    // Clean-up: two minutiae this close are thinning artefacts (spurs, tiny holes, broken pixels), not
    // features a sensor would resolve; drop both.
    constexpr double kMinSeparation = 6.0;
    std::vector<bool> drop(found.size(), false);
    for (size_t i = 0; i < found.size(); ++i)
        for (size_t j = i + 1; j < found.size(); ++j)
            if (std::hypot(found[i].x - found[j].x, found[i].y - found[j].y) < kMinSeparation)
                drop[i] = drop[j] = true;
    std::vector<Minutia> kept;
    for (size_t i = 0; i < found.size(); ++i)
        if (!drop[i])
            kept.push_back(found[i]);
    return kept;
}

} // namespace al::fp::detail
