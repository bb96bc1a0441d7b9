// SPDX-License-Identifier: MIT
// The Video workspace is not built yet; its mode button stays disabled.
#include "ModePage.h"

namespace al {

ModePage* createVideoPage(const ModePageContext& context) {
    (void)context;
    return nullptr;
}

} // namespace al
