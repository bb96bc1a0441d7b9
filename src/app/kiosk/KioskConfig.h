// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QKeySequence>
#include <QString>
#include <QStringList>

namespace al {

class PluginRegistry;

/// The kiosk's configuration, read from an INI file (see docs/kiosk.md and packaging/kiosk/kiosk.ini).
/// Times are in seconds (decimals allowed, so tests can use short timeouts).
struct KioskConfig {
    QString contentDir; ///< photos of the saliency demo; empty = the bundled samples
    /// Which demos appear, in this order on the home screen (a demo whose inputs are missing is left out).
    QStringList demos{QStringLiteral("saliency"), QStringLiteral("digits"), QStringLiteral("text"),
                      QStringLiteral("fingerprint"), QStringLiteral("tour")};
    /// Which of the demos the attract loop cycles, in `demos` order; empty in the file = all of them.
    QStringList attractDemos;
    double attractAfterSeconds = 60.0; ///< idle time before the attract loop starts
    double attractStepSeconds = 8.0;   ///< time each demo is shown in the attract loop
    double resetAfterSeconds = 45.0;   ///< idle time before a demo closes and the home screen returns
    QStringList languages{QStringLiteral("en"), QStringLiteral("zh_CN")}; ///< the toggle cycles these
    QString startLanguage = QStringLiteral("en"); ///< language after start and after every reset
    QStringList saliencyModels{QStringLiteral("saliency.spectral-residual"),
                               QStringLiteral("saliency.itti-koch")};
    QStringList digitModels{QStringLiteral("digits-cbam"), QStringLiteral("digits-vit")};
    QByteArray pinSha256;  ///< lower-case hex SHA-256 of the exit PIN; empty = no PIN exit
    QKeySequence exitKeys; ///< empty = no key combination exits

    /// Reads and validates `path`. Throws Error(BadInput) with a message naming the file, the key and what
    /// to write instead: unreadable file, unknown section/key (typos), malformed or out-of-range numbers,
    /// unsupported language, a content folder that does not exist, a PIN hash that is not 64 hex digits, an
    /// unparsable key combination, or no way to exit at all.
    static KioskConfig load(const QString& path);

    /// The defaults plus `pinSha256` and `exitKeys` must still be set by the caller; used without
    /// --kiosk-config.
    static KioskConfig defaults();

    /// Checks that every configured model is offered by a loaded plugin. Throws Error(BadInput) naming the
    /// missing model and the file.
    void checkModels(const PluginRegistry& registry, const QString& path) const;

    /// SHA-256 (hex) of a PIN as stored in `pin_sha256`.
    static QByteArray hashPin(const QString& pin);
    bool pinMatches(const QString& pin) const;

    /// The folder visitors may open files from: `contentDir`, or the bundled samples folder when it is empty
    /// ("" when there is neither).
    QString contentFolder() const;
    /// The regular files directly inside `folder` whose suffix (case-insensitive) is one of `suffixes`
    /// (lower case, no dot; empty = any) and whose canonical path stays inside the folder (a symlink that
    /// escapes it is left out). Canonical paths, sorted by name; at most `limit`.
    static QStringList contentFiles(const QString& folder, const QStringList& suffixes, int limit = 500);
    /// True when `path` is one of contentFiles(folder, suffixes) (checked again when a visitor picks it).
    static bool isContentFile(const QString& folder, const QString& path, const QStringList& suffixes);
    /// Whether the attract loop shows demo `name`.
    bool attracts(const QString& name) const { return attractDemos.isEmpty() || attractDemos.contains(name); }

    /// The image files of the content folder (or of the bundled samples), absolute and sorted. Only regular
    /// files directly inside the folder whose canonical path stays inside it (no symlink escapes).
    QStringList photos() const;
};

} // namespace al
