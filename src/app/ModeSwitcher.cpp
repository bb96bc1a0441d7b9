// SPDX-License-Identifier: MIT
#include "ModeSwitcher.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QMainWindow>
#include <QStackedWidget>
#include <QToolBar>

namespace al {

ModeSwitcher::ModeSwitcher(QMainWindow* window, QStackedWidget* stack, QWidget* imageCentre,
                           const std::array<QAbstractButton*, 4>& buttons, const ModePageContext& context)
    : QObject(window), m_window(window), m_stack(stack), m_buttons(buttons) {
    m_stack->addWidget(imageCentre);
    m_pages[int(Mode::Video)] = createVideoPage(context);
    m_pages[int(Mode::Text)] = createTextPage(context);
    m_pages[int(Mode::Fingerprint)] = createFingerprintPage(context);
    for (int i = 0; i < int(m_buttons.size()); ++i) {
        if (i > 0 && m_pages[i])
            m_stack->addWidget(m_pages[i]);
        m_buttons[i]->setEnabled(i == 0 || m_pages[i]);
        connect(m_buttons[i], &QAbstractButton::clicked, this, [this, i] { setMode(Mode(i)); });
    }
}

ModePage* ModeSwitcher::page(Mode mode) const {
    return m_pages[int(mode)];
}

bool ModeSwitcher::setMode(Mode mode) {
    const int index = int(mode);
    if (index > 0 && !m_pages[index])
        return false;
    if (mode == m_mode) {
        m_buttons[index]->setChecked(true);
        return true;
    }
    if (ModePage* old = m_pages[int(m_mode)])
        old->deactivate();
    // The Image workspace's docks and tool bars belong to it: hide them elsewhere, restore them on return.
    if (m_mode == Mode::Image)
        m_imageState = m_window->saveState();
    const bool image = mode == Mode::Image;
    if (image) {
        m_window->restoreState(m_imageState);
    } else {
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
            dock->hide();
        for (QToolBar* bar : m_window->findChildren<QToolBar*>(Qt::FindDirectChildrenOnly))
            bar->hide();
    }
    m_mode = mode;
    m_stack->setCurrentWidget(image ? m_stack->widget(0) : m_pages[index]);
    m_buttons[index]->setChecked(true);
    if (!image)
        m_pages[index]->activate();
    emit modeChanged(mode);
    return true;
}

} // namespace al
