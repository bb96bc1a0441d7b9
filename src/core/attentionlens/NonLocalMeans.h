// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Non-local means as classical self-attention. Buades, Coll & Morel, "A non-local algorithm for image
/// denoising" (CVPR 2005): every pixel p becomes the weighted average of pixels q with
///   w(p,q) = exp(-d2(P(p), P(q)) / h^2) / Z(p),
/// where d2 is the mean squared difference of the (2r+1)^2 patches around p and q (over all channels) and
/// h plays the role of a softmax temperature. Wang, Girshick, Gupta & He, "Non-local Neural Networks"
/// (CVPR 2018) show that this is the same operation as self-attention with a Gaussian affinity.

#include "attentionlens/RunControl.h"

#include <opencv2/core.hpp>
#include <vector>

namespace al {

struct NonLocalMeansOptions {
    int patchRadius = 2;  ///< patches are (2r+1)^2 pixels; >= 0
    double h = 10.0;      ///< filtering strength in grey levels (0..255 scale); > 0
    int searchRadius = 7; ///< denoising: the search window is (2s+1)^2 pixels; >= 1
};

/// The attention of one query pixel over the whole image.
struct NonLocalMeansQuery {
    cv::Mat distances;    ///< CV_32FC1 of the image size: d2(P(p), P(q)) per q
    cv::Mat weights;      ///< CV_32FC1 of the image size, sums to 1
    cv::Scalar output;    ///< the weighted average, per channel (0..255 scale)
    cv::Scalar input;     ///< the query pixel's own value
    double entropy = 0.0; ///< of the weights, in nats
};

/// Weights of pixel `query` over every pixel of `image` (CV_8UC1 or CV_8UC3; borders reflected) and
/// the weighted average. Preconditions (else Error(BadInput) naming the argument): a non-empty 8-bit
/// image with 1 or 3 channels, the query inside it, options valid. Cost: (2r+1)^2 passes over the
/// image, so call it on a downscaled image for interactive use. Threading: pure, re-entrant.
NonLocalMeansQuery nonLocalMeansAt(const cv::Mat& image, cv::Point query,
                                   const NonLocalMeansOptions& options);

/// Denoises `image` (CV_8UC1/CV_8UC3) with non-local means restricted to the search window; returns an
/// image of the same type. Calls control.throwIfCancelled() once per window offset.
cv::Mat nonLocalMeansDenoise(const cv::Mat& image, const NonLocalMeansOptions& options,
                             const RunControl& control = RunControl());

/// `image` plus zero-mean Gaussian noise of standard deviation `sigma` grey levels (cv::RNG seeded
/// with `seed`), saturated to 8 bits.
cv::Mat addGaussianNoise(const cv::Mat& image, double sigma, uint64_t seed = 1);

/// Peak signal-to-noise ratio in dB of `test` against `reference` (same size and type, 8-bit).
/// Returns +inf for identical images.
double psnr(const cv::Mat& reference, const cv::Mat& test);

struct PsnrPoint {
    double h = 0.0;
    double psnr = 0.0; ///< dB of the denoised image against the clean one
};

/// PSNR of the non-local-means denoising of `noisy` against `clean` for every h in `hs` (> 0), sharing
/// the patch distances between the h values (one pass over the search window). options.h is ignored.
/// Progress and cancellation through `control`. Threading: pure, re-entrant.
std::vector<PsnrPoint> psnrVersusH(const cv::Mat& clean, const cv::Mat& noisy, const std::vector<double>& hs,
                                   const NonLocalMeansOptions& options,
                                   const RunControl& control = RunControl());

} // namespace al
