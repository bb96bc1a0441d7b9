// SPDX-License-Identifier: MIT
#include "PackageLookup.h"

#include "attentionlens/Error.h"

#include <QDir>
#include <QFileInfo>

namespace al {

std::optional<ModelPackage> findPackageForModel(const QString& modelId) {
    if (modelId.isEmpty())
        return std::nullopt;
    for (const QString& dir : findModelPackageDirs(modelSearchDirs())) {
        // The id equals the folder name (docs/models.md); check it first so only one manifest is parsed.
        if (QFileInfo(dir).fileName() != modelId)
            continue;
        try {
            ModelPackage package = loadModelPackage(dir);
            if (package.id == modelId)
                return package;
        } catch (const Error&) {
            // A broken package is reported by the onnx plugin (Plugins report); the app just shows less.
        }
    }
    return std::nullopt;
}

QStringList packageSamples(const ModelPackage& package) {
    if (package.samplesDir.isEmpty())
        return {};
    const QDir dir(package.samplesDir);
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
        paths << dir.absoluteFilePath(name);
    return paths;
}

} // namespace al
