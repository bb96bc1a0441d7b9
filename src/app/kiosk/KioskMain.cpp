// SPDX-License-Identifier: MIT
#include "KioskMain.h"

#include "KioskWindow.h"
#include "LanguageManager.h"
#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace al {

int runKiosk(QApplication& app, const QString& configPath, const QStringList& pluginDirs) {
#if defined(__GLIBC__)
    // glibc gives every thread that allocates its own arena; the model runs hop between pool threads and
    // leave each arena fragmented. Two arenas keep the RSS of a kiosk that runs all day close to its idle
    // size (one run at a time needs no more).
    mallopt(M_ARENA_MAX, 2);
#endif
    // Widget-based dialogs only, so the kiosk's guard sees (and refuses) any file dialog.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    KioskConfig config;
    PluginRegistry registry;
    PluginRegistry::Options options;
    options.extraDirs = pluginDirs;
    try {
        config = configPath.isEmpty() ? KioskConfig::defaults() : KioskConfig::load(configPath);
        registry.load(options);
        config.checkModels(registry, configPath.isEmpty() ? QStringLiteral("(defaults)") : configPath);
    } catch (const Error& e) {
        QTextStream(stderr) << "attentionlens: error: " << e.message() << Qt::endl;
        return 2;
    }
    // The kiosk keeps its state in memory only: a private settings file, never the desktop user's.
    Settings settings(QDir::temp().filePath(QStringLiteral("attentionlens-kiosk.ini")));
    LanguageManager language;
    KioskWindow window(config, registry, language, settings);
    QObject::connect(&window, &KioskWindow::exitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    window.showFullScreen();
    return app.exec();
}

} // namespace al
