// SPDX-License-Identifier: MIT
// The side-by-side picture of a match: both prints, their minutiae and a line per paired minutia.
#include "AnalysisDetail.h"

#include "attentionlens/FingerprintMatch.h"

#include <opencv2/imgproc.hpp>

namespace al::fp {

namespace {

cv::Mat toBgr(const cv::Mat& image) {
    cv::Mat gray, bgr;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else
        gray = image;
    gray.convertTo(gray, CV_8U, 0.5, 127.0); // faded, so the markers stand out
    cv::cvtColor(gray, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

void drawMinutiae(cv::Mat& img, const std::vector<Minutia>& m, cv::Point2d offset,
                  const std::vector<bool>& paired) {
    for (size_t i = 0; i < m.size(); ++i) {
        const cv::Point2d p = cv::Point2d(m[i].x, m[i].y) + offset;
        const cv::Scalar colour = paired[i] ? cv::Scalar(40, 160, 40) : cv::Scalar(60, 60, 200);
        cv::circle(img, p, 3, colour, 1, cv::LINE_AA);
        cv::line(img, p, p + cv::Point2d(std::cos(m[i].angle), -std::sin(m[i].angle)) * 8.0, colour, 1,
                 cv::LINE_AA);
    }
}

} // namespace

cv::Mat renderMatch(const cv::Mat& grayA, const std::vector<Minutia>& a, const cv::Mat& grayB,
                    const std::vector<Minutia>& b, const MatchResult& result) {
    if (grayA.empty() || grayB.empty())
        return {};
    const int gap = 8, height = std::max(grayA.rows, grayB.rows);
    cv::Mat canvas(height, grayA.cols + gap + grayB.cols, CV_8UC3, cv::Scalar(255, 255, 255));
    toBgr(grayA).copyTo(canvas(cv::Rect(0, 0, grayA.cols, grayA.rows)));
    toBgr(grayB).copyTo(canvas(cv::Rect(grayA.cols + gap, 0, grayB.cols, grayB.rows)));
    const cv::Point2d offsetB(grayA.cols + gap, 0);
    std::vector<bool> pairedA(a.size()), pairedB(b.size());
    for (const MinutiaPair& p : result.pairs) {
        if (p.a < 0 || p.b < 0 || size_t(p.a) >= a.size() || size_t(p.b) >= b.size())
            continue;
        pairedA[size_t(p.a)] = pairedB[size_t(p.b)] = true;
        const cv::Point2d pa(a[size_t(p.a)].x, a[size_t(p.a)].y),
            pb = cv::Point2d(b[size_t(p.b)].x, b[size_t(p.b)].y);
        cv::line(canvas, pa, pb + offsetB, cv::Scalar(30, 190, 240), 1, cv::LINE_AA);
    }
    drawMinutiae(canvas, a, {0, 0}, pairedA);
    drawMinutiae(canvas, b, offsetB, pairedB);
    return canvas;
}

} // namespace al::fp
