// SPDX-License-Identifier: MIT
// Minutiae by the crossing number on the skeleton (Rutovitz 1966; Mehtre 1993), traced along their ridges for
// the direction and for the clean-up of spurs, short islands, bridges, broken ridges, border and low quality.
#include "AnalysisDetail.h"

#include <array>
#include <opencv2/imgproc.hpp>
#include <optional>

namespace al::fp::detail {

namespace {

bool on(const cv::Mat& s, int x, int y) {
    return x >= 0 && y >= 0 && x < s.cols && y < s.rows && s.at<uchar>(y, x) != 0;
}

// Crossing number: half the number of 0/1 changes around the 8-neighbourhood = number of ridge branches.
int crossingNumber(const cv::Mat& s, int x, int y) {
    int n = 0;
    for (int i = 0; i < 8; ++i) {
        const bool a = on(s, x + kDx[size_t(i)], y + kDy[size_t(i)]);
        const bool b = on(s, x + kDx[size_t((i + 1) % 8)], y + kDy[size_t((i + 1) % 8)]);
        n += !a && b;
    }
    return n;
}

enum class Stop { End, Junction, Limit };

struct Trace {
    cv::Point end;
    int length = 0;
    Stop stop = Stop::Limit;
    cv::Point dirPoint; ///< the pixel kDirLength steps along (or the end of a shorter trace)
};

constexpr int kDirLength = 9;

bool contains(const std::vector<cv::Point>& v, cv::Point p) {
    return std::find(v.begin(), v.end(), p) != v.end();
}

// Follows a skeleton ridge from `first`, never returning to `blocked` pixels, until it ends, meets a junction
// (a pixel with crossing number >= 3 that is not blocked) or reaches maxLength steps.
Trace traceRidge(const cv::Mat& skel, const cv::Mat& cn, cv::Point first, std::vector<cv::Point> visited,
                 int maxLength) {
    Trace t;
    cv::Point cur = first;
    visited.push_back(first);
    t.length = 1;
    t.dirPoint = first;
    while (true) {
        if (t.length <= kDirLength)
            t.dirPoint = cur;
        if (cn.at<uchar>(cur) >= 3 && t.length > 1) {
            t.stop = Stop::Junction;
            break;
        }
        if (t.length >= maxLength) {
            t.stop = Stop::Limit;
            break;
        }
        std::array<bool, 8> cand{};
        int count = 0, pick = -1;
        for (int i = 0; i < 8; ++i) {
            const cv::Point q(cur.x + kDx[size_t(i)], cur.y + kDy[size_t(i)]);
            cand[size_t(i)] = on(skel, q.x, q.y) && !contains(visited, q);
            if (cand[size_t(i)]) {
                ++count;
                if (pick < 0 || (i % 2 == 0 && pick % 2 == 1))
                    pick = i; // prefer the 4-connected step on a staircase
            }
        }
        if (count == 0) {
            t.stop = Stop::End;
            break;
        }
        int runs = 0;
        for (int i = 0; i < 8; ++i)
            runs += !cand[size_t(i)] && cand[size_t((i + 1) % 8)];
        if (runs > 1) {
            t.stop = Stop::Junction;
            break;
        }
        for (int i = 0; i < 8; ++i)
            if (cand[size_t(i)])
                visited.emplace_back(cur.x + kDx[size_t(i)], cur.y + kDy[size_t(i)]);
        cur = cv::Point(cur.x + kDx[size_t(pick)], cur.y + kDy[size_t(pick)]);
        ++t.length;
    }
    t.end = cur;
    return t;
}

struct Candidate {
    Minutia m;
    cv::Point px;
    std::vector<Trace> traces;
    bool removed = false;
};

double snapToOrientation(double traced, const cv::Mat& theta, cv::Point p) {
    const double t = theta.at<float>(p);
    const double a = angleDiff(traced, t) <= angleDiff(traced, t + kPi) ? t : t + kPi;
    return angleDiff(a, traced) < kPi / 4 ? wrapAngle(a) : wrapAngle(traced);
}

double tracedAngle(cv::Point from, cv::Point to) {
    return directionAngle(to.x - from.x, to.y - from.y);
}

// The junction cluster containing `seed` (8-connected pixels with crossing number >= 3).
std::vector<cv::Point> junctionCluster(const cv::Mat& cn, cv::Mat& done, cv::Point seed) {
    std::vector<cv::Point> cluster{seed};
    done.at<uchar>(seed) = 1;
    for (size_t i = 0; i < cluster.size(); ++i)
        for (int k = 0; k < 8; ++k) {
            const cv::Point q(cluster[i].x + kDx[size_t(k)], cluster[i].y + kDy[size_t(k)]);
            if (q.x >= 0 && q.y >= 0 && q.x < cn.cols && q.y < cn.rows && cn.at<uchar>(q) >= 3 &&
                !done.at<uchar>(q)) {
                done.at<uchar>(q) = 1;
                cluster.push_back(q);
            }
        }
    return cluster;
}

// Branch start pixels around a cluster: its skeleton neighbours, 4-connected groups merged into one branch
// (two branches of a sharp fork may touch diagonally, so diagonal contact does not merge).
std::vector<cv::Point> branchStarts(const cv::Mat& skel, const std::vector<cv::Point>& cluster) {
    std::vector<cv::Point> starts;
    for (const cv::Point& c : cluster)
        for (int k = 0; k < 8; ++k) {
            const cv::Point q(c.x + kDx[size_t(k)], c.y + kDy[size_t(k)]);
            if (on(skel, q.x, q.y) && !contains(cluster, q) && !contains(starts, q))
                starts.push_back(q);
        }
    std::vector<int> group(starts.size(), -1);
    std::vector<cv::Point> branches;
    for (size_t i = 0; i < starts.size(); ++i) {
        if (group[i] >= 0)
            continue;
        group[i] = int(branches.size());
        branches.push_back(starts[i]);
        std::vector<size_t> stack{i};
        while (!stack.empty()) {
            const size_t j = stack.back();
            stack.pop_back();
            for (size_t k = 0; k < starts.size(); ++k)
                if (group[k] < 0 &&
                    std::abs(starts[k].x - starts[j].x) + std::abs(starts[k].y - starts[j].y) == 1) {
                    group[k] = group[i];
                    stack.push_back(k);
                }
        }
    }
    return branches;
}

Candidate endingCandidate(const cv::Mat& skel, const cv::Mat& cn, const cv::Mat& theta, cv::Point p,
                          int maxLen) {
    Candidate c;
    c.px = p;
    for (int k = 0; k < 8; ++k) {
        const cv::Point q(p.x + kDx[size_t(k)], p.y + kDy[size_t(k)]);
        if (on(skel, q.x, q.y)) {
            c.traces.push_back(traceRidge(skel, cn, q, {p}, maxLen));
            break;
        }
    }
    c.m.type = MinutiaType::Ending;
    c.m.angle = snapToOrientation(tracedAngle(p, c.traces.front().dirPoint), theta, p);
    return c;
}

// A junction cluster with exactly three branches; nullopt for crossings and blobs.
std::optional<Candidate> bifurcationCandidate(const cv::Mat& skel, const cv::Mat& cn, const cv::Mat& theta,
                                              const std::vector<cv::Point>& cluster, int maxLen) {
    const std::vector<cv::Point> starts = branchStarts(skel, cluster);
    if (starts.size() != 3)
        return std::nullopt;
    Candidate c;
    cv::Point2d centre(0, 0);
    for (const cv::Point& p : cluster)
        centre += cv::Point2d(p);
    c.px = cv::Point(cvRound(centre.x / double(cluster.size())), cvRound(centre.y / double(cluster.size())));
    std::vector<cv::Point> blocked = cluster;
    blocked.insert(blocked.end(), starts.begin(), starts.end());
    std::array<double, 3> a{};
    for (size_t i = 0; i < 3; ++i) {
        c.traces.push_back(traceRidge(skel, cn, starts[i], blocked, maxLen));
        a[i] = tracedAngle(c.px, c.traces[i].dirPoint);
    }
    // The two fork branches point the same way; the third is the stem. The minutia points away from the
    // stem, into the valley between the branches.
    size_t stem = 2;
    double best = angleDiff(a[0], a[1]);
    if (angleDiff(a[0], a[2]) < best) {
        best = angleDiff(a[0], a[2]);
        stem = 1;
    }
    if (angleDiff(a[1], a[2]) < best)
        stem = 0;
    c.m.type = MinutiaType::Bifurcation;
    c.m.angle = snapToOrientation(a[stem] + kPi, theta, c.px);
    return c;
}

std::vector<Candidate> findCandidates(const cv::Mat& skel, const cv::Mat& cn, const cv::Mat& theta,
                                      int maxLen) {
    std::vector<Candidate> out;
    cv::Mat done = cv::Mat::zeros(skel.size(), CV_8U);
    for (int y = 0; y < skel.rows; ++y)
        for (int x = 0; x < skel.cols; ++x) {
            const int n = cn.at<uchar>(y, x);
            if (!skel.at<uchar>(y, x) || n == 2 || n == 0 || done.at<uchar>(y, x))
                continue;
            std::optional<Candidate> c;
            if (n == 1)
                c = endingCandidate(skel, cn, theta, {x, y}, maxLen);
            else
                c = bifurcationCandidate(skel, cn, theta, junctionCluster(cn, done, {x, y}), maxLen);
            if (!c)
                continue;
            c->m.x = c->px.x;
            c->m.y = c->px.y;
            out.push_back(std::move(*c));
        }
    return out;
}

int candidateNear(const std::vector<Candidate>& cands, cv::Point p, MinutiaType type, double radius) {
    for (size_t i = 0; i < cands.size(); ++i)
        if (cands[i].m.type == type && cv::norm(cands[i].px - p) <= radius)
            return int(i);
    return -1;
}

void removeArtefacts(std::vector<Candidate>& cands, const cv::Mat& period) {
    for (size_t i = 0; i < cands.size(); ++i) {
        Candidate& c = cands[i];
        const double t = period.at<float>(c.px);
        for (const Trace& tr : c.traces) {
            const MinutiaType other = tr.stop == Stop::End ? MinutiaType::Ending : MinutiaType::Bifurcation;
            const bool spur =
                c.m.type == MinutiaType::Ending && tr.stop == Stop::Junction && tr.length < 0.6 * t;
            const bool island =
                c.m.type == MinutiaType::Ending && tr.stop == Stop::End && tr.length < 1.5 * t;
            const bool bridge =
                c.m.type == MinutiaType::Bifurcation && tr.stop == Stop::Junction && tr.length < 0.6 * t;
            if (!spur && !island && !bridge)
                continue;
            c.removed = true;
            const int j = candidateNear(cands, tr.end, other, 3.0);
            if (j >= 0)
                cands[size_t(j)].removed = true;
        }
    }
    // Broken ridges: two endings close together facing each other along the ridge.
    for (size_t i = 0; i < cands.size(); ++i)
        for (size_t j = i + 1; j < cands.size(); ++j) {
            Candidate &a = cands[i], &b = cands[j];
            if (a.m.type != MinutiaType::Ending || b.m.type != MinutiaType::Ending)
                continue;
            const double d = cv::norm(a.px - b.px), t = period.at<float>(a.px);
            if (d > 1.5 * t || d < 1e-9)
                continue;
            if (angleDiff(a.m.angle, tracedAngle(b.px, a.px)) < kPi / 5 &&
                angleDiff(b.m.angle, tracedAngle(a.px, b.px)) < kPi / 5)
                a.removed = b.removed = true;
        }
}

} // namespace

MinutiaeResult extractMinutiae(const cv::Mat& skeleton, const OrientationField& field, const cv::Mat& period,
                               const cv::Mat& mask, const cv::Mat& quality, const AnalysisOptions& options) {
    cv::Mat cn = cv::Mat::zeros(skeleton.size(), CV_8U);
    for (int y = 0; y < skeleton.rows; ++y)
        for (int x = 0; x < skeleton.cols; ++x)
            if (skeleton.at<uchar>(y, x))
                cn.at<uchar>(y, x) = uchar(crossingNumber(skeleton, x, y));
    std::vector<Candidate> cands = findCandidates(skeleton, cn, field.theta, 30);
    removeArtefacts(cands, period);
    cv::Mat border;
    cv::Mat padded;
    cv::copyMakeBorder(mask, padded, 1, 1, 1, 1, cv::BORDER_CONSTANT, 0);
    cv::distanceTransform(padded, border, cv::DIST_L2, 3);
    for (Candidate& c : cands) {
        if (border.at<float>(c.px.y + 1, c.px.x + 1) < options.borderMargin ||
            quality.at<uchar>(c.px) < options.minQualityForMinutiae)
            c.removed = true;
        c.m.quality = quality.at<uchar>(c.px) / 4.0 *
                      std::clamp(double(field.coherence.at<float>(c.px)) + 0.5, 0.5, 1.0);
    }
    for (size_t i = 0; i < cands.size(); ++i) // clusters too tight to be separate minutiae
        for (size_t j = i + 1; j < cands.size(); ++j)
            if (!cands[i].removed && !cands[j].removed && cv::norm(cands[i].px - cands[j].px) < 4.0)
                cands[i].removed = cands[j].removed = true;
    MinutiaeResult r;
    for (const Candidate& c : cands)
        (c.removed ? r.removed : r.minutiae).push_back(c.m);
    return r;
}

} // namespace al::fp::detail
