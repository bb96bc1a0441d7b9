// SPDX-License-Identifier: MIT
#include "MapListPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace al {

namespace {
constexpr int kMapNameRole = Qt::UserRole + 1;
}

MapListPanel::MapListPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget;
    m_tree->setObjectName("mapTree");
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_updating || !item)
            return;
        const QString name = item->data(0, kMapNameRole).toString();
        if (!name.isEmpty())
            emit mapSelected(name);
    });
    retranslate();
}

QTreeWidgetItem* MapListPanel::makeItem(const AttentionMap& map, cv::Size inputSize) {
    auto* item = new QTreeWidgetItem;
    item->setText(0, map.title.isEmpty() ? map.name : map.title);
    item->setText(1, tr("%1×%2").arg(map.data.cols).arg(map.data.rows));
    item->setData(0, kMapNameRole, map.name);
    QString tip = map.description.isEmpty() ? map.name : map.description;
    if (!map.data.empty() && map.data.type() == CV_32FC1) {
        const MapStats s = map.stats(inputSize);
        tip +=
            QLatin1Char('\n') +
            tr("Range %1 … %2, mean %3").arg(s.min, 0, 'g', 4).arg(s.max, 0, 'g', 4).arg(s.mean, 0, 'g', 4);
    }
    item->setToolTip(0, tip);
    return item;
}

void MapListPanel::setResult(const ModelResult* result, const QString& selected) {
    m_updating = true;
    m_tree->clear();
    m_hasResult = result && !result->maps.empty();
    if (m_hasResult) {
        const AttentionMap* final = result->finalMap();
        if (final) {
            QTreeWidgetItem* item = makeItem(*final, result->inputSize);
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            m_tree->addTopLevelItem(item);
        }
        QList<QTreeWidgetItem*> groups;
        for (const AttentionMap& map : result->maps) {
            if (&map == final)
                continue;
            const QString groupName = map.group.isEmpty() ? tr("Other maps") : map.group;
            auto it = std::find_if(groups.begin(), groups.end(),
                                   [&](QTreeWidgetItem* g) { return g->text(0) == groupName; });
            QTreeWidgetItem* group = it != groups.end() ? *it : nullptr;
            if (!group) {
                group = new QTreeWidgetItem(QStringList{groupName});
                group->setFlags(Qt::ItemIsEnabled);
                m_tree->addTopLevelItem(group);
                groups << group;
            }
            group->addChild(makeItem(map, result->inputSize));
        }
        m_tree->expandAll();
    }
    m_updating = false;
    retranslate();
    selectMap(selected);
}

void MapListPanel::clear() {
    setResult(nullptr, {});
}

QTreeWidgetItem* MapListPanel::itemForMap(const QString& name) const {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kMapNameRole).toString() == name)
            return *it;
    }
    return nullptr;
}

void MapListPanel::selectMap(const QString& name) {
    m_updating = true;
    if (QTreeWidgetItem* item = itemForMap(name))
        m_tree->setCurrentItem(item);
    m_updating = false;
}

QString MapListPanel::selectedMap() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kMapNameRole).toString() : QString();
}

QStringList MapListPanel::mapNames() const {
    QStringList names;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString name = (*it)->data(0, kMapNameRole).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

void MapListPanel::retranslate() {
    m_tree->setHeaderLabels({tr("Map"), tr("Grid")});
    if (!m_hasResult) {
        m_tree->clear();
        auto* hint = new QTreeWidgetItem(QStringList{tr("Run a model to list its maps.")});
        hint->setFlags(Qt::NoItemFlags);
        m_tree->addTopLevelItem(hint);
    }
}

void MapListPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
