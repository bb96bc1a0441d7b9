// SPDX-License-Identifier: MIT
// Minutiae matching: Hough voting for the alignment, then one-to-one greedy pairing.
#include "AnalysisDetail.h"

#include "attentionlens/FingerprintMatch.h"

#include <QJsonArray>
#include <chrono>

namespace al::fp {

namespace {

using detail::angleDiff;
using detail::kPi;
using detail::wrapAngle;

constexpr int kRotationBins = 36;  // 10 degrees
constexpr double kShiftBin = 12.0; // px

struct Alignment {
    double rotation = 0.0;
    cv::Point2d translation;
};

cv::Point2d rotate(cv::Point2d p, double a) { // counterclockwise on screen (y points down)
    const double c = std::cos(a), s = std::sin(a);
    return {c * p.x + s * p.y, -s * p.x + c * p.y};
}

// The mean alignment of the votes within one bin of `centre` (circular mean for the rotation).
Alignment meanOfVotes(const std::vector<cv::Vec3d>& votes, const Alignment& centre) {
    double c = 0.0, s = 0.0, tx = 0.0, ty = 0.0;
    int n = 0;
    for (const cv::Vec3d& v : votes)
        if (angleDiff(v[0], centre.rotation) <= 2.0 * kPi / kRotationBins &&
            std::fabs(v[1] - centre.translation.x) <= kShiftBin &&
            std::fabs(v[2] - centre.translation.y) <= kShiftBin) {
            c += std::cos(v[0]);
            s += std::sin(v[0]);
            tx += v[1];
            ty += v[2];
            ++n;
        }
    if (n == 0)
        return centre;
    return {wrapAngle(std::atan2(s, c)), {tx / n, ty / n}};
}

// Ratha et al. 1996: every pair (a_i, b_j) proposes the rotation b_j.angle - a_i.angle and the translation
// that puts a_i onto b_j; votes are split over the 2x2x2 neighbouring bins. Returns the best few peaks.
std::vector<Alignment> houghPeaks(const std::vector<Minutia>& a, const std::vector<Minutia>& b,
                                  const MatchOptions& o, int count) {
    double extent = 1.0;
    for (const auto* set : {&a, &b})
        for (const Minutia& m : *set)
            extent = std::max({extent, std::fabs(m.x), std::fabs(m.y)});
    const int shiftBins = int(std::ceil(4.0 * extent / kShiftBin)) + 2;
    const double offset = 2.0 * extent;
    std::vector<float> acc(size_t(kRotationBins) * size_t(shiftBins) * size_t(shiftBins), 0.0f);
    std::vector<cv::Vec3d> votes; // rotation, tx, ty: the peak's alignment is the mean of its own votes
    votes.reserve(a.size() * b.size());
    const auto index = [&](int r, int x, int y) {
        return (size_t((r + kRotationBins) % kRotationBins) * size_t(shiftBins) + size_t(y)) *
                   size_t(shiftBins) +
               size_t(x);
    };
    for (const Minutia& ma : a)
        for (const Minutia& mb : b) {
            if (o.requireSameType && ma.type != mb.type)
                continue;
            const double rot = wrapAngle(mb.angle - ma.angle);
            if (angleDiff(rot, 0.0) > o.maxRotation)
                continue;
            const cv::Point2d t = cv::Point2d(mb.x, mb.y) - rotate({ma.x, ma.y}, rot);
            const double fr = rot / (2.0 * kPi) * kRotationBins - 0.5, fx = (t.x + offset) / kShiftBin - 0.5,
                         fy = (t.y + offset) / kShiftBin - 0.5;
            const int r0 = int(std::floor(fr)), x0 = int(std::floor(fx)), y0 = int(std::floor(fy));
            if (x0 < 0 || y0 < 0 || x0 + 1 >= shiftBins || y0 + 1 >= shiftBins)
                continue;
            votes.emplace_back(rot, t.x, t.y);
            const double wr = fr - r0, wx = fx - x0, wy = fy - y0;
            for (int dr = 0; dr < 2; ++dr)
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx)
                        acc[index(r0 + dr, x0 + dx, y0 + dy)] +=
                            float((dr ? wr : 1 - wr) * (dy ? wy : 1 - wy) * (dx ? wx : 1 - wx));
        }
    std::vector<Alignment> peaks;
    for (int k = 0; k < count; ++k) {
        const auto best = std::max_element(acc.begin(), acc.end());
        if (*best <= 0.0f)
            break;
        const size_t i = size_t(best - acc.begin());
        const int x = int(i % size_t(shiftBins)), y = int(i / size_t(shiftBins) % size_t(shiftBins)),
                  r = int(i / (size_t(shiftBins) * size_t(shiftBins)));
        const Alignment centre{(r + 0.5) * 2.0 * kPi / kRotationBins,
                               {(x + 0.5) * kShiftBin - offset, (y + 0.5) * kShiftBin - offset}};
        peaks.push_back(meanOfVotes(votes, centre));
        for (int dr = -1; dr <= 1; ++dr) // suppress the peak's neighbourhood
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (x + dx >= 0 && y + dy >= 0 && x + dx < shiftBins && y + dy < shiftBins)
                        acc[index(r + dr, x + dx, y + dy)] = 0.0f;
    }
    return peaks;
}

std::vector<MinutiaPair> pairMinutiae(const std::vector<Minutia>& a, const std::vector<Minutia>& b,
                                      const Alignment& al, const MatchOptions& o, double tolScale) {
    struct Cand {
        double cost;
        int i, j;
    };
    std::vector<Cand> cands;
    const double tol = o.distanceTolerance * tolScale;
    for (size_t i = 0; i < a.size(); ++i) {
        const cv::Point2d p = rotate({a[i].x, a[i].y}, al.rotation) + al.translation;
        const double angle = a[i].angle + al.rotation;
        for (size_t j = 0; j < b.size(); ++j) {
            if (o.requireSameType && a[i].type != b[j].type)
                continue;
            const double d = cv::norm(p - cv::Point2d(b[j].x, b[j].y)), da = angleDiff(angle, b[j].angle);
            if (d <= tol && da <= o.angleTolerance * tolScale)
                cands.push_back({d / tol + da / o.angleTolerance, int(i), int(j)});
        }
    }
    std::sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) { return x.cost < y.cost; });
    std::vector<bool> usedA(a.size()), usedB(b.size());
    std::vector<MinutiaPair> pairs;
    for (const Cand& c : cands)
        if (!usedA[size_t(c.i)] && !usedB[size_t(c.j)]) {
            usedA[size_t(c.i)] = usedB[size_t(c.j)] = true;
            pairs.push_back({c.i, c.j});
        }
    return pairs;
}

// Least-squares rigid transform (rotation + translation) of the paired points, angle from the mean of the
// cross-covariance (2-D Procrustes).
Alignment refine(const std::vector<Minutia>& a, const std::vector<Minutia>& b,
                 const std::vector<MinutiaPair>& pairs, const Alignment& fallback) {
    if (pairs.size() < 3)
        return fallback;
    cv::Point2d ca(0, 0), cb(0, 0);
    for (const MinutiaPair& p : pairs) {
        ca += cv::Point2d(a[size_t(p.a)].x, a[size_t(p.a)].y);
        cb += cv::Point2d(b[size_t(p.b)].x, b[size_t(p.b)].y);
    }
    ca /= double(pairs.size());
    cb /= double(pairs.size());
    double sxx = 0.0, sxy = 0.0;
    for (const MinutiaPair& p : pairs) {
        const cv::Point2d u = cv::Point2d(a[size_t(p.a)].x, a[size_t(p.a)].y) - ca;
        const cv::Point2d v = cv::Point2d(b[size_t(p.b)].x, b[size_t(p.b)].y) - cb;
        sxx += u.x * v.x + u.y * v.y;
        sxy += u.y * v.x - u.x * v.y; // sin term for the screen-counterclockwise rotation
    }
    Alignment al;
    al.rotation = wrapAngle(std::atan2(sxy, sxx));
    al.translation = cb - rotate(ca, al.rotation);
    return al;
}

bool inside(const cv::Mat& mask, cv::Point2d p, const cv::Rect2d& box) {
    if (mask.empty())
        return box.contains(p);
    const int x = int(std::lround(p.x)), y = int(std::lround(p.y));
    return x >= 0 && y >= 0 && x < mask.cols && y < mask.rows && mask.at<uchar>(y, x) != 0;
}

cv::Rect2d boundingBox(const std::vector<Minutia>& m, double margin) {
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    for (const Minutia& p : m) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    }
    return {x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin};
}

// paired^2 / (overlapping A * overlapping B), damped below 10 pairs where chance alignments live.
double score(const std::vector<Minutia>& a, const std::vector<Minutia>& b, const Alignment& al, size_t paired,
             const cv::Mat& maskA, const cv::Mat& maskB, double margin) {
    if (paired == 0)
        return 0.0;
    const cv::Rect2d boxA = boundingBox(a, margin), boxB = boundingBox(b, margin);
    size_t na = 0, nb = 0;
    for (const Minutia& m : a)
        na += inside(maskB, rotate({m.x, m.y}, al.rotation) + al.translation, boxB);
    for (const Minutia& m : b)
        nb += inside(maskA, rotate(cv::Point2d(m.x, m.y) - al.translation, -al.rotation), boxA);
    const double n = double(paired);
    const double s = n * n / (std::max(double(na), n) * std::max(double(nb), n));
    return std::clamp(s * std::min(1.0, n / 10.0), 0.0, 1.0);
}

} // namespace

MatchResult matchMinutiae(const std::vector<Minutia>& a, const std::vector<Minutia>& b, const MatchOptions& o,
                          const cv::Mat& maskA, const cv::Mat& maskB) {
    const auto start = std::chrono::steady_clock::now();
    MatchResult best;
    if (!a.empty() && !b.empty()) {
        for (const Alignment& peak : houghPeaks(a, b, o, 6)) {
            // The peak is only as exact as its bin: refine it twice by least squares on the pairs it gives.
            std::vector<MinutiaPair> pairs = pairMinutiae(a, b, peak, o, 1.5);
            Alignment al = refine(a, b, pairs, peak);
            pairs = pairMinutiae(a, b, al, o, 1.0);
            al = refine(a, b, pairs, al);
            pairs = pairMinutiae(a, b, al, o, 1.0);
            const double s = score(a, b, al, pairs.size(), maskA, maskB, o.distanceTolerance);
            if (s > best.score || (best.pairs.empty() && !pairs.empty())) {
                best.score = s;
                best.pairs = std::move(pairs);
                best.rotation = al.rotation > kPi ? al.rotation - 2.0 * kPi : al.rotation;
                best.translation = al.translation;
            }
        }
    }
    best.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return best;
}

cv::Point2d transformPoint(const MatchResult& result, cv::Point2d p) {
    return rotate(p, result.rotation) + result.translation;
}

QJsonObject matchToJson(const MatchResult& result, int countA, int countB) {
    QJsonArray pairs;
    for (const MinutiaPair& p : result.pairs)
        pairs.append(QJsonObject{{QStringLiteral("a"), p.a}, {QStringLiteral("b"), p.b}});
    return QJsonObject{
        {QStringLiteral("score"), result.score},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("pairedCount"), int(result.pairs.size())},
        {QStringLiteral("minutiaeA"), countA},
        {QStringLiteral("minutiaeB"), countB},
        {QStringLiteral("rotationDegrees"), result.rotation * 180.0 / kPi},
        {QStringLiteral("translation"), QJsonObject{{QStringLiteral("x"), result.translation.x},
                                                    {QStringLiteral("y"), result.translation.y}}},
        {QStringLiteral("ms"), result.ms},
    };
}

} // namespace al::fp
