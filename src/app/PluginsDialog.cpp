// SPDX-License-Identifier: MIT
#include "PluginsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace al {

PluginsDialog::PluginsDialog(const PluginRegistry& registry, const PluginRegistry::Options& options,
                             QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Plugins"));
    resize(900, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Plugins found at start-up. A plugin that failed to load is listed with the "
                                "reason; fix or remove the file and restart AttentionLens."));
    intro->setWordWrap(true);
    m_table = new QTableWidget;
    m_table->setObjectName("pluginTable");
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_folders = new QLabel;
    m_folders->setWordWrap(true);
    m_folders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_folders);
    layout->addWidget(buttons);
    fill(registry, options);
}

void PluginsDialog::fill(const PluginRegistry& registry, const PluginRegistry::Options& options) {
    const QStringList headers = {tr("Status"), tr("Plugin"),        tr("Version"), tr("API"),
                                 tr("Models"), tr("Error or note"), tr("File")};
    const auto& report = registry.report();
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(report.size()));
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon bad = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < int(report.size()); ++row) {
        const PluginRecord& r = report[size_t(row)];
        auto* status = new QTableWidgetItem(r.loaded ? ok : bad, r.loaded ? tr("Loaded") : tr("Failed"));
        const QString api =
            r.apiMajor < 0 ? tr("unknown") : QStringLiteral("%1.%2").arg(r.apiMajor).arg(r.apiMinor);
        const QString name =
            r.id.isEmpty() ? tr("(unreadable)") : QStringLiteral("%1 (%2)").arg(r.name, r.id);
        const QString remark = r.error.isEmpty() ? r.note : r.error;
        const QString path = r.isStatic ? tr("built in: %1").arg(r.path) : QDir::toNativeSeparators(r.path);
        const QStringList cells = {name, r.version, api, r.modelIds.join(QStringLiteral(", ")), remark, path};
        m_table->setItem(row, 0, status);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c + 1, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    QStringList dirs;
    for (const QString& dir : PluginRegistry::searchDirs(options))
        dirs << QDir::toNativeSeparators(dir);
    m_folders->setText(tr("Searched folders, in order:") + QStringLiteral("\n") +
                       dirs.join(QLatin1Char('\n')));
}

} // namespace al
