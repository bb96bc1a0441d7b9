// SPDX-License-Identifier: MIT
#include "SaliencyPlugin.h"

#include "FineGrained.h"
#include "IttiKoch.h"
#include "MotionSaliency.h"
#include "SpectralResidual.h"

std::vector<std::shared_ptr<const al::AttentionModel>> AlSaliencyPlugin::models() const {
    return {al::saliency::createSpectralResidualModel(), al::saliency::createFineGrainedModel(),
            al::saliency::createIttiKochModel(), al::saliency::createMotionSaliencyModel()};
}
