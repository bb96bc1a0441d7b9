// SPDX-License-Identifier: MIT
// The matrix view as an image, top-k links, token labels and colours.
#include "attentionlens/Error.h"
#include "attentionlens/TextViews.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace al {
namespace {

void checkMatrix(const cv::Mat& m, bool square) {
    if (m.empty() || m.type() != CV_32FC1 || (square && m.rows != m.cols))
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::TextViews",
                                                "A token attention matrix must be a non-empty N x N float "
                                                "matrix (got %1 x %2).")
                        .arg(m.rows)
                        .arg(m.cols));
}

} // namespace

std::vector<TokenLink> topLinks(const cv::Mat& matrix, int k, float minWeight) {
    checkMatrix(matrix, true);
    const int n = matrix.cols;
    const int keep = (k <= 0 || k >= n) ? n : k;
    std::vector<TokenLink> links;
    links.reserve(size_t(matrix.rows) * size_t(std::min(keep, 16)));
    std::vector<int> order(static_cast<size_t>(n));
    for (int q = 0; q < matrix.rows; ++q) {
        const float* row = matrix.ptr<float>(q);
        std::iota(order.begin(), order.end(), 0);
        const auto stronger = [row](int a, int b) { return row[a] > row[b] || (row[a] == row[b] && a < b); };
        if (keep < n)
            std::partial_sort(order.begin(), order.begin() + keep, order.end(), stronger);
        else
            std::sort(order.begin(), order.end(), stronger);
        for (int i = 0; i < keep; ++i) {
            const float w = row[order[size_t(i)]];
            if (!(w >= minWeight)) // also drops NaN
                break;
            links.push_back({q, order[size_t(i)], w});
        }
    }
    return links;
}

QImage tokenMatrixImage(const cv::Mat& matrix, const RenderOptions& options) {
    checkMatrix(matrix, false);
    const cv::Mat norm = normalizeMap(matrix, options);
    const cv::Mat& lut = colormapLut(options.colormap); // BGR, 1 x 256
    const cv::Vec3b* entries = lut.ptr<cv::Vec3b>(0);
    QImage image(norm.cols, norm.rows, QImage::Format_RGB888);
    for (int y = 0; y < norm.rows; ++y) {
        const float* in = norm.ptr<float>(y);
        uchar* out = image.scanLine(y);
        for (int x = 0; x < norm.cols; ++x) {
            const cv::Vec3b c = entries[std::clamp(int(in[x] * 255.f + 0.5f), 0, 255)];
            out[3 * x] = c[2];
            out[3 * x + 1] = c[1];
            out[3 * x + 2] = c[0];
        }
    }
    return image;
}

QStringList tokenLabels(const std::vector<TextToken>& tokens, const QString& text) {
    QStringList labels;
    labels.reserve(qsizetype(tokens.size()));
    for (const TextToken& t : tokens) {
        const bool typed = !t.special && t.start >= 0 && t.start + t.length <= text.size();
        QString label = typed ? text.mid(t.start, t.length) : t.text;
        // WordPiece continuation pieces read better with their "##" marker.
        if (typed && t.text.startsWith(QLatin1String("##")))
            label.prepend(QStringLiteral("##"));
        labels << label;
    }
    return labels;
}

std::vector<QColor> headColours(int n) {
    // Tableau-10-like hues, then evenly spaced hues for more heads.
    static const QRgb base[] = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e,
                                0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f};
    std::vector<QColor> colours;
    for (int i = 0; i < n; ++i)
        colours.push_back(i < 10 ? QColor(base[i])
                                 : QColor::fromHsv((i * 360 / std::max(n, 1)) % 360, 200, 190));
    return colours;
}

QColor tokenWeightColour(double weight01, Colormap colormap) {
    const cv::Vec3b c =
        colormapLut(colormap).at<cv::Vec3b>(0, std::clamp(int(weight01 * 255.0 + 0.5), 0, 255));
    // Blend towards white so black text stays readable: at most 75% of the colour.
    const double a = 0.75 * std::clamp(weight01, 0.0, 1.0);
    auto mix = [a](int v) { return int(255.0 * (1.0 - a) + v * a + 0.5); };
    return QColor(mix(c[2]), mix(c[1]), mix(c[0]));
}

} // namespace al
