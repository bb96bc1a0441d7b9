// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QTextBrowser;

namespace al {

class AttentionModel;

/// The model card: what a model is, which plugin provides it, what it accepts and every parameter with
/// its range, default and help. Built from the model's own metadata at open time (current language).
class ModelCardDialog : public QDialog {
    Q_OBJECT
public:
    ModelCardDialog(const AttentionModel& model, const QString& pluginName, QWidget* parent = nullptr);

    /// The card as HTML (tests read it).
    QString html() const;

private:
    QTextBrowser* m_text = nullptr;
};

} // namespace al
