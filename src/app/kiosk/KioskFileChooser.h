// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace al {

/// The kiosk's replacement for a file dialog: a touch list (big rows, thumbnails for images) of the files
/// directly inside the configured content folder that have one of the requested suffixes. No parent
/// folder, no path to type, symlinks escaping the folder are neither listed nor accepted; an empty list says
/// so in words. Choosing a row (one tap) calls the callback given to open() with the file's canonical path.
class KioskFileChooser : public QWidget {
    Q_OBJECT
public:
    explicit KioskFileChooser(QString folder, QWidget* parent = nullptr);

    /// Lists the folder for `suffixes` (lower case, no dot; empty = any) under `title`; `chosen` is called
    /// once when the visitor picks a file, never on cancel.
    void open(const QString& title, const QStringList& suffixes, std::function<void(const QString&)> chosen);
    /// Drops the listing and the pending callback (cancel, reset).
    void clear();

    /// The canonical paths listed now, in row order.
    QStringList files() const { return m_files; }
    /// Picks row `row` as a tap would; false when the file is gone or no longer inside the folder.
    bool choose(int row);
    QListWidget* list() const { return m_list; }
    QLabel* emptyMessage() const { return m_empty; }

signals:
    /// The chooser is done (a file was chosen or the visitor cancelled): the host hides it.
    void done();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();

    QString m_folder;
    QString m_titleText;
    QStringList m_suffixes;
    QStringList m_files;
    std::function<void(const QString&)> m_chosen;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace al
