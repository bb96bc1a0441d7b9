// SPDX-License-Identifier: MIT
#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace al {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

void LanguageManager::removeTranslators() {
    for (QTranslator** t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::setLanguage(const QString& language) {
    if (language == m_language)
        return true;
    removeTranslators();
    m_language = QStringLiteral("en");
    bool ok = true;
    if (language != QLatin1String("en")) {
        auto app = std::make_unique<QTranslator>();
        ok = app->load(QStringLiteral(":/i18n/attentionlens_%1.qm").arg(language));
        if (ok) {
            // Qt's own strings (standard buttons, context menus) are optional: absent on minimal systems.
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                m_qt = qt.release();
                QCoreApplication::installTranslator(m_qt);
            }
            m_app = app.release();
            QCoreApplication::installTranslator(m_app);
            m_language = language;
        }
    }
    QLocale::setDefault(QLocale(m_language == QLatin1String("en") ? QStringLiteral("en_GB") : m_language));
    emit languageChanged(m_language);
    return ok;
}

} // namespace al
