// SPDX-License-Identifier: MIT
#pragma once
// Internal stages of the fingerprint generator (FingerprintGenerator.h), one file each.
#include "attentionlens/FingerprintGenerator.h"

#include <array>
#include <cmath>
#include <random>

namespace al::fp::detail {

inline constexpr double kPi = 3.14159265358979323846;

// Platform-independent random numbers: std::mt19937_64's sequence is fixed by the standard, the
// standard distributions are not, so the distributions are written here.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    int index(int n) { return int(uniform() * n); }
    // Standard normal (Box-Muller, one value per call).
    double normal() {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    std::uint64_t next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

// SplitMix64 finaliser: independent sub-seeds from one seed.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream);

// The finger's shape: a rounded top and a flatter bottom, as in SFinGe's silhouette of four arcs.
struct Silhouette {
    cv::Point2d centre;
    double halfWidth = 0.0;
    double top = 0.0;    // half-height above the centre
    double bottom = 0.0; // half-height below the centre
    double bottomExponent = 2.0;
};

// The Vizcaya-Gerhardt correction of one singular point: a piecewise-linear map of the angle, sampled
// at 8 angles -pi + 2*pi*k/8, with g(a + 2*pi) = g(a) + 2*pi. The identity is the plain zero-pole model.
struct SingularCorrection {
    std::array<double, 9> g{};
    double apply(double alpha) const;
};

// Everything the finger's fields are made of (master coordinates).
struct FingerLayout {
    FingerprintClass fingerprintClass = FingerprintClass::Arch;
    Silhouette silhouette;
    std::vector<SingularPoint> singularPoints;
    std::vector<SingularCorrection> corrections; // one per singular point
    // Arch: ridges follow bumps of this height/width centred on archCentre.
    cv::Point2d archCentre;
    double archHeight = 0.0;
    double archWidth = 1.0;
    // Period: base + vertical gradient + a few smooth waves.
    double basePeriod = 9.5;
    double periodSlope = 0.0;               // period change per pixel downwards
    std::array<cv::Vec4d, 6> periodWaves{}; // (amplitude, kx, ky, phase)
};

FingerLayout makeLayout(FingerprintClass fingerprintClass, cv::Size size, Rng& rng);
cv::Mat silhouetteMask(const Silhouette& silhouette, cv::Size size);
// Orientation in [0, pi) per pixel (CV_32F).
cv::Mat orientationField(const FingerLayout& layout, cv::Size size);
// Orientation at one point (radians, [0, pi)).
double orientationAt(const FingerLayout& layout, double x, double y);
// Ridge period in pixels per pixel (CV_32F).
cv::Mat periodField(const FingerLayout& layout, cv::Size size);

// Iterated contextual Gabor filtering from a few random seeds. Returns CV_32F in [-1, 1] (0 outside mask).
cv::Mat growRidges(const cv::Mat& orientation, const cv::Mat& period, const cv::Mat& mask, Rng& rng,
                   int maxIterations, int* iterationsUsed, const RunControl& control);

// Minutiae of the clean master pattern: binarise, thin, crossing number, clean-up; none within
// `borderMargin` pixels of the mask's edge.
std::vector<Minutia> extractMasterMinutiae(const cv::Mat& ridges, const cv::Mat& mask, double borderMargin);
// Zhang-Suen thinning of a 0/255 image to a one-pixel-wide 0/1 skeleton (CV_8U).
cv::Mat thinZhangSuen(const cv::Mat& binary);

// The clean rendering of the master pattern (no distortion, no noise).
cv::Mat renderClean(const cv::Mat& ridges, const cv::Mat& mask);
// A distorted, noisy impression of the master with its truth.
GeneratedImpression makeImpression(const cv::Mat& ridges, const FingerprintTruth& masterTruth, Rng& rng);

} // namespace al::fp::detail
