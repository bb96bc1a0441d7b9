// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace al {

/// Typed access to the user's settings (QSettings, organisation "AttentionLens", application
/// "AttentionLens"). Every key lives here; widgets never use string keys.
class Settings {
public:
    Settings();                                   ///< the user's settings
    explicit Settings(const QString& iniPath);    ///< a specific INI file (tests, kiosk)

    static constexpr int kMaxRecentFiles = 10;

    QStringList recentFiles() const;
    void addRecentFile(const QString& path);   ///< most recent first, de-duplicated, capped
    void clearRecentFiles();

    QString language() const;                  ///< "en" or "zh_CN"; default: system locale if Chinese, else "en"
    void setLanguage(const QString& language);

    QString lastModel() const;
    void setLastModel(const QString& id);

    RenderOptions renderOptions() const;
    void setRenderOptions(const RenderOptions& options);

    ViewMode viewMode() const;
    void setViewMode(ViewMode mode);

    QStringList pluginDirs() const;            ///< extra plugin folders chosen by the user
    void setPluginDirs(const QStringList& dirs);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    void sync();

private:
    QSettings m_settings;
};

} // namespace al
