// SPDX-License-Identifier: MIT
#include "WorkspaceDemo.h"

#include "ModePage.h"

#include <QVBoxLayout>

namespace al {

WorkspaceDemo::WorkspaceDemo(ModePage* page, std::function<QString()> title, std::function<QString()> summary,
                             QWidget* parent)
    : KioskDemo(parent), m_page(page), m_title(std::move(title)), m_summary(std::move(summary)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    page->setParent(this);
    layout->addWidget(page);
}

void WorkspaceDemo::enter() {
    m_page->activate();
}

void WorkspaceDemo::reset() {
    m_page->deactivate();
}

} // namespace al
