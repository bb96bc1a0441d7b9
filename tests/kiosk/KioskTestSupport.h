// SPDX-License-Identifier: MIT
// Shared by the kiosk's offscreen tests of the tour, the file chooser and the hosted pages.
#pragma once

#include "LanguageManager.h"
#include "kiosk/KioskWindow.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QListWidget;

namespace al::kiosktest {

constexpr int kWaitMs = 20000;
constexpr int kTouch = 48; ///< the touch target minimum the hosted pages must meet
/// Timeouts that keep the attract loop and the reset out of a test's way.
inline QString quietTimeouts() {
    return QStringLiteral("attract_after = 600\nattract_step = 5\nreset_after = 600");
}

bool writeFile(const QString& path, const QByteArray& data);
/// Whether any QFileDialog exists (visible or not).
bool anyFileDialog();
/// Every visible button, combo box, spin box or tab of `root` lower than kTouch, as "class name WxH".
QStringList smallControls(QWidget* root);
/// Taps (clicks) row `row` of `list` in its viewport.
void tapRow(QListWidget* list, int row);

/// The first demo of type T in `window` (and its index), or nullptr.
template <typename T> T* demoOf(KioskWindow& window, int* index = nullptr) {
    for (int i = 0; i < int(window.demos().size()); ++i) {
        if (auto* demo = qobject_cast<T*>(window.demos()[size_t(i)])) {
            if (index)
                *index = i;
            return demo;
        }
    }
    return nullptr;
}

/// Plugins of the build, a private settings file and a temporary folder with an (empty) content folder;
/// opens kiosk windows from a short configuration.
class KioskFixture {
public:
    /// Loads the plugins; false when the folder cannot be made or the digit models are missing.
    bool init();
    /// A kiosk with `demos` (the kiosk/demos value), extra [kiosk] lines and [timeouts] lines, shown at
    /// 1280x800; nullptr when the configuration does not load or the window is not exposed.
    std::unique_ptr<KioskWindow> openKiosk(const QString& demos, const QString& kioskLines,
                                           const QString& timeouts);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString contentFolder() const { return path(QStringLiteral("content")); }

private:
    QTemporaryDir m_dir;
    PluginRegistry m_registry;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<Settings> m_settings;
};

} // namespace al::kiosktest
