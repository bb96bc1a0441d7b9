// SPDX-License-Identifier: MIT
#pragma once

#include "KioskDemo.h"

#include <functional>

namespace al {

class ModePage;

/// Shows a workspace page of the desktop app (Text, Fingerprint) inside the kiosk, when that workspace
/// exists (its ModePage factory returns non-null). The page keeps its own controls; KioskActivity refuses any
/// file dialog it might try to open.
class WorkspaceDemo : public KioskDemo {
    Q_OBJECT
public:
    /// Takes ownership of `page`. `title` and `summary` are called at display time (translated then).
    WorkspaceDemo(ModePage* page, std::function<QString()> title, std::function<QString()> summary,
                  QWidget* parent = nullptr);

    QString title() const override { return m_title(); }
    QString summary() const override { return m_summary(); }
    void enter() override;
    void reset() override;

private:
    ModePage* m_page;
    std::function<QString()> m_title;
    std::function<QString()> m_summary;
};

} // namespace al
