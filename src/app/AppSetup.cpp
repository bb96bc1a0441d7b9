// SPDX-License-Identifier: MIT
#include "AppSetup.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QStyleFactory>

namespace al {

void setupApplication(QApplication& app) {
    QApplication::setOrganizationName(QStringLiteral("AttentionLens"));
    QApplication::setApplicationName(QStringLiteral("AttentionLens"));
    QApplication::setApplicationVersion(QStringLiteral(AL_APP_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("AttentionLens"));
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    // Keep the platform's default face first and add CJK-capable families after it, so Chinese renders
    // even when the default face has no CJK glyphs (fontconfig falls back too, but not every QPA does).
    QFont font = app.font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    for (const char* family : {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC"}) {
        if (!families.contains(QLatin1String(family)))
            families << QLatin1String(family);
    }
    font.setFamilies(families);
    app.setFont(font);

    QFile sheet(QStringLiteral(":/ui/attentionlens.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

} // namespace al
