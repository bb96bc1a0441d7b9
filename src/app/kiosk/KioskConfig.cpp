// SPDX-License-Identifier: MIT
#include "KioskConfig.h"

#include "LanguageManager.h"
#include "attentionlens/Error.h"
#include "attentionlens/Paths.h"
#include "attentionlens/PluginRegistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <climits>

namespace al {

// Translation context of this file (a class, so that lupdate files the strings under it).
class KioskConfigTr {
    Q_DECLARE_TR_FUNCTIONS(al::KioskConfig)
};

namespace {

const QSet<QString>& knownKeys() {
    static const QSet<QString> keys{
        QStringLiteral("kiosk/content"),         QStringLiteral("kiosk/languages"),
        QStringLiteral("kiosk/demos"),           QStringLiteral("kiosk/attract"),
        QStringLiteral("kiosk/language"),        QStringLiteral("timeouts/attract_after"),
        QStringLiteral("timeouts/attract_step"), QStringLiteral("timeouts/reset_after"),
        QStringLiteral("models/saliency"),       QStringLiteral("models/digits"),
        QStringLiteral("exit/pin_sha256"),       QStringLiteral("exit/keys"),
    };
    return keys;
}

// QSettings splits "a, b" into a QStringList already; a single value stays a QString.
QStringList listValue(const QSettings& ini, const QString& key, const QStringList& fallback) {
    if (!ini.contains(key))
        return fallback;
    QStringList out;
    for (QString item : ini.value(key).toStringList()) {
        item = item.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

double secondsValue(const QSettings& ini, const QString& key, double fallback, const QString& path) {
    if (!ini.contains(key))
        return fallback;
    bool ok = false;
    const QString text = ini.value(key).toString().trimmed();
    const double value = text.toDouble(&ok);
    // 0.05 s keeps the timers meaningful; a day is far longer than any exhibit needs.
    if (!ok || !(value >= 0.05 && value <= 86400.0))
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr("%1: %2 = “%3” is not a number of seconds between 0.05 and 86400.")
                        .arg(path, key, text));
    return value;
}

void checkKeys(const QSettings& ini, const QString& path) {
    for (const QString& key : ini.allKeys()) {
        if (!knownKeys().contains(key))
            throw Error(ErrorCode::BadInput,
                        al::KioskConfigTr::tr("%1: unknown setting “%2”. Known settings: %3.")
                            .arg(path, key, QStringList(knownKeys().values()).join(QStringLiteral(", "))));
    }
}

void readLanguages(const QSettings& ini, const QString& path, KioskConfig& config) {
    config.languages = listValue(ini, QStringLiteral("kiosk/languages"), config.languages);
    if (config.languages.isEmpty())
        throw Error(
            ErrorCode::BadInput,
            al::KioskConfigTr::tr("%1: kiosk/languages is empty; write en, zh_CN or both.").arg(path));
    for (const QString& lang : config.languages) {
        if (!LanguageManager::supportedLanguages().contains(lang))
            throw Error(
                ErrorCode::BadInput,
                al::KioskConfigTr::tr("%1: kiosk/languages has “%2”; supported are %3.")
                    .arg(path, lang, LanguageManager::supportedLanguages().join(QStringLiteral(", "))));
    }
    config.startLanguage = ini.value(QStringLiteral("kiosk/language"), config.languages.first()).toString();
    if (!config.languages.contains(config.startLanguage))
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr("%1: kiosk/language “%2” is not one of kiosk/languages (%3).")
                        .arg(path, config.startLanguage, config.languages.join(QStringLiteral(", "))));
}

void readExit(const QSettings& ini, const QString& path, KioskConfig& config) {
    config.pinSha256 = ini.value(QStringLiteral("exit/pin_sha256")).toString().trimmed().toLower().toLatin1();
    static const QByteArray hexDigits("0123456789abcdef");
    const bool hex = std::all_of(config.pinSha256.begin(), config.pinSha256.end(),
                                 [](char c) { return hexDigits.contains(c); });
    if (!config.pinSha256.isEmpty() && (config.pinSha256.size() != 64 || !hex))
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr("%1: exit/pin_sha256 must be 64 hex digits, e.g. the output of "
                                          "“printf %s 1234 | sha256sum”.")
                        .arg(path));
    const QString keys = ini.value(QStringLiteral("exit/keys")).toString().trimmed();
    config.exitKeys = QKeySequence::fromString(keys, QKeySequence::PortableText);
    if (!keys.isEmpty() && (config.exitKeys.isEmpty() || config.exitKeys.count() != 1 ||
                            config.exitKeys[0].key() == Qt::Key_unknown))
        throw Error(
            ErrorCode::BadInput,
            al::KioskConfigTr::tr("%1: exit/keys = “%2” is not one key combination such as Ctrl+Alt+Shift+Q.")
                .arg(path, keys));
    if (config.pinSha256.isEmpty() && config.exitKeys.isEmpty())
        throw Error(
            ErrorCode::BadInput,
            al::KioskConfigTr::tr("%1: no way to leave the kiosk: set exit/pin_sha256, exit/keys or both.")
                .arg(path));
}

} // namespace

KioskConfig KioskConfig::defaults() {
    KioskConfig config;
    config.exitKeys = QKeySequence(QStringLiteral("Ctrl+Alt+Shift+Q"), QKeySequence::PortableText);
    return config;
}

KioskConfig KioskConfig::load(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr(
                        "Kiosk configuration “%1” does not exist or cannot be read; pass an INI file "
                        "with --kiosk-config (see packaging/kiosk/kiosk.ini).")
                        .arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr(
                        "%1 is not a valid INI file; check the [section] lines and key = value pairs.")
                        .arg(path));
    checkKeys(ini, path);

    KioskConfig config;
    config.contentDir = ini.value(QStringLiteral("kiosk/content")).toString().trimmed();
    if (!config.contentDir.isEmpty()) {
        // A relative folder is relative to the INI file, never to the current directory.
        config.contentDir = QDir(info.absolutePath()).absoluteFilePath(config.contentDir);
        if (!QFileInfo(config.contentDir).isDir())
            throw Error(ErrorCode::BadInput,
                        al::KioskConfigTr::tr(
                            "%1: kiosk/content “%2” is not a folder; point it at a folder of photos or "
                            "remove the line to use the bundled samples.")
                            .arg(path, config.contentDir));
    }
    config.demos = listValue(ini, QStringLiteral("kiosk/demos"), config.demos);
    for (const QString& demo : config.demos) {
        if (!KioskConfig().demos.contains(demo))
            throw Error(ErrorCode::BadInput,
                        al::KioskConfigTr::tr("%1: kiosk/demos has “%2”; write any of %3.")
                            .arg(path, demo, KioskConfig().demos.join(QStringLiteral(", "))));
    }
    if (config.demos.isEmpty())
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr("%1: kiosk/demos is empty; list at least one demo.").arg(path));
    config.attractDemos = listValue(ini, QStringLiteral("kiosk/attract"), {});
    for (const QString& demo : config.attractDemos) {
        if (!config.demos.contains(demo))
            throw Error(ErrorCode::BadInput,
                        al::KioskConfigTr::tr("%1: kiosk/attract has “%2”, which is not in kiosk/demos (%3).")
                            .arg(path, demo, config.demos.join(QStringLiteral(", "))));
    }
    config.attractAfterSeconds =
        secondsValue(ini, QStringLiteral("timeouts/attract_after"), config.attractAfterSeconds, path);
    config.attractStepSeconds =
        secondsValue(ini, QStringLiteral("timeouts/attract_step"), config.attractStepSeconds, path);
    config.resetAfterSeconds =
        secondsValue(ini, QStringLiteral("timeouts/reset_after"), config.resetAfterSeconds, path);
    readLanguages(ini, path, config);
    config.saliencyModels = listValue(ini, QStringLiteral("models/saliency"), config.saliencyModels);
    config.digitModels = listValue(ini, QStringLiteral("models/digits"), config.digitModels);
    readExit(ini, path, config);
    return config;
}

void KioskConfig::checkModels(const PluginRegistry& registry, const QString& path) const {
    for (const QString& id : saliencyModels + digitModels) {
        if (registry.model(id))
            continue;
        QStringList known;
        for (const auto& model : registry.models())
            known << model->id();
        throw Error(ErrorCode::BadInput,
                    al::KioskConfigTr::tr(
                        "%1: no loaded plugin offers the model “%2” (models/saliency or models/digits). "
                        "Available: %3.")
                        .arg(path, id, known.join(QStringLiteral(", "))));
    }
}

QByteArray KioskConfig::hashPin(const QString& pin) {
    return QCryptographicHash::hash(pin.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool KioskConfig::pinMatches(const QString& pin) const {
    return !pinSha256.isEmpty() && !pin.isEmpty() && hashPin(pin) == pinSha256;
}

QString KioskConfig::contentFolder() const {
    if (!contentDir.isEmpty())
        return contentDir;
    for (const QString& dir : dataDirs()) {
        if (QFileInfo(dir + QStringLiteral("/samples")).isDir())
            return dir + QStringLiteral("/samples");
    }
    return {};
}

QStringList KioskConfig::contentFiles(const QString& folder, const QStringList& suffixes, int limit) {
    const QString canonicalRoot = QFileInfo(folder).canonicalFilePath();
    if (folder.isEmpty() || canonicalRoot.isEmpty())
        return {};
    const QString root = canonicalRoot + QLatin1Char('/');
    QStringList out;
    // Hidden files are left out too: a visitor has no business with dot files.
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name)) {
        if (!suffixes.isEmpty() && !suffixes.contains(file.suffix().toLower()))
            continue;
        const QString canonical = file.canonicalFilePath();
        // Directly inside the folder after resolving links: no escape through a symlink, no subfolders.
        if (!canonical.startsWith(root) || canonical.indexOf(QLatin1Char('/'), root.size()) >= 0)
            continue;
        out << canonical;
        if (out.size() >= limit)
            break;
    }
    return out;
}

bool KioskConfig::isContentFile(const QString& folder, const QString& path, const QStringList& suffixes) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return !canonical.isEmpty() && contentFiles(folder, suffixes, INT_MAX).contains(canonical);
}

QStringList KioskConfig::photos() const {
    if (contentDir.isEmpty())
        return bundledSamples();
    return contentFiles(contentDir, {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                     QStringLiteral("bmp")});
}

} // namespace al
