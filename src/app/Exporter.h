// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"
#include "attentionlens/ModelTypes.h"

#include <QString>
#include <opencv2/core.hpp>

namespace al {

/// What the Export menu writes.
enum class ExportKind { OverlayPng, MapPng, ResultJson };

/// Writes one export atomically (al::writeImageAtomic / al::writeFileAtomic). Throws al::Error naming the
/// path. `map` may be nullptr only for ResultJson.
void exportResult(ExportKind kind, const QString& path, const cv::Mat& imageBgr, const ModelResult& result,
                  const AttentionMap* map, const RenderOptions& options, const QString& inputPath);

/// A file name suggestion next to the input, e.g. "cat.spectral-residual.overlay.png".
QString suggestedExportName(ExportKind kind, const QString& inputPath, const QString& modelId);

} // namespace al
