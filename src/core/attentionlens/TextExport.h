// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// The results of text models: grouping of token attention by layer, JSON and self-contained HTML.
/// Used by `attentionlens-cli text` and the Text workspace's exports.

#include "attentionlens/Heatmap.h"
#include "attentionlens/ModelTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace al {

/// The per-head token-to-token maps of one layer, in head order (pointers into a ModelResult).
struct TokenAttentionLayer {
    QString layer;
    std::vector<const AttentionMap*> heads;
};

/// Every token-to-token map of `result` with a head index, grouped by AttentionMap::layer in result order.
std::vector<TokenAttentionLayer> tokenAttentionLayers(const ModelResult& result);

/// A layer's display title: "Layer 2" for a bare number, the manifest's group name ("Layer 0") otherwise.
QString tokenLayerTitle(const QString& layer);

/// Pooling weights rescaled to [0,1] by their min and max (for colouring tokens: trained pooling weights are
/// often close to uniform, so dividing by the maximum would paint every token alike). Empty without pooling.
std::vector<double> poolingColourWeights(const ModelResult& result);

/// The attention-pooling map (kind Temporal, 1 x N over the tokens), or nullptr.
const AttentionMap* tokenPoolingMap(const ModelResult& result);

struct TextExportOptions {
    QString inputPath;    ///< informational, may be empty
    int topK = 8;         ///< keys kept per query row when a matrix is above denseLimit tokens
    int denseLimit = 256; ///< up to this many tokens, matrices are written in full
    Colormap colormap = Colormap::Viridis;
};

/// Tokens of a result with the typed text and the ids (from the "token_ids" intermediate when present).
QJsonObject textResultToJson(const ModelResult& result, const QString& text,
                             const TextExportOptions& options);

/// One HTML page with everything inline (CSS, SVG, PNG as data URIs; no scripts, no external files):
/// the text coloured by the pooling weights, UNK tokens marked, predictions, the pooling bar chart, every
/// layer x head matrix and a head view of the last layer (top-k links).
QByteArray textResultToHtml(const ModelResult& result, const QString& text, const TextExportOptions& options);

} // namespace al
