// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QPushButton;

namespace al {

class PluginRegistry;

/// The model picker, grouped by plugin, with the model's description underneath.
/// Names and descriptions come from the plugins (translated at call time), so they are re-queried on
/// every language change.
class ModelPanel : public QWidget {
    Q_OBJECT
public:
    /// Lists the models that take `modality` (the Image workspace: image models).
    explicit ModelPanel(const PluginRegistry& registry, QWidget* parent = nullptr,
                        Modality modality = Modality::Image);

    QString currentModelId() const;
    /// Selects a model by id; returns false when it is not offered.
    bool setCurrentModel(const QString& id);
    QStringList modelIds() const;
    QComboBox* combo() const { return m_combo; }
    QPushButton* modelCardButton() const { return m_card; }

    /// Re-reads the registry (after a language change).
    void refresh();

signals:
    void modelChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateDescription();
    void showModelCard();
    QString pluginName(const QString& modelId) const;

    const PluginRegistry& m_registry;
    Modality m_modality;
    QComboBox* m_combo = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_caption = nullptr;
    QPushButton* m_card = nullptr;
};

} // namespace al
