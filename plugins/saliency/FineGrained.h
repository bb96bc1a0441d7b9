// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"

#include <memory>

namespace al::saliency {

inline constexpr const char* kFineGrainedId = "saliency.fine-grained";

/// Fine-grained saliency (Montabone & Soto, Image and Vision Computing 2010) through OpenCV's
/// cv::saliency::StaticSaliencyFineGrained. OpenCV keeps the on-/off-centre maps private, so the model
/// returns the intensity image it works on and the final map. run() is const and re-entrant.
std::shared_ptr<const AttentionModel> createFineGrainedModel();

} // namespace al::saliency
