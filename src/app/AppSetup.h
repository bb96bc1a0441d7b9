// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace al {

/// Application-wide setup shared by the executable and the GUI tests: names (for QSettings), the Fusion
/// style with the app's style sheet, and a font family list that falls back to a CJK-capable face.
void setupApplication(QApplication& app);

} // namespace al
