// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace al {

/// `attentionlens --kiosk [--kiosk-config FILE]`: loads and validates the configuration (without a file:
/// KioskConfig::defaults(), exit with Ctrl+Alt+Shift+Q), loads the plugins, shows the kiosk full screen and
/// runs the event loop. Returns 0 after an authorised exit, 2 for a bad configuration (one
/// "attentionlens: error:" line on stderr naming the file and setting).
int runKiosk(QApplication& app, const QString& configPath, const QStringList& pluginDirs);

} // namespace al
