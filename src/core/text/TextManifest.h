// SPDX-License-Identifier: MIT
#pragma once
// Internal: the text part of model.json (docs/text-models.md), called by loadModelPackage().

#include "attentionlens/ModelPackage.h"

#include <QJsonObject>

namespace al::detail {

/// Reads the `input` and `text` sections of a text package's manifest `root` into `package`
/// (package.dir, package.id must be set). Throws Error(BadInput) naming the field.
void readTextSections(const QJsonObject& root, ModelPackage& package);

} // namespace al::detail
