// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QJsonObject>

namespace al {

class AttentionModel;

/// The JSON document of a run (CLI --json, GUI export): model id, input path and size, elapsed ms,
/// predictions, and for each map: name, title, kind, layer, head, semantics, final flag, size,
/// region, min/max/mean, argmax in input pixel coordinates. Map values are not included unless
/// includeData is true (then as row-major arrays under "data").
QJsonObject resultToJson(const ModelResult& result, const QString& inputPath, bool includeData = false);

/// A model's description for `models --json`: id, name, description, plugin, modalities, parameters.
QJsonObject modelToJson(const AttentionModel& model, const QString& pluginId);

} // namespace al
