// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace al {

class ErrorReporter;
class PluginRegistry;
class Settings;

/// What a workspace page gets from the main window. The references outlive the page.
struct ModePageContext {
    const PluginRegistry& registry;
    Settings& settings;
    ErrorReporter& errors;
};

/// A workspace of the mode switch (Video, Text, Fingerprint). It fills the centre of the main window while
/// its mode is active; the Image workspace's docks and tool bar are hidden meanwhile. A page brings its own
/// controls, handles QEvent::LanguageChange itself and runs long work off the GUI thread.
class ModePage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// The page became the visible workspace.
    virtual void activate() {}
    /// Another workspace is about to be shown (stop playback, cancel work that needs the screen).
    virtual void deactivate() {}
};

// One factory per workspace, each defined in the workspace's folder (src/app/<area>/). A factory that
// returns nullptr leaves its mode button disabled.
ModePage* createVideoPage(const ModePageContext& context);
ModePage* createTextPage(const ModePageContext& context);
ModePage* createFingerprintPage(const ModePageContext& context);

} // namespace al
