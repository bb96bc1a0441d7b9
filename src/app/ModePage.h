// SPDX-License-Identifier: MIT
#pragma once

#include <QFileDialog>
#include <QRegularExpression>
#include <QWidget>
#include <functional>

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

    /// Offers the visitor files to open on behalf of a page: a title, the accepted suffixes (lower case,
    /// without the dot; empty = any) and `chosen`, called with the absolute path of the chosen file, maybe
    /// later (never when the choice is cancelled).
    using FileChooser = std::function<void(const QString& title, const QStringList& suffixes,
                                           std::function<void(const QString&)> chosen)>;
    /// Replaces the page's open-file dialogs (the kiosk shows a touch list of its content folder instead).
    /// An empty chooser restores QFileDialog. Buttons that write files carry "Export" or "Save" in their
    /// objectName, so a host that allows no writes (the kiosk) can hide them.
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    bool hasFileChooser() const { return bool(m_fileChooser); }

    /// The suffixes of a QFileDialog name filter ("Images (*.png *.JPG);;All files (*)" -> png, jpg).
    static QStringList filterSuffixes(const QString& filter) {
        QStringList out;
        static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
        for (auto it = pattern.globalMatch(filter); it.hasNext();) {
            const QString suffix = it.next().captured(1).toLower();
            if (!out.contains(suffix))
                out << suffix;
        }
        return out;
    }

protected:
    /// What a page calls instead of QFileDialog::getOpenFileName: the host's chooser when one is set
    /// (suffixes taken from `filter`), otherwise the dialog. `chosen` is not called on cancel.
    void chooseFileToOpen(const QString& title, const QString& filter,
                          std::function<void(const QString&)> chosen) {
        if (m_fileChooser) {
            m_fileChooser(title, filterSuffixes(filter), std::move(chosen));
            return;
        }
        const QString path = QFileDialog::getOpenFileName(this, title, QString(), filter);
        if (!path.isEmpty())
            chosen(path);
    }

private:
    FileChooser m_fileChooser;
};

// One factory per workspace, each defined in the workspace's folder (src/app/<area>/). A factory that
// returns nullptr leaves its mode button disabled.
ModePage* createVideoPage(const ModePageContext& context);
ModePage* createTextPage(const ModePageContext& context);
ModePage* createFingerprintPage(const ModePageContext& context);

} // namespace al
