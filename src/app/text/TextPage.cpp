// SPDX-License-Identifier: MIT
// The Text workspace is not built yet; its mode button stays disabled.
#include "ModePage.h"

namespace al {

ModePage* createTextPage(const ModePageContext& context) {
    (void)context;
    return nullptr;
}

} // namespace al
