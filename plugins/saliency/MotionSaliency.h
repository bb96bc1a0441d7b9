// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"

#include <memory>

namespace al::saliency {

inline constexpr const char* kMotionSaliencyId = "saliency.motion";

/// Motion saliency after B. Wang and P. Dudek, "A Fast Self-tuning Background Subtraction Algorithm",
/// CVPR Workshops 2014 (OpenCV contrib cv::saliency::MotionSaliencyBinWangApr2014). A video model: it reads
/// ModelInput::frames (oldest first, the current frame last) and marks what moves in the current frame.
/// The OpenCV algorithm is stateful and reports nothing while its background templates fill (about 50
/// frames), so each run builds a fresh instance and primes it with the oldest frame; the background is then
/// "the scene as it was `frames.size() - 1` frames ago" and the run is stateless and re-entrant.
std::shared_ptr<const AttentionModel> createMotionSaliencyModel();

} // namespace al::saliency
