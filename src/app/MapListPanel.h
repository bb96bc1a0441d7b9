// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace al {

/// Every map of a result: the final map first (and selected), then the others grouped by
/// AttentionMap::group. Selecting an entry switches the displayed map.
class MapListPanel : public QWidget {
    Q_OBJECT
public:
    explicit MapListPanel(QWidget* parent = nullptr);

    void setResult(const ModelResult* result, const QString& selected);
    void clear();
    /// Highlights a map without emitting mapSelected().
    void selectMap(const QString& name);
    QString selectedMap() const;
    /// Names of all listed maps in display order.
    QStringList mapNames() const;
    QTreeWidget* tree() const { return m_tree; }
    /// The item that shows a map, nullptr when not listed.
    QTreeWidgetItem* itemForMap(const QString& name) const;

signals:
    void mapSelected(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QTreeWidgetItem* makeItem(const AttentionMap& map, cv::Size inputSize);

    QTreeWidget* m_tree = nullptr;
    bool m_updating = false;
    bool m_hasResult = false;
};

} // namespace al
