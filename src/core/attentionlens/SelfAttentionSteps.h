// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// The arithmetic of scaled dot-product self-attention for one query, step by step (Vaswani et al.,
/// "Attention Is All You Need", NeurIPS 2017): scores s_j = q . k_j, scaled s_j / sqrt(d), weights
/// softmax(s / (sqrt(d) * T)) with a temperature T, their entropy, and the output sum_j w_j v_j.
/// Generic over where Q, K, V come from (image patches of a ViT, text tokens).

#include "attentionlens/Heatmap.h"
#include "attentionlens/ModelTypes.h"

#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>
#include <vector>

namespace al {

/// Q, K and V of one head: tokens x d matrices (CV_32FC1, same size; V may have its own column count).
struct HeadQkv {
    cv::Mat q;
    cv::Mat k;
    cv::Mat v;
};

/// Q, K, V of all heads of one attention layer, plus the token labels.
struct SelfAttentionLayer {
    QString name;               ///< e.g. "layer0"
    std::vector<HeadQkv> heads; ///< at least one
    QStringList tokenLabels;    ///< one per token; may be empty
    int tokens() const { return heads.empty() ? 0 : heads.front().q.rows; }
};

/// Every intermediate number for one query of one head.
struct QueryAttentionStep {
    cv::Mat scores;     ///< 1 x N, q . k_j
    double scale = 1.0; ///< 1 / sqrt(d)
    cv::Mat scaled;     ///< 1 x N, scores * scale
    double temperature = 1.0;
    cv::Mat weights;         ///< 1 x N, softmax(scaled / temperature); sums to 1
    double entropy = 0.0;    ///< Shannon entropy of weights in nats
    double maxEntropy = 0.0; ///< log N (the entropy of uniform weights)
    int argmax = -1;         ///< key with the highest weight
    cv::Mat output;          ///< 1 x d_v, sum_j weights_j * v_j
};

/// Softmax of a 1 x N row divided by `temperature` (> 0), computed stably (max subtracted, double
/// accumulation). Returns 1 x N CV_32FC1. Throws Error(BadInput) for an empty row or temperature <= 0.
cv::Mat softmaxWithTemperature(const cv::Mat& row, double temperature);

/// Shannon entropy in nats of a probability row (CV_32FC1); zero entries contribute 0.
double entropyNats(const cv::Mat& probabilities);

/// All steps for query token `query` of one head. Preconditions (else Error(BadInput) naming the
/// argument): q, k non-empty CV_32FC1 with the same size, v CV_32FC1 with as many rows,
/// 0 <= query < rows, temperature > 0. Threading: pure function, re-entrant.
QueryAttentionStep selfAttentionStep(const HeadQkv& head, int query, double temperature = 1.0);

/// selfAttentionStep for every head of a layer.
std::vector<QueryAttentionStep> selfAttentionSteps(const SelfAttentionLayer& layer, int query,
                                                   double temperature = 1.0);

/// The full N x N attention matrix softmax(Q K^T / (sqrt(d) T)) of one head (for checks and the
/// overview); CV_32FC1.
cv::Mat attentionMatrix(const HeadQkv& head, double temperature = 1.0);

/// Splits a [1, H, N, d] or [H, N, d] tensor (CV_32F, `shape` as in Tensor::shape) into H N x d
/// matrices (deep copies). Throws Error(BadInput) for another shape.
std::vector<cv::Mat> splitHeads(const cv::Mat& data, const std::vector<int>& shape);

/// The layers whose Q, K, V a model result carries as intermediates named "<layer>_q", "<layer>_k"
/// and "<layer>_v" (shape [1, H, N, d]), in the order of the "_q" tensors. Token labels: "CLS" for
/// the first token when `clsFirst`, then "r,c" patch labels of a gridCols-wide grid (empty when
/// gridCols <= 0), or the result's text tokens when it has them. Empty when there are none.
std::vector<SelfAttentionLayer> selfAttentionLayers(const ModelResult& result, bool clsFirst = true,
                                                    int gridCols = 0);

/// Lays a 1 x N token row out for display: tokens [offset, offset + rows * cols) on a rows x cols grid in
/// columns 1..cols, the `offset` special tokens before them (CLS) down column 0; with rows * cols == 0 all
/// N tokens form one row. Returns CV_32FC1 with NaN in the cells that hold no token.
cv::Mat tokenRowToGrid(const cv::Mat& row, int offset, int rows, int cols);

/// The token of a tokenRowToGrid cell, or -1 for an empty cell / outside.
int tokenAtGridCell(int n, int offset, int rows, int cols, cv::Point cell);

/// Colours a tokenRowToGrid grid (min-max over its finite cells, `colormap`), empty cells dark grey, each
/// cell `cellPx` pixels square. Returns CV_8UC3 BGR. The hot path of the temperature slider.
cv::Mat renderTokenGrid(const cv::Mat& grid, int cellPx, Colormap colormap = Colormap::Turbo);

/// True when `result` holds at least one layer of Q, K, V intermediates.
bool hasSelfAttentionIntermediates(const ModelResult& result);

} // namespace al
