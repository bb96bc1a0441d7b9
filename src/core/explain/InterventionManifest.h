// SPDX-License-Identifier: MIT
#pragma once
// Internal: the explainer parts of model.json ("stages", "randomized"; docs/explainer.md), called by
// loadModelPackage().

#include "attentionlens/ModelPackage.h"

#include <QJsonObject>

namespace al::detail {

/// Reads the optional `stages` array and `randomized` file of `root` into `package` (package.dir, package.id
/// and package.outputs must be set). Throws Error(BadInput) naming the field.
void readExplainSections(const QJsonObject& root, ModelPackage& package);

} // namespace al::detail
