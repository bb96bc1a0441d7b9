// SPDX-License-Identifier: MIT
#include "attentionlens/ClutteredDigits.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <numeric>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace al {
namespace {

constexpr int kDigit = 20;
constexpr int kCrop = 8;
constexpr int kInkThreshold = 64;
constexpr int kMinCropInk = 12;
constexpr int kMaxCropTries = 10;
constexpr int kMaxPlaceTries = 32;
constexpr quint64 kSplitPermSeed = 0xA11E;

std::vector<int> classPermutation(int cls) {
    SplitMix64 rng(kSplitPermSeed + quint64(cls));
    std::vector<int> perm(500);
    std::iota(perm.begin(), perm.end(), 0);
    for (int i = 499; i > 0; --i)
        std::swap(perm[size_t(i)], perm[rng.uniform(quint64(i) + 1)]);
    return perm;
}

std::pair<int, int> splitRange(ClutteredDigits::Split split) {
    switch (split) {
    case ClutteredDigits::Split::Train:
        return {0, 350};
    case ClutteredDigits::Split::Validation:
        return {350, 400};
    case ClutteredDigits::Split::Test:
        break;
    }
    return {400, 500};
}

} // namespace

quint64 SplitMix64::next() {
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString ClutteredDigits::defaultDigitsPath() {
    return QStringLiteral("/usr/share/doc/opencv-doc/examples/data/digits.png");
}

ClutteredDigits::ClutteredDigits(Split split, const QString& digitsPng) : m_split(split) {
    if (QFileInfo(digitsPng).isFile())
        m_sheet = cv::imread(digitsPng.toStdString(), cv::IMREAD_GRAYSCALE);
    if (m_sheet.rows != 1000 || m_sheet.cols != 2000)
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::ClutteredDigits",
                                        "%1 is missing or not OpenCV's 2000x1000 digits sheet; install the "
                                        "Debian package opencv-doc.")
                .arg(digitsPng));
    for (int row = 0; row < 50; ++row)
        for (int col = 0; col < 100; ++col)
            m_digits[size_t((row / 5) * 500 + (row % 5) * 100 + col)] =
                m_sheet(cv::Rect(col * kDigit, row * kDigit, kDigit, kDigit));
    const auto [lo, hi] = splitRange(split);
    for (int c = 0; c < 10; ++c) {
        const std::vector<int> perm = classPermutation(c);
        m_pools[size_t(c)].assign(perm.begin() + lo, perm.begin() + hi);
        for (int k : m_pools[size_t(c)])
            m_flat.emplace_back(c, k);
    }
}

cv::Mat ClutteredDigits::crop(SplitMix64& rng, int targetClass, int targetIndex) const {
    cv::Mat last;
    for (int t = 0; t < kMaxCropTries; ++t) {
        const auto [c, k] = m_flat[rng.uniform(m_flat.size())];
        const int ox = int(rng.uniform(kDigit - kCrop + 1));
        const int oy = int(rng.uniform(kDigit - kCrop + 1));
        if (c == targetClass && k == targetIndex)
            continue;
        last = m_digits[size_t(c * 500 + k)](cv::Rect(ox, oy, kCrop, kCrop));
        if (cv::countNonZero(last > kInkThreshold) >= kMinCropInk)
            return last;
    }
    return last.empty() ? cv::Mat::zeros(kCrop, kCrop, CV_8UC1) : last;
}

// Recipe 2: a clutter crop never overlaps the target's cell (a stroke drawn over the digit can change what
// it is); its position is redrawn up to kMaxPlaceTries times, then the crop is dropped.
std::optional<cv::Point> ClutteredDigits::place(SplitMix64& rng, const cv::Rect& cell) {
    for (int t = 0; t < kMaxPlaceTries; ++t) {
        const int px = int(rng.uniform(kCanvas - kCrop + 1));
        const int py = int(rng.uniform(kCanvas - kCrop + 1));
        if ((cv::Rect(px, py, kCrop, kCrop) & cell).empty())
            return cv::Point(px, py);
    }
    return std::nullopt;
}

DigitSample ClutteredDigits::sample(int index) const {
    if (index < 0)
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::ClutteredDigits",
                                                "Sample index %1 is negative; use an index of 0 or more.")
                        .arg(index));
    SplitMix64 rng((quint64(m_split) << 32) | quint64(quint32(index)));
    DigitSample s;
    s.label = index % 10;
    const std::vector<int>& pool = m_pools[size_t(s.label)];
    const int target = pool[rng.uniform(pool.size())];
    const int x = int(rng.uniform(kCanvas - kDigit + 1));
    const int y = int(rng.uniform(kCanvas - kDigit + 1));
    s.image = cv::Mat::zeros(kCanvas, kCanvas, CV_8UC1);
    const int clutter = 4 + int(rng.uniform(3));
    for (int i = 0; i < clutter; ++i) {
        const cv::Mat piece = crop(rng, s.label, target);
        const std::optional<cv::Point> at = place(rng, cv::Rect(x, y, kDigit, kDigit));
        if (!at)
            continue;
        cv::Mat region = s.image(cv::Rect(at->x, at->y, kCrop, kCrop));
        cv::max(region, piece, region);
    }
    const cv::Mat digit = m_digits[size_t(s.label * 500 + target)];
    cv::Mat region = s.image(cv::Rect(x, y, kDigit, kDigit));
    cv::max(region, digit, region);
    s.box = cv::boundingRect(digit > kInkThreshold) + cv::Point(x, y);
    return s;
}

} // namespace al
