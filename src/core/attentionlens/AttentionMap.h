// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <opencv2/core.hpp>
#include <optional>

namespace al {

/// What an attention map's axes mean.
enum class MapKind {
    Spatial,      ///< a 2-D map over the image (rows x cols of some grid covering `region`)
    Channel,      ///< one weight per feature channel (1 x C)
    TokenToToken, ///< query x key weights (N x N)
    Gate,         ///< a multiplicative gate over a grid (attention-gate style)
    Temporal,     ///< one weight per frame/time step (1 x T)
};

/// How to read the values.
enum class ValueSemantics {
    Unbounded,   ///< arbitrary real values (e.g. a saliency energy)
    NonNegative, ///< >= 0, no fixed upper bound
    Probability, ///< in [0,1], e.g. a sigmoid output or a softmax row
    Logit,       ///< pre-activation value (pre-sigmoid / pre-softmax)
};

QString toString(MapKind kind);
std::optional<MapKind> mapKindFromString(const QString& name);
QString toString(ValueSemantics semantics);
std::optional<ValueSemantics> valueSemanticsFromString(const QString& name);

/// Summary statistics of a map, with the argmax mapped into input pixel coordinates.
struct MapStats {
    float min = 0.f;
    float max = 0.f;
    float mean = 0.f;
    cv::Point2d argmaxInput; ///< centre of the maximal cell, in input pixels (x, y)
};

/// A float map plus what it means.
struct AttentionMap {
    QString name;        ///< unique within a result, machine-friendly: "saliency", "conspicuity/colour"
    QString title;       ///< human-readable title (already translated by the plugin)
    QString description; ///< one sentence for the UI
    MapKind kind = MapKind::Spatial;
    QString layer;       ///< source layer / stage; empty for classical models
    int head = -1;       ///< attention head, -1 when the map is not per head
    cv::Mat data;        ///< CV_32FC1; rows x cols of the map's own grid
    /// Region of the input the map's grid covers, in input pixel coordinates.
    /// An empty rect means the whole input.
    cv::Rect2d region;
    ValueSemantics semantics = ValueSemantics::Unbounded;
    bool isFinal = false; ///< the model's main output map
    QString group;        ///< UI grouping, e.g. "Conspicuity", "Feature maps", "Layer 2"

    /// Stats over data; the argmax is mapped from the map grid into input coordinates using region
    /// (or the whole inputSize when region is empty). Precondition: data is non-empty CV_32FC1.
    MapStats stats(cv::Size inputSize) const;
    /// The region in input pixels, resolving an empty region to the whole input.
    cv::Rect2d inputRegion(cv::Size inputSize) const;
};

} // namespace al
