// SPDX-License-Identifier: MIT
// The Fingerprint workspace is not built yet; its mode button stays disabled.
#include "ModePage.h"

namespace al {

ModePage* createFingerprintPage(const ModePageContext& context) {
    (void)context;
    return nullptr;
}

} // namespace al
