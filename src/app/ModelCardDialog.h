// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QTextBrowser;
class QTreeWidget;

namespace al {

class AttentionModel;

/// The model card: what a model is, which plugin provides it, what it accepts and every parameter with
/// its range, default and help; for a model from a package also the essentials of card.json and the whole
/// card as a tree. Built from the model's own metadata at open time (current language).
class ModelCardDialog : public QDialog {
    Q_OBJECT
public:
    ModelCardDialog(const AttentionModel& model, const QString& pluginName, QWidget* parent = nullptr);

    /// The card as HTML (tests read it).
    QString html() const;
    /// The whole card.json of the model's package as a key/value tree; nullptr for models without a package.
    QTreeWidget* packageCardTree() const { return m_cardTree; }

private:
    QTextBrowser* m_text = nullptr;
    QTreeWidget* m_cardTree = nullptr;
};

} // namespace al
