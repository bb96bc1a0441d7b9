// SPDX-License-Identifier: MIT
#pragma once
// The shared set-up of the offscreen main-window tests: the build tree's plugins, a fresh INI settings file
// per test function, a shown MainWindow, and the helpers that click through it.

#include "LanguageManager.h"
#include "MainWindow.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/Settings.h"

#include <QObject>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QAction;
class QWidget;

namespace al::test {

class MainWindowFixture : public QObject {
protected:
    /// From initTestCase(): sets the application up and loads the plugins of the build tree; fails the test
    /// when one of `requiredModels` is missing.
    void loadPlugins(const QStringList& requiredModels);
    /// From init(): a new window over a fresh settings file, shown and exposed.
    void openWindow(QSize size);
    /// From cleanup().
    void closeWindow();

    bool chooseModel(const QString& id) const;
    QWidget* toolButtonFor(QAction* action) const;
    /// Clicks Run and waits until the run ended with a result; check QTest::currentTestFailed() after it.
    void runAndWait();

    std::unique_ptr<PluginRegistry> m_registry;
    PluginRegistry::Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace al::test
