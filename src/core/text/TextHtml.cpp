// SPDX-License-Identifier: MIT
// Self-contained HTML export of a text run: inline CSS, inline SVG and PNG data URIs, no scripts and no
// external files, so the page can be mailed or archived as one file.
#include "attentionlens/TextExport.h"
#include "attentionlens/TextViews.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextStream>

namespace al {
// Translation context of this file (a class, so that lupdate files the strings under it).
class TextExportTr {
    Q_DECLARE_TR_FUNCTIONS(al::TextExport)
};

namespace {

constexpr int kHeadViewLimit = 512; // tokens; above it the SVG head view would be unreadable and huge
constexpr int kHeadViewTopK = 3;

const char* kStyle =
    "body{font-family:sans-serif;margin:24px;color:#222;max-width:1200px}"
    "h1{font-size:20px}h2{font-size:16px;margin-top:28px}"
    ".text{line-height:2;font-size:16px;border:1px solid #ddd;padding:12px;white-space:pre-wrap}"
    ".tok{padding:2px 1px;border-radius:3px}"
    ".unk{text-decoration:underline wavy #c00;color:#a00}"
    ".notice{background:#fff3cd;border:1px solid #e0c060;padding:8px}"
    "table{border-collapse:collapse}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:left}"
    ".heads{display:flex;flex-wrap:wrap;gap:12px}.heads figure{margin:0}"
    ".heads img{width:220px;height:220px;image-rendering:pixelated;border:1px solid #ccc}"
    "figcaption{font-size:12px;color:#555}";

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString pngDataUri(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

std::vector<float> poolingWeights(const ModelResult& result) {
    const AttentionMap* m = tokenPoolingMap(result);
    if (!m)
        return {};
    return std::vector<float>(m->data.ptr<float>(0), m->data.ptr<float>(0) + m->data.cols);
}

void writeColouredText(QTextStream& out, const ModelResult& result, const QString& text,
                       const std::vector<float>& weights, Colormap colormap) {
    const std::vector<double> colour = poolingColourWeights(result);
    out << "<div class=\"text\">";
    qsizetype pos = 0;
    for (size_t i = 0; i < result.tokens.size(); ++i) {
        const TextToken& t = result.tokens[i];
        if (t.start < pos || t.start + t.length > text.size())
            continue; // special tokens have no place in the text
        out << esc(text.mid(pos, t.start - pos));
        const double w = colour.empty() ? 0.0 : colour[i];
        const QString tip = weights.empty()
                                ? esc(t.text)
                                : esc(QStringLiteral("%1 · %2").arg(t.text).arg(weights[i], 0, 'f', 4));
        out << "<span class=\"tok" << (t.unknown ? " unk" : "")
            << "\" style=\"background:" << tokenWeightColour(w, colormap).name() << "\" title=\"" << tip
            << "\">" << esc(text.mid(t.start, t.length)) << "</span>";
        pos = t.start + t.length;
    }
    out << esc(text.mid(pos)) << "</div>\n";
}

void writePoolingChart(QTextStream& out, const QStringList& labels, const std::vector<float>& weights) {
    const int n = int(weights.size());
    const int width = 1100, height = 180, base = 150;
    const double bar = double(width) / std::max(n, 1);
    const float top = std::max(1e-12f, *std::max_element(weights.begin(), weights.end()));
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" role=\"img\"><title>" << esc(al::TextExportTr::tr("Attention-pooling weight per token"))
        << "</title>";
    for (int i = 0; i < n; ++i) {
        const double h = (base - 10) * weights[size_t(i)] / top;
        out << "<rect x=\"" << i * bar << "\" y=\"" << base - h << "\" width=\"" << std::max(bar - 1, 0.5)
            << "\" height=\"" << h << "\" fill=\"#3b6fb6\"><title>" << esc(labels[i]) << " · "
            << weights[size_t(i)] << "</title></rect>";
        if (n <= 64)
            out << "<text x=\"" << i * bar + bar / 2 << "\" y=\"" << base + 12
                << "\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-45 " << i * bar + bar / 2
                << ' ' << base + 12 << ")\">" << esc(labels[i]) << "</text>";
    }
    out << "</svg>\n";
}

void writeHeadViewSvg(QTextStream& out, const TokenAttentionLayer& layer, const QStringList& labels) {
    const int n = int(labels.size());
    const int row = 16, width = 640, label = 160;
    const std::vector<QColor> colours = headColours(int(layer.heads.size()));
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << n * row + 4
        << "\" font-size=\"11\">";
    for (size_t h = 0; h < layer.heads.size(); ++h)
        for (const TokenLink& l : topLinks(layer.heads[h]->data, kHeadViewTopK, 0.02f))
            out << "<line x1=\"" << label + 4 << "\" y1=\"" << l.query * row + row / 2 << "\" x2=\""
                << width - label - 4 << "\" y2=\"" << l.key * row + row / 2 << "\" stroke=\""
                << colours[h].name() << "\" stroke-opacity=\"" << std::clamp(l.weight, 0.1f, 1.f) << "\"/>";
    for (int i = 0; i < n; ++i) {
        const QString s = esc(labels[i]);
        out << "<text x=\"" << label << "\" y=\"" << i * row + row - 4 << "\" text-anchor=\"end\">" << s
            << "</text><text x=\"" << width - label << "\" y=\"" << i * row + row - 4 << "\">" << s
            << "</text>";
    }
    out << "</svg>\n";
}

void writeLayers(QTextStream& out, const std::vector<TokenAttentionLayer>& layers,
                 const TextExportOptions& o) {
    RenderOptions render;
    render.colormap = o.colormap;
    for (const TokenAttentionLayer& layer : layers) {
        out << "<h2>"
            << esc(al::TextExportTr::tr("%1: attention per head (rows = queries, columns = keys)")
                       .arg(tokenLayerTitle(layer.layer)))
            << "</h2><div class=\"heads\">";
        for (const AttentionMap* m : layer.heads)
            out << "<figure><img alt=\"" << esc(m->title) << "\" src=\""
                << pngDataUri(tokenMatrixImage(m->data, render)) << "\"><figcaption>"
                << esc(al::TextExportTr::tr("head %1").arg(m->head)) << "</figcaption></figure>";
        out << "</div>\n";
    }
}

} // namespace

QByteArray textResultToHtml(const ModelResult& result, const QString& text,
                            const TextExportOptions& options) {
    QString html;
    QTextStream out(&html);
    const QStringList labels = tokenLabels(result.tokens, text);
    const std::vector<float> weights = poolingWeights(result);
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        << esc(al::TextExportTr::tr("AttentionLens · %1").arg(result.modelId)) << "</title><style>" << kStyle
        << "</style></head><body>\n<h1>"
        << esc(al::TextExportTr::tr("AttentionLens · %1").arg(result.modelId)) << "</h1>\n";
    const int dropped = result.scalars.value(QStringLiteral("dropped_tokens"), 0).toInt();
    if (dropped > 0)
        out << "<p class=\"notice\">"
            << esc(al::TextExportTr::tr(
                       "The text was truncated: the last %1 tokens were not seen by the model.")
                       .arg(dropped))
            << "</p>\n";
    out << "<table><tr><th>" << esc(al::TextExportTr::tr("Class")) << "</th><th>"
        << esc(al::TextExportTr::tr("Probability")) << "</th></tr>";
    for (const Prediction& p : result.predictions)
        out << "<tr><td>" << esc(p.label) << "</td><td>" << QString::number(p.score * 100.0, 'f', 1)
            << "%</td></tr>";
    out << "</table>\n<h2>"
        << esc(al::TextExportTr::tr("Text (%1 tokens; colour = attention-pooling weight, wavy underline = "
                                    "unknown word)")
                   .arg(result.tokens.size()))
        << "</h2>\n";
    writeColouredText(out, result, text, weights, options.colormap);
    if (!weights.empty()) {
        out << "<h2>" << esc(al::TextExportTr::tr("Attention-pooling weights")) << "</h2>\n";
        writePoolingChart(out, labels, weights);
    }
    const std::vector<TokenAttentionLayer> layers = tokenAttentionLayers(result);
    writeLayers(out, layers, options);
    if (!layers.empty() && labels.size() <= kHeadViewLimit) {
        out << "<h2>"
            << esc(al::TextExportTr::tr("Head view of %1 (top %2 links per token, one colour per head)")
                       .arg(tokenLayerTitle(layers.back().layer))
                       .arg(kHeadViewTopK))
            << "</h2>\n";
        writeHeadViewSvg(out, layers.back(), labels);
    }
    out << "</body></html>\n";
    out.flush();
    return html.toUtf8();
}

} // namespace al
