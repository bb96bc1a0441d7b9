// SPDX-License-Identifier: MIT
#include "attentionlens/Heatmap.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgproc.hpp>
#include <utility>
#include <vector>

namespace al {

namespace {

// Runs an OpenCV-using body and turns any cv::Exception into an al::Error naming the operation.
template <typename Fn> auto guarded(const char* operation, Fn&& fn) -> decltype(fn()) {
    try {
        return fn();
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal,
                    QCoreApplication::translate("al::Heatmap", "Rendering failed in %1: %2")
                        .arg(QLatin1String(operation), QString::fromStdString(e.what())));
    }
}

void checkFloatMap(const cv::Mat& map, const QString& name) {
    if (map.empty() || map.type() != CV_32FC1) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::Heatmap",
                        "Map '%1' cannot be displayed: expected a non-empty single-channel 32-bit "
                        "float matrix, got %2.")
                        .arg(name, map.empty() ? QCoreApplication::translate("al::Heatmap", "an empty matrix")
                                               : QString::fromStdString(cv::typeToString(map.type()))));
    }
}

void checkOptions(const RenderOptions& o) {
    if (o.normalization == Normalization::Percentile &&
        !(o.percentileLow >= 0.0 && o.percentileLow < o.percentileHigh && o.percentileHigh <= 100.0)) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::Heatmap", "Percentile range [%1, %2] is invalid: choose "
                                                               "0 <= low < high <= 100.")
                        .arg(o.percentileLow)
                        .arg(o.percentileHigh));
    }
    if (o.normalization == Normalization::Fixed && !(o.fixedMin < o.fixedMax)) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::Heatmap",
                        "Fixed range [%1, %2] is invalid: the maximum must be greater than the "
                        "minimum.")
                        .arg(o.fixedMin)
                        .arg(o.fixedMax));
    }
}

struct Range {
    float lo = 0.f;
    float hi = 0.f;
};

// Finite values pass |v| <= FLT_MAX; NaN fails every comparison and Inf is too large.
Range finiteMinMax(const cv::Mat& map) {
    constexpr float big = std::numeric_limits<float>::max();
    float lo = big;
    float hi = -big;
    for (int y = 0; y < map.rows; ++y) {
        const float* p = map.ptr<float>(y);
        int x = 0;
#if CV_SIMD128
        const cv::v_float32x4 vbig = cv::v_setall_f32(big), vsmall = cv::v_setall_f32(-big);
        cv::v_float32x4 vlo = vbig, vhi = vsmall;
        for (; x + 4 <= map.cols; x += 4) {
            const cv::v_float32x4 v = cv::v_load(p + x);
            const cv::v_float32x4 finite = cv::v_abs(v) <= vbig;
            vlo = cv::v_min(vlo, cv::v_select(finite, v, vbig));
            vhi = cv::v_max(vhi, cv::v_select(finite, v, vsmall));
        }
        lo = std::min(lo, cv::v_reduce_min(vlo));
        hi = std::max(hi, cv::v_reduce_max(vhi));
#endif
        for (; x < map.cols; ++x) {
            if (std::abs(p[x]) <= big) {
                lo = std::min(lo, p[x]);
                hi = std::max(hi, p[x]);
            }
        }
    }
    return lo <= hi ? Range{lo, hi} : Range{};
}

// Order-preserving unsigned key of a float (sign-magnitude to two's-complement order).
std::uint32_t orderKey(std::uint32_t bits) {
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}
bool finiteBits(std::uint32_t bits) {
    return (bits & 0x7F800000u) != 0x7F800000u;
}

// Values at given ranks (0-based, ascending) among the finite values, exactly and without sorting: a
// histogram of the top 16 bits of each value's order key locates the bucket holding each rank, then
// nth_element runs on that bucket's members only. Two streaming passes, no min/max pass needed.
class RankFinder {
public:
    explicit RankFinder(const cv::Mat& map) : m_map(map), m_cumulative(kBuckets + 1, 0) {
        forEachFinite([this](std::uint32_t key, float) { ++m_cumulative[(key >> 16) + 1]; });
        for (std::size_t b = 0; b < kBuckets; ++b)
            m_cumulative[b + 1] += m_cumulative[b];
    }

    std::size_t count() const { return m_cumulative[kBuckets]; }

    std::vector<float> at(const std::vector<std::size_t>& ks) const {
        std::vector<std::uint32_t> buckets;
        for (std::size_t k : ks) {
            const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), k);
            buckets.push_back(static_cast<std::uint32_t>(it - m_cumulative.begin()) - 1);
        }
        std::vector<std::vector<float>> members(ks.size());
        forEachFinite([&](std::uint32_t key, float v) {
            for (std::size_t i = 0; i < buckets.size(); ++i) {
                if (buckets[i] == key >> 16) { // ranks in the same bucket share the first one's list
                    members[i].push_back(v);
                    break;
                }
            }
        });
        std::vector<float> out;
        for (std::size_t i = 0; i < ks.size(); ++i) {
            const auto first = std::find(buckets.begin(), buckets.end(), buckets[i]) - buckets.begin();
            std::vector<float>& values = members[static_cast<std::size_t>(first)];
            const auto nth = values.begin() + static_cast<std::ptrdiff_t>(ks[i] - m_cumulative[buckets[i]]);
            std::nth_element(values.begin(), nth, values.end());
            out.push_back(*nth);
        }
        return out;
    }

private:
    static constexpr std::size_t kBuckets = 65536;

    template <typename Fn> void forEachFinite(Fn&& fn) const {
        for (int y = 0; y < m_map.rows; ++y) {
            const float* p = m_map.ptr<float>(y);
            for (int x = 0; x < m_map.cols; ++x) {
                std::uint32_t bits;
                std::memcpy(&bits, p + x, sizeof bits);
                if (finiteBits(bits))
                    fn(orderKey(bits), p[x]);
            }
        }
    }

    const cv::Mat& m_map;
    std::vector<std::uint32_t> m_cumulative; // 256 KiB: stays in L2
};

// Percentiles with linear interpolation between order statistics (the usual "linear" definition, as in
// NumPy's default), in O(n).
Range percentileRange(const cv::Mat& map, double pLow, double pHigh) {
    const RankFinder ranks(map);
    if (ranks.count() == 0)
        return {};
    const double last = static_cast<double>(ranks.count() - 1);
    // Each percentile needs ranks k and k+1 (for the interpolation between them).
    std::array<double, 2> rank{pLow / 100.0 * last, pHigh / 100.0 * last};
    std::vector<std::size_t> ks;
    for (double r : rank) {
        const auto k = static_cast<std::size_t>(std::floor(r));
        ks.push_back(k);
        ks.push_back(std::min(k + 1, ranks.count() - 1));
    }
    const std::vector<float> v = ranks.at(ks);
    auto interpolate = [&](int i) {
        const double frac = rank[i] - std::floor(rank[i]);
        return static_cast<float>(v[2 * i] + frac * (static_cast<double>(v[2 * i + 1]) - v[2 * i]));
    };
    return {interpolate(0), interpolate(1)};
}

Range normalisationRange(const cv::Mat& map, const RenderOptions& o) {
    switch (o.normalization) {
    case Normalization::Percentile:
        return percentileRange(map, o.percentileLow, o.percentileHigh);
    case Normalization::Fixed:
        return {static_cast<float>(o.fixedMin), static_cast<float>(o.fixedMax)};
    case Normalization::MinMax:
        break;
    }
    return finiteMinMax(map);
}

// (v - lo) / (hi - lo) clamped to [0,1]; NaN/Inf count as the minimum. A degenerate range (hi <= lo) maps
// values above it to 1 and the rest to 0, so a constant map becomes all zeros.
void normalizeRow(const float* src, float* dst, int n, Range r) {
    constexpr float big = std::numeric_limits<float>::max();
    const float range = r.hi - r.lo;
    int x = 0;
#if CV_SIMD128
    if (range > 0.f) {
        const cv::v_float32x4 lo = cv::v_setall_f32(r.lo), width = cv::v_setall_f32(range);
        const cv::v_float32x4 zero = cv::v_setzero_f32(), one = cv::v_setall_f32(1.f);
        const cv::v_float32x4 vbig = cv::v_setall_f32(big);
        for (; x + 4 <= n; x += 4) {
            const cv::v_float32x4 v = cv::v_load(src + x);
            const cv::v_float32x4 t = cv::v_min(cv::v_max((v - lo) / width, zero), one);
            cv::v_store(dst + x, cv::v_select(cv::v_abs(v) <= vbig, t, zero));
        }
    }
#endif
    for (; x < n; ++x) {
        const float v = src[x];
        float t = 0.f;
        if (std::abs(v) <= big)
            t = range > 0.f ? (v - r.lo) / range : (v > r.lo ? 1.f : 0.f);
        dst[x] = std::clamp(t, 0.f, 1.f);
    }
}

// Output pixels whose centres lie inside `region`, clipped to the output.
cv::Rect destinationRect(const cv::Rect2d& region, cv::Size size) {
    // Clamped first: a plugin's absurd region must not overflow the int conversion.
    // An edge that overflowed to +-Inf lies beyond that side of the output; NaN places nothing.
    auto edge = [](double v, int limit) {
        return static_cast<int>(std::ceil(std::clamp(v - 0.5, -1.0, static_cast<double>(limit) + 1.0)));
    };
    const cv::Point2d farEdge(region.x + region.width, region.y + region.height);
    // An infinite extent has no finite cells to sample, so it places nothing either.
    if (std::isnan(region.x) || std::isnan(region.y) || std::isnan(farEdge.x) || std::isnan(farEdge.y) ||
        !std::isfinite(region.width) || !std::isfinite(region.height))
        return {};
    const int left = edge(region.x, size.width), top = edge(region.y, size.height);
    const int right = edge(farEdge.x, size.width), bottom = edge(farEdge.y, size.height);
    // Not cv::Rect(Point, Point): that swaps reversed corners instead of giving an empty rect.
    if (right <= left || bottom <= top)
        return {};
    return cv::Rect(left, top, right - left, bottom - top) & cv::Rect(cv::Point(0, 0), size);
}

// Resamples `src` into `dst` (a header over `rect` of the output) so that src covers `region` exactly,
// with pixel centres at +0.5. `dst` must already have rect's size and src's type: it is written in place.
void resampleInto(const cv::Mat& src, cv::Mat& dst, const cv::Rect& rect, const cv::Rect2d& region,
                  Upsampling mode) {
    const bool integral = region.x == std::floor(region.x) && region.y == std::floor(region.y) &&
                          region.width == std::floor(region.width) &&
                          region.height == std::floor(region.height);
    if (integral && cv::Rect2d(rect) == region) {
        // The common case (whole image): resize's half-pixel convention matches exactly, and it is faster.
        cv::resize(src, dst, dst.size(), 0, 0,
                   mode == Upsampling::Nearest ? cv::INTER_NEAREST_EXACT : cv::INTER_LINEAR);
        return;
    }
    const double sx = src.cols / region.width;
    const double sy = src.rows / region.height;
    const cv::Matx23d toSource(sx, 0.0, (rect.x + 0.5 - region.x) * sx - 0.5, //
                               0.0, sy, (rect.y + 0.5 - region.y) * sy - 0.5);
    cv::warpAffine(src, dst, toSource, dst.size(),
                   (mode == Upsampling::Nearest ? cv::INTER_NEAREST : cv::INTER_LINEAR) |
                       cv::WARP_INVERSE_MAP,
                   cv::BORDER_REPLICATE);
}

// The map normalised and quantised to 8 bits at its own resolution, then upsampled over `rect`.
struct PlacedMap {
    cv::Mat q; ///< CV_8UC1 of rect's size
    cv::Rect rect;
};

PlacedMap placeMap(const AttentionMap& map, cv::Size size, const RenderOptions& options) {
    checkFloatMap(map.data, map.name);
    const cv::Mat norm = normalizeMap(map.data, options);
    const cv::Rect2d region = map.inputRegion(size);
    PlacedMap placed;
    placed.rect = destinationRect(region, size);
    if (placed.rect.empty())
        return placed;
    cv::Mat small;
    norm.convertTo(small, CV_8U, 255.0);
    placed.q.create(placed.rect.size(), CV_8UC1);
    resampleInto(small, placed.q, placed.rect, region, options.upsampling);
    return placed;
}

// Smallest quantised value that the threshold keeps visible.
int thresholdLevel(const RenderOptions& o) {
    return std::clamp(static_cast<int>(std::ceil(o.thresholdValue * 255.0 - 1e-6)), 0, 255);
}

// out = image - round(image * a / 256) + round(colour * a / 256) with the map's alpha a in 0..256: alpha 0
// gives the image and alpha 256 the colour exactly, anything between is within 1 of the exact blend. The
// colour term depends only on the level, so it is a table; 4-byte entries let one copy move a pixel.
struct BlendTable {
    std::array<std::array<uchar, 4>, 256> colour{};
    std::uint16_t alpha = 0;
    int level = 0; ///< levels below this are hidden by the threshold (show the image)
};

BlendTable blendTable(const RenderOptions& o) {
    const cv::Vec3b* lut = colormapLut(o.colormap).ptr<cv::Vec3b>();
    BlendTable table;
    table.alpha = static_cast<std::uint16_t>(std::lround(std::clamp(o.alpha, 0.0, 1.0) * 256.0));
    table.level = o.threshold ? thresholdLevel(o) : 0;
    for (int q = 0; q < 256; ++q) {
        for (int c = 0; c < 3; ++c)
            table.colour[q][c] = static_cast<uchar>((lut[q][c] * table.alpha + 128) >> 8);
    }
    return table;
}

// Gather (scalar: one 4-byte copy per pixel from an L1-resident table; the fourth byte is overwritten by the
// next pixel) then blend (SIMD, 16 bytes at a time): only the gather needs per-pixel indexing.
void blendSpan(const uchar* src, const uchar* q, int n, const BlendTable& t, uchar* colour, uchar* dst) {
    for (int x = 0; x < n; ++x)
        std::memcpy(colour + 3 * x, t.colour[q[x]].data(), 4);
    const int len = 3 * n;
    int i = 0;
#if CV_SIMD128
    const cv::v_uint16x8 alpha = cv::v_setall_u16(t.alpha), half = cv::v_setall_u16(128);
    for (; i + 16 <= len; i += 16) {
        const cv::v_uint8x16 s = cv::v_load(src + i);
        cv::v_uint16x8 s0, s1;
        cv::v_expand(s, s0, s1);
        // s * a + 128 <= 255 * 256 + 128 fits 16 bits, and round(s * a / 256) <= s, so nothing wraps.
        const cv::v_uint16x8 t0 = cv::v_shr<8>(cv::v_add_wrap(cv::v_mul_wrap(s0, alpha), half));
        const cv::v_uint16x8 t1 = cv::v_shr<8>(cv::v_add_wrap(cv::v_mul_wrap(s1, alpha), half));
        const cv::v_uint8x16 kept = cv::v_sub_wrap(s, cv::v_pack(t0, t1));
        cv::v_store(dst + i, kept + cv::v_load(colour + i)); // saturating add
    }
#endif
    for (; i < len; ++i) {
        const int kept = src[i] - ((src[i] * t.alpha + 128) >> 8);
        dst[i] = static_cast<uchar>(std::min(255, kept + colour[i]));
    }
}

// One row of the region: with a threshold, runs of hidden levels are copied from the image and only the
// visible runs are blended (upsampled maps have long runs).
void blendRow(const uchar* src, const uchar* q, int n, const BlendTable& t, uchar* colour, uchar* dst) {
    if (t.level == 0) {
        blendSpan(src, q, n, t, colour, dst);
        return;
    }
    for (int x = 0; x < n;) {
        const int start = x;
        const bool visible = q[x] >= t.level;
        while (x < n && (q[x] >= t.level) == visible)
            ++x;
        const std::size_t offset = static_cast<std::size_t>(start) * 3;
        if (visible)
            blendSpan(src + offset, q + start, x - start, t, colour, dst + offset);
        else
            std::memcpy(dst + offset, src + offset, static_cast<std::size_t>(x - start) * 3);
    }
}

// The hot path: per row, copy what lies outside the map and blend the rest; no full-size temporaries.
void blendInto(const cv::Mat& image, const PlacedMap& placed, const RenderOptions& o, cv::Mat& out) {
    const BlendTable table = blendTable(o);
    const cv::Rect& r = placed.rect;
    const std::size_t rowBytes = static_cast<std::size_t>(image.cols) * 3;
    std::vector<uchar> colour(static_cast<std::size_t>(r.width + 1) * 3); // +1: the last 4-byte copy
    for (int y = 0; y < image.rows; ++y) {
        const uchar* src = image.ptr<uchar>(y);
        uchar* dst = out.ptr<uchar>(y);
        if (y < r.y || y >= r.y + r.height || table.alpha == 0) {
            std::memcpy(dst, src, rowBytes);
            continue;
        }
        const std::size_t head = static_cast<std::size_t>(r.x) * 3;
        const std::size_t tail = static_cast<std::size_t>(r.x + r.width) * 3;
        std::memcpy(dst, src, head);
        std::memcpy(dst + tail, src + tail, rowBytes - tail);
        blendRow(src + head, placed.q.ptr<uchar>(y - r.y), r.width, table, colour.data(), dst + head);
    }
}

bool onSameEdge(const cv::Point& a, const cv::Point& b, cv::Size size) {
    return (a.x == 0 && b.x == 0) || (a.y == 0 && b.y == 0) ||
           (a.x == size.width - 1 && b.x == size.width - 1) ||
           (a.y == size.height - 1 && b.y == size.height - 1);
}

// Draws the iso-line at the threshold: a white 2 px line over a dark 4 px outline, readable on any map.
// Contour runs along the map's border are not iso-lines (the map just ends there) and are skipped.
void drawIsoLine(const PlacedMap& placed, const RenderOptions& o, cv::Mat& out) {
    // Reused per thread: a fresh 2 MB buffer per frame costs more in page faults than the compare itself.
    thread_local cv::Mat binary;
    cv::compare(placed.q, thresholdLevel(o), binary, cv::CMP_GE);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(binary, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    // Thick lines cost per vertex (each joint gets a round cap), so the pixel staircase is simplified first.
    std::vector<std::vector<cv::Point>> loops, runs;
    auto simplified = [](const std::vector<cv::Point>& points, bool closed) {
        std::vector<cv::Point> out;
        cv::approxPolyDP(points, out, 0.8, closed);
        return out;
    };
    for (const auto& contour : contours) {
        std::vector<cv::Point> run;
        bool touchesEdge = false;
        const std::size_t n = contour.size();
        for (std::size_t i = 0; i < n; ++i) {
            const cv::Point& a = contour[i];
            const cv::Point& b = contour[(i + 1) % n];
            if (onSameEdge(a, b, binary.size())) {
                touchesEdge = true;
                if (run.size() > 1)
                    runs.push_back(simplified(run, false));
                run.clear();
                continue;
            }
            if (run.empty())
                run.push_back(a);
            run.push_back(b);
        }
        if (!touchesEdge)
            loops.push_back(simplified(contour, true));
        else if (run.size() > 1)
            runs.push_back(simplified(run, false));
    }
    cv::Mat roi = out(placed.rect);
    for (const auto& [colour, thickness] :
         {std::pair{cv::Scalar(32, 32, 32), 4}, {cv::Scalar::all(255), 2}}) {
        cv::polylines(roi, loops, true, colour, thickness, cv::LINE_AA);
        cv::polylines(roi, runs, false, colour, thickness, cv::LINE_AA);
    }
}

cv::Mat composeOver(const cv::Mat& imageBgr, const AttentionMap& map, const RenderOptions& options) {
    checkOptions(options);
    const PlacedMap placed = placeMap(map, imageBgr.size(), options);
    cv::Mat out(imageBgr.size(), CV_8UC3);
    blendInto(imageBgr, placed, options, out);
    if (options.contour && !placed.rect.empty())
        drawIsoLine(placed, options, out);
    return out;
}

cv::Mat checkedImage(const cv::Mat& image) {
    if (image.empty() || image.type() != CV_8UC3) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate(
                "al::Heatmap", "Cannot draw over an image of type %1: expected a non-empty 8-bit BGR image.")
                .arg(image.empty() ? QCoreApplication::translate("al::Heatmap", "(empty)")
                                   : QString::fromStdString(cv::typeToString(image.type()))));
    }
    return image;
}

} // namespace

cv::Mat normalizeMap(const cv::Mat& map, const RenderOptions& options) {
    checkFloatMap(map, QCoreApplication::translate("al::Heatmap", "(unnamed)"));
    checkOptions(options);
    const Range r = normalisationRange(map, options);
    cv::Mat out(map.size(), CV_32FC1);
    for (int y = 0; y < map.rows; ++y)
        normalizeRow(map.ptr<float>(y), out.ptr<float>(y), map.cols, r);
    return out;
}

cv::Mat upsampleMap(const cv::Mat& map01, cv::Size size, const cv::Rect2d& region, Upsampling mode) {
    checkFloatMap(map01, QCoreApplication::translate("al::Heatmap", "(unnamed)"));
    if (size.width <= 0 || size.height <= 0)
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::Heatmap", "Cannot upsample a map to an empty size (%1 x %2).")
                .arg(size.width)
                .arg(size.height));
    return guarded("upsampleMap", [&] {
        const cv::Rect2d r =
            region.width > 0 && region.height > 0 ? region : cv::Rect2d(0, 0, size.width, size.height);
        cv::Mat out = cv::Mat::zeros(size, CV_32FC1);
        const cv::Rect rect = destinationRect(r, size);
        if (!rect.empty()) {
            cv::Mat roi = out(rect);
            resampleInto(map01, roi, rect, r, mode);
        }
        return out;
    });
}

cv::Mat renderOverlay(const cv::Mat& imageBgr, const AttentionMap& map, const RenderOptions& options) {
    const cv::Mat image = checkedImage(imageBgr);
    return guarded("renderOverlay", [&] { return composeOver(image, map, options); });
}

cv::Mat renderMap(const AttentionMap& map, cv::Size size, const RenderOptions& options) {
    if (size.width <= 0 || size.height <= 0)
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::Heatmap", "Cannot render map '%1' at an empty size (%2 x %3).")
                .arg(map.name)
                .arg(size.width)
                .arg(size.height));
    return guarded("renderMap", [&] {
        // The map alone is the map fully opaque over black; the threshold then shows black.
        RenderOptions opaque = options;
        opaque.alpha = 1.0;
        return composeOver(cv::Mat::zeros(size, CV_8UC3), map, opaque);
    });
}

cv::Mat renderView(const cv::Mat& imageBgr, const AttentionMap* map, ViewMode mode,
                   const RenderOptions& options) {
    const cv::Mat image = checkedImage(imageBgr);
    return guarded("renderView", [&]() -> cv::Mat {
        // Without a map every mode still yields an image of the size that mode promises.
        switch (mode) {
        case ViewMode::Original:
            return image.clone();
        case ViewMode::Overlay:
            return map ? composeOver(image, *map, options) : image.clone();
        case ViewMode::MapOnly:
            return map ? renderMap(*map, image.size(), options)
                       : cv::Mat(cv::Mat::zeros(image.size(), CV_8UC3));
        case ViewMode::SideBySide:
            break;
        }
        cv::Mat both;
        cv::hconcat(image, map ? composeOver(image, *map, options) : image, both);
        return both;
    });
}

std::optional<float> sampleMapAt(const AttentionMap& map, cv::Size inputSize, cv::Point2d inputPoint) {
    if (map.data.empty() || map.data.type() != CV_32FC1)
        return std::nullopt;
    const cv::Rect2d r = map.inputRegion(inputSize);
    if (r.width <= 0.0 || r.height <= 0.0)
        return std::nullopt;
    // The point is continuous (pixel i spans [i, i+1)); the renderer samples pixel centres the same way.
    const double u = (inputPoint.x - r.x) / r.width * map.data.cols;
    const double v = (inputPoint.y - r.y) / r.height * map.data.rows;
    if (!(u >= 0.0 && u < map.data.cols && v >= 0.0 && v < map.data.rows))
        return std::nullopt;
    return map.data.at<float>(static_cast<int>(v), static_cast<int>(u));
}

} // namespace al
