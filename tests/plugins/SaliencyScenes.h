// SPDX-License-Identifier: MIT
#pragma once

// Synthetic scenes for the saliency tests and benchmark: every image is generated, so each test states
// exactly where the salient object is.

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace al::saliency::test {

/// Dark noisy background with one bright disc.
inline cv::Mat brightBlobScene(cv::Size size, cv::Point centre, int radius, unsigned seed = 7) {
    cv::Mat image(size, CV_8UC3);
    cv::RNG rng(seed);
    rng.fill(image, cv::RNG::NORMAL, cv::Scalar::all(40), cv::Scalar::all(12));
    cv::circle(image, centre, radius, cv::Scalar::all(230), cv::FILLED, cv::LINE_AA);
    return image;
}

/// The centre of grid cell (col, row) in a cols x rows grid laid over `size`.
inline cv::Point gridCentre(cv::Size size, int cols, int rows, int col, int row) {
    return {(2 * col + 1) * size.width / (2 * cols), (2 * row + 1) * size.height / (2 * rows)};
}

/// Discs on a dark background, all `common` except the one in cell `odd`, which is `oddColour`.
inline cv::Mat discScene(cv::Size size, cv::Point odd, cv::Scalar common, cv::Scalar oddColour, int radius,
                         int cols = 5, int rows = 4) {
    cv::Mat image(size, CV_8UC3, cv::Scalar::all(20));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            cv::circle(image, gridCentre(size, cols, rows, c, r), radius,
                       (c == odd.x && r == odd.y) ? oddColour : common, cv::FILLED, cv::LINE_AA);
    return image;
}

inline void drawBar(cv::Mat& image, cv::Point centre, double orientationDeg, cv::Size2f barSize,
                    cv::Scalar colour) {
    // A bar of `orientationDeg` counter-clockwise from horizontal on screen (image y points down).
    const cv::RotatedRect box(cv::Point2f(centre), cv::Size2f(barSize.height, barSize.width),
                              static_cast<float>(-orientationDeg));
    cv::Point2f corners[4];
    box.points(corners);
    cv::Point pts[4];
    for (int i = 0; i < 4; ++i)
        pts[i] = cv::Point(cvRound(corners[i].x), cvRound(corners[i].y));
    cv::fillConvexPoly(image, pts, 4, colour, cv::LINE_AA);
}

/// Bars on a black background; the bar in cell `odd` differs in colour and/or orientation.
inline cv::Mat barScene(cv::Size size, cv::Point odd, cv::Scalar common, double commonDeg,
                        cv::Scalar oddColour, double oddDeg, int cols = 5, int rows = 4) {
    cv::Mat image(size, CV_8UC3, cv::Scalar::all(0));
    const cv::Size2f bar(10.f, 48.f); // width x length
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const bool isOdd = c == odd.x && r == odd.y;
            drawBar(image, gridCentre(size, cols, rows, c, r), isOdd ? oddDeg : commonDeg, bar,
                    isOdd ? oddColour : common);
        }
    return image;
}

/// The argmax of `map` in input pixel coordinates (the map's grid covers the whole input).
inline cv::Point2d peakInInput(const cv::Mat& map, cv::Size input) {
    cv::Point loc;
    cv::minMaxLoc(map, nullptr, nullptr, nullptr, &loc);
    return {(loc.x + 0.5) * input.width / map.cols, (loc.y + 0.5) * input.height / map.rows};
}

inline double distance(cv::Point2d a, cv::Point2d b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

/// max / mean of a non-negative map (0 for an all-zero map).
inline double peakToMean(const cv::Mat& map) {
    double maxValue = 0.0;
    cv::minMaxLoc(map, nullptr, &maxValue);
    const double mean = cv::mean(map)[0];
    return mean > 0.0 ? maxValue / mean : 0.0;
}

} // namespace al::saliency::test
