// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Rendering of token attention without widgets (QtGui only), shared by the Text workspace, the CLI's
/// exports and the benchmarks: the matrix view as an image, the head view (lines between tokens), top-k
/// links for long inputs and token colouring.

#include "attentionlens/Heatmap.h"
#include "attentionlens/ModelTypes.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>
#include <vector>

class QPainter;

namespace al {

/// One query -> key link of a token-to-token matrix.
struct TokenLink {
    int query = 0;
    int key = 0;
    float weight = 0.f;
};

/// The `k` strongest keys of every query row of an N x N CV_32FC1 matrix (k <= 0 or k >= N: every
/// entry), dropping weights below `minWeight`. Rows in order, keys by falling weight.
/// Threading: pure function. Throws Error(BadInput) for a non-square or non-float matrix.
std::vector<TokenLink> topLinks(const cv::Mat& matrix, int k, float minWeight = 0.f);

/// The matrix view: one pixel per cell (row = query, column = key), normalised and coloured like a
/// heatmap (Heatmap.h). The view scales the image with nearest-neighbour sampling. Format_RGB888.
/// Throws Error(BadInput) for an empty or non-float matrix.
QImage tokenMatrixImage(const cv::Mat& matrix, const RenderOptions& options);

/// Labels shown for tokens: the text the user typed (via the token's offsets) for ordinary tokens, the
/// vocabulary entry for special tokens; unknown tokens keep the typed text (the views mark them).
QStringList tokenLabels(const std::vector<TextToken>& tokens, const QString& text);

/// Colours for `n` heads, distinct and readable on white.
std::vector<QColor> headColours(int n);

/// Head view geometry and options: queries on the left, keys on the right, one row per token.
struct HeadViewOptions {
    int width = 520;
    int rowHeight = 18;      ///< pixels per token row; below 8 no labels are drawn (overview mode)
    int labelWidth = 150;    ///< width of each label column
    int topK = 0;            ///< per query; 0 = every link above minWeight
    float minWeight = 0.02f; ///< weaker links are not drawn
    int focusToken = -1;     ///< >= 0: only links from or to this token (hover isolates it)
    QRect viewport;          ///< part of the full view to paint (full-view coordinates); empty = all
    QFont font;
};

/// Height of the full head view for `tokens` rows.
int headViewHeight(int tokens, const HeadViewOptions& options);
/// The token row under y (full-view coordinates), or -1.
int headViewTokenAt(int y, int tokens, const HeadViewOptions& options);

/// Paints the head view in full-view coordinates. `links[i]` are head i's links (from topLinks()), drawn in
/// `colours[i]` with an opacity that grows with the weight; `labels` has one entry per token and `unknown`
/// marks UNK tokens (drawn in red and underlined). Only rows and links that touch the viewport are painted,
/// so a 2048-token input costs what its visible part costs. Throws Error(BadInput) when sizes disagree.
void paintHeadView(QPainter& painter, const std::vector<std::vector<TokenLink>>& links,
                   const std::vector<QColor>& colours, const QStringList& labels,
                   const std::vector<bool>& unknown, const HeadViewOptions& options);

/// The head view as an image of the options' viewport (the whole view when it is empty) on white,
/// Format_ARGB32_Premultiplied.
QImage renderHeadView(const std::vector<std::vector<TokenLink>>& links, const std::vector<QColor>& colours,
                      const QStringList& labels, const std::vector<bool>& unknown,
                      const HeadViewOptions& options);

/// Background colour of a token for a weight in [0,1] (0 = white, 1 = the colormap's strongest colour
/// blended to stay readable with black text).
QColor tokenWeightColour(double weight01, Colormap colormap);

} // namespace al
