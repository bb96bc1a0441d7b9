// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelPackage.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace al {

/// The model package whose id is `modelId`, searched in al::modelSearchDirs(); nullopt for models that do
/// not come from a package (saliency) or when the package no longer validates.
std::optional<ModelPackage> findPackageForModel(const QString& modelId);

/// The PNG samples of a package (`<package>/samples/*.png`, sorted); empty without samples.
QStringList packageSamples(const ModelPackage& package);

} // namespace al
