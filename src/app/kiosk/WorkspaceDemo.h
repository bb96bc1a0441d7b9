// SPDX-License-Identifier: MIT
#pragma once

#include "KioskDemo.h"

#include <QPointer>
#include <functional>

class QStackedWidget;

namespace al {

class KioskFileChooser;
class ModePage;

/// Shows a workspace page of the desktop app (Text, Fingerprint) inside the kiosk, made touch-friendly
/// (KioskTouch: 48 px controls, tap = hover, export buttons hidden) and with its Open buttons routed to a
/// touch list of the content folder (ModePage::setFileChooser + KioskFileChooser) instead of a file dialog.
/// The page is made when the demo is entered and deleted on reset: the next visitor starts fresh, and an
/// idle kiosk holds no workspace state.
class WorkspaceDemo : public KioskDemo {
    Q_OBJECT
public:
    using Factory = std::function<ModePage*()>;
    /// `factory` makes the page (it must return non-null: check with it once before). `contentFolder` is
    /// what the file chooser lists. `title` and `summary` are called at display time (translated then).
    WorkspaceDemo(Factory factory, const QString& contentFolder, std::function<QString()> title,
                  std::function<QString()> summary, QWidget* parent = nullptr);

    QString title() const override { return m_title(); }
    QString summary() const override { return m_summary(); }
    void enter() override;
    void reset() override;

    /// The page while the demo is entered (nullptr after a reset).
    ModePage* page() const { return m_page; }
    KioskFileChooser* chooser() const { return m_chooser; }
    bool isChooserShown() const;

private:
    void showChooser(const QString& title, const QStringList& suffixes,
                     std::function<void(const QString&)> chosen);

    Factory m_factory;
    std::function<QString()> m_title;
    std::function<QString()> m_summary;
    QStackedWidget* m_stack = nullptr;
    KioskFileChooser* m_chooser = nullptr;
    QPointer<ModePage> m_page;
};

} // namespace al
