// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace al {

/// Installs the app's compiled-in translation (":/i18n/attentionlens_<lang>.qm") and Qt's own
/// qtbase_<lang>.qm when the system has it. Installing a translator sends QEvent::LanguageChange to
/// every widget, which re-translates itself.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// "en" or "zh_CN".
    static QStringList supportedLanguages();
    /// Switches the UI language; returns false (and stays in English) when the translation is missing.
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
    QString m_language = QStringLiteral("en");
};

} // namespace al
