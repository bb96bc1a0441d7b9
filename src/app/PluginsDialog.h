// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/PluginRegistry.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace al {

/// The plugin report: every plugin file found (loaded or refused, with the reason) and the searched folders.
class PluginsDialog : public QDialog {
    Q_OBJECT
public:
    PluginsDialog(const PluginRegistry& registry, const PluginRegistry::Options& options,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void fill(const PluginRegistry& registry, const PluginRegistry::Options& options);

    QTableWidget* m_table = nullptr;
    QLabel* m_folders = nullptr;
};

} // namespace al
