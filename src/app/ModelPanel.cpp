// SPDX-License-Identifier: MIT
#include "ModelPanel.h"

#include "ModelCardDialog.h"

#include "attentionlens/PluginRegistry.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace al {

namespace {
constexpr int kModelIdRole = Qt::UserRole + 1;
}

ModelPanel::ModelPanel(const PluginRegistry& registry, QWidget* parent, Modality modality)
    : QWidget(parent), m_registry(registry), m_modality(modality) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_caption = new QLabel;
    m_combo = new QComboBox;
    m_combo->setObjectName("modelCombo");
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_model = new QStandardItemModel(this);
    m_combo->setModel(m_model);
    m_caption->setBuddy(m_combo);
    m_description = new QLabel;
    m_description->setObjectName("modelDescription");
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);
    layout->addWidget(m_combo);
    m_card = new QPushButton;
    m_card->setObjectName("modelCardButton");
    connect(m_card, &QPushButton::clicked, this, &ModelPanel::showModelCard);
    auto* cardRow = new QHBoxLayout;
    cardRow->addStretch(1);
    cardRow->addWidget(m_card);
    layout->addWidget(m_description);
    layout->addLayout(cardRow);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateDescription();
        emit modelChanged(currentModelId());
    });
    refresh();
}

void ModelPanel::refresh() {
    const QString current = currentModelId();
    m_caption->setText(tr("&Model:"));
    m_card->setText(tr("Model card…"));
    m_card->setToolTip(tr("What the model does, its inputs and every parameter"));
    {
        const QSignalBlocker blocker(m_combo);
        m_model->clear();
        for (const PluginRecord& plugin : m_registry.report()) {
            if (!plugin.loaded || plugin.modelIds.isEmpty())
                continue;
            // A disabled, bold header row per plugin; the models below it are indented.
            auto* header = new QStandardItem(plugin.name.isEmpty() ? plugin.id : plugin.name);
            header->setFlags(Qt::NoItemFlags);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            QList<QStandardItem*> items;
            for (const QString& id : plugin.modelIds) {
                const auto model = m_registry.model(id);
                // Only the models of this workspace's input type (a video model cannot run on a still image).
                if (!model || !model->modalities().contains(m_modality))
                    continue;
                auto* item = new QStandardItem(model->displayName());
                item->setData(id, kModelIdRole);
                item->setToolTip(model->description());
                items << item;
            }
            if (items.isEmpty()) {
                delete header;
                continue;
            }
            m_model->appendRow(header);
            for (QStandardItem* item : items)
                m_model->appendRow(item);
        }
        if (!setCurrentModel(current)) {
            const QStringList ids = modelIds();
            if (!ids.isEmpty())
                setCurrentModel(ids.first());
        }
    }
    updateDescription();
}

QString ModelPanel::currentModelId() const {
    return m_combo->currentData(kModelIdRole).toString();
}

bool ModelPanel::setCurrentModel(const QString& id) {
    if (id.isEmpty())
        return false;
    const int row = m_combo->findData(id, kModelIdRole);
    if (row < 0)
        return false;
    m_combo->setCurrentIndex(row);
    return true;
}

QStringList ModelPanel::modelIds() const {
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->item(row)->data(kModelIdRole).toString();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

void ModelPanel::updateDescription() {
    const auto model = m_registry.model(currentModelId());
    m_card->setEnabled(model != nullptr);
    if (model) {
        m_description->setText(model->description());
    } else if (modelIds().isEmpty()) {
        m_description->setText(tr("No models are available. Open Plugins… to see which plugins were found "
                                  "and why they failed, or start with --plugin-dir to add a folder."));
    } else {
        m_description->clear();
    }
}

QString ModelPanel::pluginName(const QString& modelId) const {
    const QString id = m_registry.pluginIdOf(modelId);
    for (const PluginRecord& plugin : m_registry.report()) {
        if (plugin.loaded && plugin.id == id)
            return plugin.name.isEmpty() ? plugin.id : plugin.name;
    }
    return id;
}

void ModelPanel::showModelCard() {
    const auto model = m_registry.model(currentModelId());
    if (!model)
        return;
    auto* dialog = new ModelCardDialog(*model, pluginName(model->id()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ModelPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace al
