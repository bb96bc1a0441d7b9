// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"

#include <memory>

namespace al::saliency {

inline constexpr const char* kIttiKochId = "saliency.itti-koch";

/// The saliency model of Itti, Koch & Niebur (IEEE PAMI 20(11), 1998), built on OpenCV primitives.
/// Returns the saliency map, the three conspicuity maps and the 42 centre-surround feature maps.
/// run() is const and re-entrant.
std::shared_ptr<const AttentionModel> createIttiKochModel();

} // namespace al::saliency
