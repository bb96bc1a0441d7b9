// SPDX-License-Identifier: MIT
#include "attentionlens/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace al {

namespace {

QString appDir() {
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
}

const QStringList& sampleFilters() {
    static const QStringList filters{
        QStringLiteral("*.png"),  QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
        QStringLiteral("*.bmp"),  QStringLiteral("*.tif"), QStringLiteral("*.tiff"),
        QStringLiteral("*.webp"), QStringLiteral("*.pgm"), QStringLiteral("*.ppm"),
    };
    return filters;
}

} // namespace

QStringList dataDirs() {
    QStringList candidates;
    const QString env = qEnvironmentVariable("ATTENTIONLENS_DATA_DIR");
    if (!env.isEmpty())
        candidates << env;
    const QString installed =
        appDir().isEmpty() ? QString() : appDir() + QStringLiteral("/../share/attentionlens");
    if (!installed.isEmpty())
        candidates << installed;
    // The compiled-in source tree only serves binaries that are not installed (i.e. run from the build tree).
    if (installed.isEmpty() || !QFileInfo(installed).isDir())
        candidates << QStringLiteral(AL_SOURCE_RESOURCES_DIR);

    QStringList dirs;
    QSet<QString> seen;
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo fi(candidate);
        if (!fi.isDir())
            continue;
        const QString canonical = fi.canonicalFilePath();
        if (seen.contains(canonical))
            continue;
        seen.insert(canonical);
        dirs << canonical;
    }
    return dirs;
}

QStringList bundledSamples() {
    for (const QString& dir : dataDirs()) {
        const QDir samples(dir + QStringLiteral("/samples"));
        if (!samples.exists())
            continue;
        QStringList files;
        const QFileInfoList entries = samples.entryInfoList(sampleFilters(), QDir::Files | QDir::Readable,
                                                            QDir::Name | QDir::IgnoreCase);
        for (const QFileInfo& fi : entries)
            files << fi.absoluteFilePath();
        return files;
    }
    return {};
}

QString findDataFile(const QString& relative) {
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    for (const QString& dir : dataDirs()) {
        const QFileInfo fi(QDir(dir).filePath(relative));
        if (fi.exists())
            return fi.absoluteFilePath();
    }
    return {};
}

} // namespace al
