// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"

#include <memory>

namespace al::saliency {

inline constexpr const char* kSpectralResidualId = "saliency.spectral-residual";

/// Spectral-residual saliency (Hou & Zhang, CVPR 2007), reimplemented step by step so that the log
/// amplitude spectrum, the spectral residual and the unsmoothed map can be shown; OpenCV's
/// cv::saliency::StaticSaliencySpectralResidual runs alongside as a reference map.
/// run() is const and re-entrant.
std::shared_ptr<const AttentionModel> createSpectralResidualModel();

} // namespace al::saliency
