// SPDX-License-Identifier: MIT
// The head view (lines between query and key tokens, after Vig 2019, "A Multiscale Visualization of
// Attention in the Transformer Model"), painted with QPainter so the widget, the exports and the
// benchmark share it.
#include "attentionlens/Error.h"
#include "attentionlens/TextViews.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLineF>
#include <QPainter>
#include <algorithm>

namespace al {
namespace {

constexpr int kOverviewRowHeight = 8; // below this, rows are too thin for labels
constexpr int kAlphaBuckets = 16;     // links are batched by opacity: one pen per bucket
constexpr double kStubPixels = 90.0;  // vertical reach of a link whose other end is off screen

struct Geometry {
    int rowHeight;
    int labelWidth;
    int lineLeft;
    int lineRight;
    double rowCentre(int row) const { return row * rowHeight + rowHeight / 2.0; }
};

Geometry geometry(const HeadViewOptions& o) {
    const int rowHeight = std::max(1, o.rowHeight);
    const int labelWidth =
        rowHeight < kOverviewRowHeight ? 6 : std::clamp(o.labelWidth, 20, o.width / 2 - 20);
    return {rowHeight, labelWidth, labelWidth + 4, o.width - labelWidth - 4};
}

void paintLabels(QPainter& painter, const QStringList& labels, const std::vector<bool>& unknown,
                 const HeadViewOptions& o, const Geometry& g, int first, int last) {
    const bool overview = g.rowHeight < kOverviewRowHeight;
    QFont font = o.font;
    if (!overview)
        font.setPixelSize(std::max(8, g.rowHeight - 6));
    QFont unkFont = font;
    unkFont.setUnderline(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (int row = first; row <= last; ++row) {
        const bool unk = unknown[size_t(row)];
        const QRect left(0, row * g.rowHeight, g.labelWidth - 4, g.rowHeight);
        const QRect right(o.width - g.labelWidth + 4, row * g.rowHeight, g.labelWidth - 4, g.rowHeight);
        if (row == o.focusToken) {
            painter.fillRect(left.adjusted(0, 0, 4, 0), QColor(255, 230, 150));
            painter.fillRect(right.adjusted(-4, 0, 0, 0), QColor(255, 230, 150));
        }
        if (overview) {
            if (unk) { // a red tick per UNK token keeps them visible at any density
                painter.fillRect(left, QColor(200, 30, 30));
                painter.fillRect(right, QColor(200, 30, 30));
            }
            continue;
        }
        painter.setPen(unk ? QColor(190, 20, 20) : QColor(20, 20, 20));
        painter.setFont(unk ? unkFont : font);
        const QString text = metrics.elidedText(labels[row], Qt::ElideRight, left.width());
        painter.drawText(left, Qt::AlignRight | Qt::AlignVCenter, text);
        painter.drawText(right, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

void paintLinks(QPainter& painter, const std::vector<TokenLink>& links, const QColor& colour,
                const HeadViewOptions& o, const Geometry& g, double top, double bottom) {
    std::vector<QList<QLineF>> buckets(kAlphaBuckets);
    for (const TokenLink& l : links) {
        if (o.focusToken >= 0 && l.query != o.focusToken && l.key != o.focusToken)
            continue;
        const double y1 = g.rowCentre(l.query);
        const double y2 = g.rowCentre(l.key);
        const bool in1 = y1 >= top && y1 <= bottom;
        const bool in2 = y2 >= top && y2 <= bottom;
        if (!in1 && !in2)
            continue; // neither token is on screen
        QLineF line(g.lineLeft, y1, g.lineRight, y2);
        if (!in1 || !in2) {
            // A link to an off-screen token is a stub pointing at it: long texts stay readable and the cost
            // follows the visible rows, not the distance to the other token.
            const double t = std::min(1.0, kStubPixels / std::max(1.0, std::abs(y2 - y1)));
            line = in1 ? QLineF(line.p1(), line.pointAt(t)) : QLineF(line.pointAt(1.0 - t), line.p2());
        }
        const int b = std::clamp(int(l.weight * kAlphaBuckets), 0, kAlphaBuckets - 1);
        buckets[size_t(b)].append(line);
    }
    for (int b = 0; b < kAlphaBuckets; ++b) {
        if (buckets[size_t(b)].isEmpty())
            continue;
        QColor c = colour;
        c.setAlphaF(float(std::clamp(0.12 + 0.88 * (b + 0.5) / kAlphaBuckets, 0.0, 1.0)));
        QPen pen(c, 1.0);
        pen.setCosmetic(true); // the cosmetic 1-px rasteriser is several times faster than stroking
        painter.setPen(pen);
        painter.drawLines(buckets[size_t(b)]);
    }
}

} // namespace

int headViewHeight(int tokens, const HeadViewOptions& options) {
    return std::max(0, tokens) * std::max(1, options.rowHeight);
}

int headViewTokenAt(int y, int tokens, const HeadViewOptions& options) {
    if (y < 0)
        return -1;
    const int row = y / std::max(1, options.rowHeight);
    return row < tokens ? row : -1;
}

void paintHeadView(QPainter& painter, const std::vector<std::vector<TokenLink>>& links,
                   const std::vector<QColor>& colours, const QStringList& labels,
                   const std::vector<bool>& unknown, const HeadViewOptions& options) {
    const int n = int(labels.size());
    if (links.size() > colours.size() || unknown.size() != size_t(n))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::TextViews",
                                                "Head view: %1 heads with %2 colours, %3 labels "
                                                "with %4 UNK flags.")
                        .arg(links.size())
                        .arg(colours.size())
                        .arg(n)
                        .arg(unknown.size()));
    const Geometry g = geometry(options);
    const QRect full(0, 0, options.width, headViewHeight(n, options));
    const QRect vp = options.viewport.isEmpty() ? full : options.viewport.intersected(full);
    if (vp.isEmpty() || n == 0)
        return;
    const int first = std::max(0, vp.top() / g.rowHeight);
    const int last = std::min(n - 1, vp.bottom() / g.rowHeight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, g.rowHeight >= kOverviewRowHeight);
    for (size_t h = 0; h < links.size(); ++h)
        paintLinks(painter, links[h], colours[h], options, g, vp.top(), vp.bottom() + 1);
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintLabels(painter, labels, unknown, options, g, first, last);
    painter.restore();
}

QImage renderHeadView(const std::vector<std::vector<TokenLink>>& links, const std::vector<QColor>& colours,
                      const QStringList& labels, const std::vector<bool>& unknown,
                      const HeadViewOptions& options) {
    const QRect full(0, 0, options.width, headViewHeight(int(labels.size()), options));
    const QRect vp = options.viewport.isEmpty() ? full : options.viewport.intersected(full);
    QImage image(std::max(1, vp.width()), std::max(1, vp.height()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-vp.topLeft());
    HeadViewOptions o = options;
    o.viewport = vp;
    paintHeadView(painter, links, colours, labels, unknown, o);
    return image;
}

} // namespace al
