// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace al {

/// Folders that hold AttentionLens data (samples/, models/, translations/), most specific first:
/// $ATTENTIONLENS_DATA_DIR, <appdir>/../share/attentionlens (install), the source tree's resources/
/// (build tree only, compiled in). Only existing folders are returned.
QStringList dataDirs();

/// The bundled sample images (absolute paths, sorted), from the first data dir that has samples/.
QStringList bundledSamples();

/// First existing "<dataDir>/<relative>" or an empty string.
QString findDataFile(const QString& relative);

} // namespace al
