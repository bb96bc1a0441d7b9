// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Token-to-token attention arithmetic: head fusion, CLS-to-patch maps and attention rollout.

#include <QString>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace al {

enum class HeadFusion { Mean, Max, Min };
QString toString(HeadFusion fusion);
std::optional<HeadFusion> headFusionFromString(const QString& name);

/// Fuses per-head N x N attention matrices (each CV_32FC1, same size) element-wise.
/// Precondition: at least one head; throws Error(BadInput) otherwise or on a size mismatch.
cv::Mat fuseHeads(const std::vector<cv::Mat>& heads, HeadFusion fusion);

/// Row `token` of an N x N matrix, from column `offset` on, reshaped to rows x cols (CV_32FC1).
/// Precondition: offset + rows*cols <= N.
cv::Mat tokenToGrid(const cv::Mat& attention, int token, int offset, int rows, int cols);

/// Attention rollout (Abnar & Zuidema, ACL 2020): for each layer l (first to last) the heads are fused,
/// optionally the lowest `discardRatio` fraction of each fused matrix is zeroed (never the diagonal), then
/// A'_l = (1 - r) * A_l + r * I with r = residualIdentity, rows renormalised to sum 1; the rollout is
/// A'_L * ... * A'_1. `layers[l]` holds that layer's per-head N x N matrices. Returns N x N (CV_32FC1).
/// Threading: pure function, re-entrant.
cv::Mat attentionRollout(const std::vector<std::vector<cv::Mat>>& layers, HeadFusion fusion,
                         double residualIdentity = 0.5, double discardRatio = 0.0);

/// Shannon entropy (nats) of each row of a row-stochastic matrix (CV_32FC1 column of N values).
cv::Mat rowEntropy(const cv::Mat& attention);

} // namespace al
