// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// "Cluttered translated digits": the data set the built-in digit models are trained and evaluated on.
/// A bit-exact port of training/data.py (recipe version 2; algorithm in training/README.md), so the app and
/// the tests can make fresh samples with their ground-truth boxes.

#include <QString>
#include <array>
#include <opencv2/core.hpp>
#include <optional>

namespace al {

/// SplitMix64 (Steele, Lea & Flood, OOPSLA 2014); uniform(n) = (next() >> 32) % n, as in training/data.py.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next();
    quint64 uniform(quint64 n) { return (next() >> 32) % n; }

private:
    quint64 m_state;
};

struct DigitSample {
    cv::Mat image; ///< CV_8UC1, 64 x 64
    int label = 0;
    cv::Rect box; ///< tight box of the target digit's ink (> 64), in canvas pixels
};

class ClutteredDigits {
public:
    enum class Split { Train = 1, Validation = 2, Test = 3 };
    static constexpr int kCanvas = 64;
    static constexpr int kRecipeVersion = 2;

    /// The default location of OpenCV's digits.png (Debian package opencv-doc).
    static QString defaultDigitsPath();

    /// Loads the 5000 source digits. Throws Error(BadInput) when the file is missing or not 2000x1000 gray.
    explicit ClutteredDigits(Split split, const QString& digitsPng = defaultDigitsPath());

    /// Sample `index` (>= 0, else Error(BadInput)) of the split: a pure function of (split, index).
    /// Thread-safe (const).
    DigitSample sample(int index) const;

private:
    cv::Mat crop(SplitMix64& rng, int targetClass, int targetIndex) const;
    static std::optional<cv::Point> place(SplitMix64& rng, const cv::Rect& cell);

    Split m_split;
    std::array<cv::Mat, 5000> m_digits;       ///< [class * 500 + k], 20 x 20 views
    std::array<std::vector<int>, 10> m_pools; ///< per class: source indices of this split
    std::vector<std::pair<int, int>> m_flat;  ///< (class, k), class-major
    cv::Mat m_sheet;
};

} // namespace al
