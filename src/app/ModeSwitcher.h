// SPDX-License-Identifier: MIT
#pragma once

#include "ModePage.h"

#include <QByteArray>
#include <QObject>
#include <array>

class QAbstractButton;
class QMainWindow;
class QStackedWidget;
class QWidget;

namespace al {

/// The workspaces of the main window, switched by the mode bar: the Image workspace (the centre widget
/// plus the window's docks and tool bars) and one ModePage per other mode.
class ModeSwitcher : public QObject {
    Q_OBJECT
public:
    enum class Mode { Image, Video, Text, Fingerprint };

    /// `imageCentre` becomes page 0 of `stack`; the buttons are in Mode order. Pages are created here.
    ModeSwitcher(QMainWindow* window, QStackedWidget* stack, QWidget* imageCentre,
                 const std::array<QAbstractButton*, 4>& buttons, const ModePageContext& context);

    Mode mode() const { return m_mode; }
    /// nullptr when the workspace is not available.
    ModePage* page(Mode mode) const;
    /// Switches (also what the buttons do); returns false when the workspace is not available.
    bool setMode(Mode mode);

signals:
    void modeChanged(Mode mode);

private:
    QMainWindow* m_window;
    QStackedWidget* m_stack;
    std::array<QAbstractButton*, 4> m_buttons;
    std::array<ModePage*, 4> m_pages{};
    Mode m_mode = Mode::Image;
    QByteArray m_imageState; ///< dock and tool bar layout of the Image workspace while another is shown
};

} // namespace al
