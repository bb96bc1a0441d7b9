// SPDX-License-Identifier: MIT
#pragma once

#include "KioskConfig.h"

#include <QTimer>
#include <QWidget>
#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace al {

class ErrorReporter;
class KioskActivity;
class KioskDemo;
class LanguageManager;
class PinPad;
class PluginRegistry;
class Settings;

/// The unattended touch-screen exhibit (`attentionlens --kiosk`): a frameless full-screen window with a home
/// screen of large tiles (one per demo), an always-visible language button, an attract loop that cycles the
/// demos when nobody touches the screen, a reset to the home screen after inactivity, and an exit only
/// through the configured PIN (on-screen pad) or key combination. No file dialog is reachable.
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    KioskWindow(const KioskConfig& config, const PluginRegistry& registry, LanguageManager& language,
                Settings& settings, QWidget* parent = nullptr);
    ~KioskWindow() override;

    bool isAttracting() const { return m_attracting; }
    bool isHome() const;
    bool isPinPadShown() const;
    /// The demo on screen, or nullptr on the home screen / PIN pad.
    KioskDemo* currentDemo() const;
    const std::vector<KioskDemo*>& demos() const { return m_demos; }
    /// Indices into demos() of the demos the attract loop cycles (the configuration's kiosk/attract).
    const std::vector<int>& attractDemos() const { return m_attractDemos; }
    const KioskActivity& activity() const { return *m_activity; }
    /// True once the PIN or the key combination authorised leaving; the window then closes.
    bool exitAuthorised() const { return m_exitAuthorised; }

public slots:
    void showHome();
    void showDemo(int index);
    void showPinPad();
    void toggleLanguage();

signals:
    /// Emitted once the exit was authorised (main() quits the application).
    void exitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildTopBar(QVBoxLayout* layout);
    void buildHome();
    void addDemo(const QString& name, KioskDemo* demo);
    void addWorkspacePage(const QString& name, const PluginRegistry& registry, Settings& settings);
    void startAttract();
    void stopAttract();
    void attractNext();
    void resetAfterIdle();
    void releaseMemorySoon();
    void checkPin(const QString& pin);
    void authoriseExit();
    void retranslate();

    KioskConfig m_config;
    LanguageManager& m_language;
    KioskActivity* m_activity = nullptr;
    ErrorReporter* m_errors = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_home = nullptr;
    PinPad* m_pinPad = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_homeButton = nullptr;
    QPushButton* m_languageButton = nullptr;
    QPushButton* m_exitButton = nullptr;
    std::vector<KioskDemo*> m_demos;
    std::vector<int> m_attractDemos; ///< indices into m_demos of the demos the attract loop cycles
    std::vector<QPushButton*> m_tiles;
    struct TileLabels {
        QLabel* title;
        QLabel* summary;
    };
    std::vector<TileLabels> m_tileLabels;
    QTimer m_attractStep;
    int m_attractIndex = -1;
    bool m_attracting = false;
    bool m_exitAuthorised = false;
};

} // namespace al
