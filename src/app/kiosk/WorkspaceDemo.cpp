// SPDX-License-Identifier: MIT
#include "WorkspaceDemo.h"

#include "KioskActivity.h"
#include "KioskFileChooser.h"
#include "KioskTouch.h"
#include "ModePage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace al {

WorkspaceDemo::WorkspaceDemo(Factory factory, const QString& contentFolder, std::function<QString()> title,
                             std::function<QString()> summary, QWidget* parent)
    : KioskDemo(parent), m_factory(std::move(factory)), m_title(std::move(title)),
      m_summary(std::move(summary)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_chooser = new KioskFileChooser(contentFolder, this);
    m_stack->addWidget(m_chooser);
    connect(m_chooser, &KioskFileChooser::done, this, [this] {
        if (m_page)
            m_stack->setCurrentWidget(m_page);
    });
}

void WorkspaceDemo::enter() {
    if (!m_page) {
        m_page = m_factory();
        if (!m_page)
            return;
        m_page->setParent(this);
        KioskTouch::apply(m_page);
        m_page->setFileChooser([this](const QString& title, const QStringList& suffixes,
                                      std::function<void(const QString&)> chosen) {
            showChooser(title, suffixes, std::move(chosen));
        });
        m_stack->addWidget(m_page);
    }
    m_stack->setCurrentWidget(m_page);
    m_page->activate();
}

void WorkspaceDemo::showChooser(const QString& title, const QStringList& suffixes,
                                std::function<void(const QString&)> chosen) {
    m_chooser->open(title, suffixes, std::move(chosen));
    m_stack->setCurrentWidget(m_chooser);
}

bool WorkspaceDemo::isChooserShown() const {
    return m_stack->currentWidget() == m_chooser;
}

void WorkspaceDemo::reset() {
    m_chooser->clear();
    m_stack->setCurrentWidget(m_chooser);
    if (!m_page)
        return;
    m_page->deactivate();
    // Later: a reset can come from inside an event the page is handling (the waking touch).
    m_page->hide();
    m_stack->removeWidget(m_page);
    connect(m_page, &QObject::destroyed, this, [] { KioskActivity::releaseFreedMemory(); });
    m_page->deleteLater();
    m_page = nullptr;
}

} // namespace al
