// SPDX-License-Identifier: MIT
// The Text workspace's views (tokens, head view, matrix, model view, pooling chart) and its exports.
#include "ErrorReporter.h"
#include "PredictionsPanel.h"
#include "explain/SelfAttentionView.h"
#include "text/HeadViewWidget.h"
#include "text/MatrixViewWidget.h"
#include "text/TextPage.h"

#include "attentionlens/Error.h"
#include "attentionlens/FileIO.h"
#include "attentionlens/SelfAttentionSteps.h"
#include "attentionlens/TextViews.h"
#include "attentionlens/TokenAttention.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QValueAxis>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {

constexpr int kThumbnail = 96;
constexpr int kLongInput = 128;     // tokens; above it "all links" would be a solid wall of lines
constexpr int kBarChartLimit = 200; // tokens; above it the pooling weights are a line chart

RenderOptions matrixRender() {
    RenderOptions o;
    o.colormap = Colormap::Viridis;
    return o;
}

QImage thumbnail(const cv::Mat& m) {
    cv::Mat small = m;
    if (m.rows > kThumbnail)
        cv::resize(m, small, cv::Size(kThumbnail, kThumbnail), 0, 0, cv::INTER_AREA);
    return tokenMatrixImage(small, matrixRender())
        .scaled(kThumbnail, kThumbnail, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

/// The layers of the step-through. Packages may store Q already divided by sqrt(d) (docs/text-models.md);
/// the step-through divides itself, so Q is rescaled when that reproduces the model's own attention.
std::vector<SelfAttentionLayer> stepLayers(const ModelResult& r,
                                           const std::vector<TokenAttentionLayer>& maps) {
    std::vector<SelfAttentionLayer> layers = selfAttentionLayers(r, false);
    if (layers.empty() || maps.empty() || layers[0].heads.empty() || maps[0].heads.empty())
        return layers;
    const HeadQkv& probe = layers[0].heads[0];
    const cv::Mat& model = maps[0].heads[0]->data;
    if (probe.q.rows != model.rows || cv::norm(attentionMatrix(probe), model, cv::NORM_INF) <= 1e-3)
        return layers;
    HeadQkv raw = probe;
    raw.q = cv::Mat(probe.q * std::sqrt(double(probe.q.cols))); // a new buffer: raw.q shares probe's
    if (cv::norm(attentionMatrix(raw), model, cv::NORM_INF) > 1e-3)
        return layers; // neither matches (an unusual graph): show the tensors as they are
    for (SelfAttentionLayer& layer : layers)
        for (HeadQkv& head : layer.heads)
            head.q = head.q * std::sqrt(double(head.q.cols));
    return layers;
}

void clearLayout(QLayout* layout) {
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

void TextPage::showResult() {
    const ModelResult& r = *m_result;
    m_labels = tokenLabels(r.tokens, m_resultText);
    m_unknown.clear();
    for (const TextToken& t : r.tokens)
        m_unknown.push_back(t.unknown);
    m_layers = tokenAttentionLayers(r);
    const int dropped = r.scalars.value(QStringLiteral("dropped_tokens"), 0).toInt();
    m_notice->setText(
        tr("The text was truncated to %1 tokens: the last %2 tokens were not seen by the model.")
            .arg(r.tokens.size())
            .arg(dropped));
    m_notice->setVisible(dropped > 0);
    m_predictions->setResult(&r);
    for (QComboBox* combo : {m_headLayer, m_matrixLayer}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const TokenAttentionLayer& l : m_layers)
            combo->addItem(tokenLayerTitle(l.layer));
        combo->setCurrentIndex(combo->count() - 1);
    }
    clearLayout(m_headChecks->layout());
    m_headBoxes.clear();
    const int heads = m_layers.empty() ? 0 : int(m_layers.back().heads.size());
    const std::vector<QColor> colours = headColours(heads);
    for (int h = 0; h < heads; ++h) {
        auto* box = new QCheckBox(tr("head %1").arg(h));
        box->setObjectName(QStringLiteral("textHead%1").arg(h));
        box->setChecked(true);
        box->setStyleSheet(QStringLiteral("color:%1").arg(colours[size_t(h)].name()));
        connect(box, &QCheckBox::toggled, this, [this] { refreshHeadView(); });
        m_headChecks->layout()->addWidget(box);
        m_headBoxes.push_back(box);
    }
    {
        const QSignalBlocker block(m_matrixHead);
        m_matrixHead->clear();
        for (int h = 0; h < heads; ++h)
            m_matrixHead->addItem(tr("head %1").arg(h));
        m_matrixHead->addItem(tr("mean of heads"));
    }
    refreshTokens();
    refreshHeadView();
    refreshMatrix();
    m_matrix->fitTo(m_matrixScroll->viewport()->size());
    refreshModelGrid();
    refreshPooling();
    refreshSteps();
}

void TextPage::refreshSteps() {
    std::vector<SelfAttentionLayer> layers = stepLayers(*m_result, m_layers);
    m_tabs->setTabEnabled(4, !layers.empty());
    if (layers.empty()) {
        m_steps->clear();
        return;
    }
    for (SelfAttentionLayer& layer : layers)
        layer.tokenLabels = m_labels; // the typed words, not the normalised vocabulary entries
    m_steps->setLayers(std::move(layers), 0, 0, 0, QImage());
}

void TextPage::refreshTokens() {
    const ModelResult& r = *m_result;
    const std::vector<double> colour = poolingColourWeights(r);
    QString html = QStringLiteral("<div style=\"white-space:pre-wrap; line-height:150%\">");
    qsizetype pos = 0;
    for (size_t i = 0; i < r.tokens.size(); ++i) {
        const TextToken& t = r.tokens[i];
        if (t.special || t.start < pos) {
            html += QStringLiteral("<span style=\"color:#888\"><small>%1</small></span> ")
                        .arg(t.text.toHtmlEscaped());
            continue;
        }
        html += m_resultText.mid(pos, t.start - pos).toHtmlEscaped();
        const double w = i < colour.size() ? colour[i] : 0.0;
        QString style = QStringLiteral("background:%1;").arg(tokenWeightColour(w, Colormap::Viridis).name());
        if (t.unknown) // UNK: the model saw only the [UNK] token here
            style += QStringLiteral("color:#b00000; text-decoration:underline;");
        html += QStringLiteral("<span style=\"%1\">%2</span>")
                    .arg(style, m_resultText.mid(t.start, t.length).toHtmlEscaped());
        pos = t.start + t.length;
    }
    html +=
        m_resultText.mid(pos).toHtmlEscaped() + QStringLiteral("</div><p><small>") +
        tr("Colour: attention-pooling weight (lowest to highest in this text). Red underlined: unknown word "
           "(UNK).")
            .toHtmlEscaped() +
        QStringLiteral("</small></p>");
    m_tokens->setHtml(html);
}

void TextPage::refreshHeadView() {
    const int layer = m_headLayer->currentIndex();
    if (!m_result || layer < 0 || layer >= int(m_layers.size())) {
        m_headView->clear();
        return;
    }
    const std::vector<QColor> all = headColours(int(m_layers[size_t(layer)].heads.size()));
    std::vector<cv::Mat> heads;
    std::vector<QColor> colours;
    for (size_t h = 0; h < m_layers[size_t(layer)].heads.size(); ++h) {
        if (h < m_headBoxes.size() && !m_headBoxes[h]->isChecked())
            continue;
        heads.push_back(m_layers[size_t(layer)].heads[h]->data);
        colours.push_back(all[h]);
    }
    const int n = int(m_labels.size());
    const int topK = m_topK->value() == 0 && n > kLongInput ? 4 : m_topK->value();
    m_headView->setData(heads, colours, m_labels, m_unknown, topK);
}

void TextPage::refreshMatrix() {
    const int layer = m_matrixLayer->currentIndex();
    const int head = m_matrixHead->currentIndex();
    if (!m_result || layer < 0 || layer >= int(m_layers.size()) || head < 0) {
        m_matrix->clear();
        return;
    }
    const TokenAttentionLayer& l = m_layers[size_t(layer)];
    cv::Mat m;
    if (head < int(l.heads.size())) {
        m = l.heads[size_t(head)]->data;
    } else {
        std::vector<cv::Mat> all;
        for (const AttentionMap* h : l.heads)
            all.push_back(h->data);
        m = fuseHeads(all, HeadFusion::Mean);
    }
    m_matrix->setMatrix(tokenMatrixImage(m, matrixRender()), m, m_labels);
}

void TextPage::refreshModelGrid() {
    clearLayout(m_gridLayout);
    for (size_t l = 0; l < m_layers.size(); ++l) {
        m_gridLayout->addWidget(new QLabel(tokenLayerTitle(m_layers[l].layer)), int(l), 0);
        for (size_t h = 0; h < m_layers[l].heads.size(); ++h) {
            auto* button = new QToolButton;
            button->setObjectName(QStringLiteral("textGridL%1H%2").arg(l).arg(h));
            button->setIcon(QPixmap::fromImage(thumbnail(m_layers[l].heads[h]->data)));
            button->setIconSize(QSize(kThumbnail, kThumbnail));
            button->setText(tr("head %1").arg(h));
            button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            button->setToolTip(m_layers[l].heads[h]->title);
            connect(button, &QToolButton::clicked, this, [this, l, h] { openHead(int(l), int(h)); });
            m_gridLayout->addWidget(button, int(l), int(h) + 1);
        }
    }
    m_gridLayout->setRowStretch(int(m_layers.size()), 1);
    m_gridLayout->setColumnStretch(m_gridLayout->columnCount(), 1);
}

void TextPage::refreshPooling() {
    auto* chart = new QChart;
    chart->legend()->hide();
    const AttentionMap* pooling = m_result ? tokenPoolingMap(*m_result) : nullptr;
    chart->setTitle(pooling ? tr("Attention-pooling weight per token")
                            : tr("This model has no attention pooling."));
    if (pooling) {
        const int n = pooling->data.cols;
        auto* axisY = new QValueAxis;
        double top = 0;
        cv::minMaxLoc(pooling->data, nullptr, &top);
        axisY->setRange(0, top * 1.05);
        chart->addAxis(axisY, Qt::AlignLeft);
        if (n <= kBarChartLimit) {
            auto* set = new QBarSet(tr("weight"));
            for (int i = 0; i < n; ++i)
                set->append(double(pooling->data.at<float>(i)));
            auto* series = new QBarSeries;
            series->append(set);
            chart->addSeries(series);
            auto* axisX = new QBarCategoryAxis;
            QStringList categories;
            for (int i = 0; i < n; ++i) // categories must be unique: the index keeps repeated words apart
                categories << QStringLiteral("%1 %2").arg(m_labels.value(i)).arg(i);
            axisX->append(categories);
            axisX->setLabelsAngle(-60);
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        } else {
            auto* series = new QLineSeries;
            for (int i = 0; i < n; ++i)
                series->append(i, double(pooling->data.at<float>(i)));
            chart->addSeries(series);
            auto* axisX = new QValueAxis;
            axisX->setRange(0, n - 1);
            axisX->setTitleText(tr("token"));
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
    }
    QChart* old = m_pooling->chart();
    m_pooling->setChart(chart);
    delete old;
}

void TextPage::openHead(int layer, int head) {
    m_matrixLayer->setCurrentIndex(layer);
    m_matrixHead->setCurrentIndex(head);
    m_tabs->setCurrentIndex(1);
}

QImage TextPage::currentViewImage() const {
    switch (m_tabs->currentIndex()) {
    case 0:
        return m_headScroll->viewport()->grab().toImage();
    case 1: { // the whole matrix, at least 512 px so that short texts are not a few pixels wide
        const QImage& m = m_matrix->image();
        const int side = std::max(512, m.width());
        return m.isNull() ? QImage() : m.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation);
    }
    case 2:
        return m_grid->grab().toImage();
    case 3:
        return m_pooling->grab().toImage();
    default:
        return m_steps->grab().toImage();
    }
}

bool TextPage::exportTo(const QString& path, const QString& format) {
    try {
        if (!m_result)
            throw Error(ErrorCode::BadInput, tr("Run a model first; there is nothing to export."));
        TextExportOptions options;
        QByteArray bytes;
        if (format == QLatin1String("html")) {
            bytes = textResultToHtml(*m_result, m_resultText, options);
        } else if (format == QLatin1String("json")) {
            bytes = QJsonDocument(textResultToJson(*m_result, m_resultText, options))
                        .toJson(QJsonDocument::Indented);
        } else {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!currentViewImage().save(&buffer, "PNG"))
                throw Error(ErrorCode::Internal, tr("The current view could not be encoded as PNG."));
        }
        writeFileAtomic(path, bytes);
        m_status->setText(tr("Wrote %1").arg(path));
        return true;
    } catch (const Error& e) {
        m_errors.report(tr("Export failed"), e.message());
        return false;
    }
}

void TextPage::chooseAndExport(const QString& format) {
    const QString filter = format == QLatin1String("html")   ? tr("HTML report (*.html)")
                           : format == QLatin1String("json") ? tr("JSON (*.json)")
                                                             : tr("PNG image (*.png)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("attention.%1").arg(format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith('.' + format, Qt::CaseInsensitive))
        path += '.' + format;
    exportTo(path, format);
}

} // namespace al
