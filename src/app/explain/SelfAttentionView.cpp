// SPDX-License-Identifier: MIT
#include "explain/SelfAttentionView.h"

#include "explain/StepsViewImage.h"

#include "attentionlens/Error.h"
#include "attentionlens/ImageConvert.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace al {

namespace {

constexpr int kSliderSteps = 200; // T = 10^((v - 100) / 100): 0.1 .. 10, 1 in the middle
constexpr int kCellPx = 12;

double sliderToTemperature(int v) {
    return std::pow(10.0, (v - kSliderSteps / 2) / 100.0);
}
int temperatureToSlider(double t) {
    return std::clamp(int(std::lround(std::log10(t) * 100.0)) + kSliderSteps / 2, 0, kSliderSteps);
}

QString num(double v, int precision = 3) {
    return QLocale().toString(v, 'g', precision);
}

QImage toQImage(const cv::Mat& bgr) {
    return matToQImage(bgr).copy();
}

} // namespace

SelfAttentionView::SelfAttentionView(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    m_content = new QWidget;
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    setupControls(layout);

    auto* body = new QHBoxLayout;
    m_input = new StepsViewImage;
    m_input->setObjectName("selfAttentionInput");
    m_input->setMinimumSize(180, 180);
    body->addWidget(m_input, 2);
    auto* headsHost = new QWidget;
    m_heads = new QGridLayout(headsHost);
    for (QLabel*& l : m_rowTitles) {
        l = new QLabel;
        l->setWordWrap(true);
        l->setMaximumWidth(110);
    }
    m_heads->addWidget(m_rowTitles[0], 1, 0);
    m_heads->addWidget(m_rowTitles[1], 2, 0);
    m_heads->addWidget(m_rowTitles[2], 3, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidget(headsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body->addWidget(scroll, 5);
    layout->addLayout(body, 1);
    m_formula = new QLabel;
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::RichText);
    layout->addWidget(m_formula);
    m_readout = new QLabel;
    m_readout->setObjectName("selfAttentionReadout");
    layout->addWidget(m_readout);
    outer->addWidget(m_content, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        m_temperature = sliderToTemperature(v);
        recompute();
    });
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_input, &StepsViewImage::clicked, this, &SelfAttentionView::onInputClicked);
    connect(m_input, &StepsViewImage::hovered, this, &SelfAttentionView::onInputHovered);
    retranslate();
    clear();
}

void SelfAttentionView::setupControls(QVBoxLayout* layout) {
    auto* controls = new QHBoxLayout;
    m_layerLabel = new QLabel;
    m_layerCombo = new QComboBox;
    m_layerCombo->setObjectName("selfAttentionLayer");
    m_temperatureLabel = new QLabel;
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName("temperatureSlider");
    m_slider->setRange(0, kSliderSteps);
    m_slider->setValue(kSliderSteps / 2);
    m_temperatureValue = new QLabel;
    m_temperatureValue->setMinimumWidth(60);
    m_queryLabel = new QLabel;
    controls->addWidget(m_layerLabel);
    controls->addWidget(m_layerCombo);
    controls->addSpacing(12);
    controls->addWidget(m_temperatureLabel);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_temperatureValue);
    controls->addSpacing(12);
    controls->addWidget(m_queryLabel);
    layout->addLayout(controls);
}

void SelfAttentionView::retranslate() {
    m_empty->setText(tr("Run a transformer model that exports its queries, keys and values (for example "
                        "digits-vit) to step through self-attention."));
    m_layerLabel->setText(tr("Layer"));
    m_temperatureLabel->setText(tr("Temperature"));
    m_slider->setToolTip(tr("Divides the scaled scores before the softmax: below 1 sharpens the weights, "
                            "above 1 flattens them. The model itself uses 1."));
    m_input->setToolTip(tr("Click a patch to make it the query"));
    m_rowTitles[0]->setText(tr("1. scores q·k over all keys"));
    m_rowTitles[1]->setText(tr("2. weights softmax(q·k / √d / T)"));
    m_rowTitles[2]->setText(tr("3. numbers"));
    m_formula->setText(tr(
        "Each token's query q is compared with every key k by a dot product; the scores are scaled by "
        "1/√d so that their spread does not grow with the dimension d, turned into weights that sum to 1 "
        "by a softmax, and the output is the weighted sum of the values: <i>o = Σ<sub>j</sub> w<sub>j</sub> "
        "v<sub>j</sub></i>. Click a cell of any map to make that token the query."));
    for (size_t h = 0; h < m_headWidgets.size(); ++h)
        m_headWidgets[h].title->setText(tr("Head %1").arg(h + 1));
    if (hasLayers())
        recompute();
}

void SelfAttentionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SelfAttentionView::clear() {
    m_layers.clear();
    m_steps.clear();
    m_layerCombo->clear();
    m_content->hide();
    m_empty->show();
    rebuildHeads();
}

bool SelfAttentionView::setResult(const ModelResult& result, const cv::Mat& imageBgr) {
    std::vector<SelfAttentionLayer> layers;
    try {
        layers = selfAttentionLayers(result, true, 0);
    } catch (const Error&) {
        layers.clear(); // malformed tensors: show the empty state rather than half a view
    }
    if (layers.empty()) {
        clear();
        return false;
    }
    const int patches = layers.front().tokens() - 1;
    const int side = int(std::lround(std::sqrt(double(std::max(patches, 0)))));
    const bool square = side > 0 && side * side == patches;
    setLayers(std::move(layers), square ? 1 : 0, square ? side : 0, square ? side : 0,
              imageBgr.empty() ? QImage() : toQImage(imageBgr));
    return true;
}

void SelfAttentionView::setLayers(std::vector<SelfAttentionLayer> layers, int tokenOffset, int gridRows,
                                  int gridCols, const QImage& background) {
    m_layers = std::move(layers);
    m_offset = tokenOffset;
    m_rows = gridRows;
    m_cols = gridCols;
    for (SelfAttentionLayer& l : m_layers) {
        if (l.tokenLabels.size() != l.tokens()) {
            l.tokenLabels.clear();
            for (int t = 0; t < l.tokens(); ++t) {
                const int p = t - m_offset;
                l.tokenLabels << (p < 0 ? (t == 0 ? QStringLiteral("CLS") : QStringLiteral("#%1").arg(t))
                                  : m_cols > 0 ? QStringLiteral("%1,%2").arg(p / m_cols).arg(p % m_cols)
                                               : QString::number(t));
            }
        }
    }
    m_background = background;
    m_input->setImage(background);
    m_input->setVisible(!background.isNull() && m_rows > 0);
    const QSignalBlocker block(m_layerCombo);
    m_layerCombo->clear();
    for (const SelfAttentionLayer& l : m_layers)
        m_layerCombo->addItem(l.name);
    m_layerCombo->setCurrentIndex(m_layers.empty() ? -1 : int(m_layers.size()) - 1);
    m_query = std::clamp(m_query, 0, std::max(0, m_layers.empty() ? 0 : m_layers.front().tokens() - 1));
    m_empty->setVisible(m_layers.empty());
    m_content->setVisible(!m_layers.empty());
    rebuildHeads();
    recompute();
}

void SelfAttentionView::rebuildHeads() {
    const int heads = m_layers.empty() ? 0 : int(m_layers.front().heads.size());
    while (int(m_headWidgets.size()) > heads) {
        HeadWidgets w = m_headWidgets.back();
        m_headWidgets.pop_back();
        delete w.title;
        delete w.scores;
        delete w.weights;
        delete w.numbers;
    }
    while (int(m_headWidgets.size()) < heads) {
        const int h = int(m_headWidgets.size());
        HeadWidgets w;
        w.title = new QLabel(tr("Head %1").arg(h + 1));
        w.title->setAlignment(Qt::AlignCenter);
        w.scores = new StepsViewImage;
        w.scores->setObjectName(QStringLiteral("scores%1").arg(h));
        w.weights = new StepsViewImage;
        w.weights->setObjectName(QStringLiteral("weights%1").arg(h));
        w.numbers = new QLabel;
        w.numbers->setWordWrap(true);
        w.numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        w.numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_heads->addWidget(w.title, 0, h + 1);
        m_heads->addWidget(w.scores, 1, h + 1);
        m_heads->addWidget(w.weights, 2, h + 1);
        m_heads->addWidget(w.numbers, 3, h + 1);
        for (auto [image, weights] : {std::pair{w.scores, false}, {w.weights, true}}) {
            connect(image, &StepsViewImage::clicked, this, [this](const QPointF& p) {
                const int t = tokenAtMap(p);
                if (t >= 0)
                    setQuery(t);
            });
            connect(image, &StepsViewImage::hovered, this,
                    [this, h, weights = weights](const QPointF& p) { onMapHovered(h, weights, p); });
        }
        m_headWidgets.push_back(w);
    }
}

void SelfAttentionView::setQuery(int token) {
    if (m_layers.empty() || token < 0 || token >= m_layers.front().tokens() || token == m_query)
        return;
    m_query = token;
    recompute();
    emit queryChanged(token);
}

void SelfAttentionView::setTemperature(double temperature) {
    m_slider->setValue(temperatureToSlider(std::clamp(temperature, 0.1, 10.0)));
}

void SelfAttentionView::setLayer(int index) {
    m_layerCombo->setCurrentIndex(index);
}
int SelfAttentionView::layerIndex() const {
    return m_layerCombo->currentIndex();
}
int SelfAttentionView::headCount() const {
    return int(m_steps.size());
}

StepsViewImage* SelfAttentionView::weightsImage(int head) const {
    return head >= 0 && head < int(m_headWidgets.size()) ? m_headWidgets[size_t(head)].weights : nullptr;
}
StepsViewImage* SelfAttentionView::scoresImage(int head) const {
    return head >= 0 && head < int(m_headWidgets.size()) ? m_headWidgets[size_t(head)].scores : nullptr;
}

QString SelfAttentionView::tokenName(int token) const {
    const QStringList& labels = m_layers.empty() ? QStringList() : m_layers.front().tokenLabels;
    return token >= 0 && token < labels.size() ? labels[token] : QString::number(token);
}

void SelfAttentionView::recompute() {
    const int layer = m_layerCombo->currentIndex();
    m_temperatureValue->setText(QStringLiteral("T = %1").arg(num(m_temperature)));
    if (layer < 0 || layer >= int(m_layers.size())) {
        m_steps.clear();
        return;
    }
    m_steps = selfAttentionSteps(m_layers[size_t(layer)], m_query, m_temperature);
    for (int h = 0; h < int(m_steps.size()) && h < int(m_headWidgets.size()); ++h)
        drawHead(h);
    m_queryLabel->setText(tr("Query: %1").arg(tokenName(m_query)));
    m_input->setMarker(patchRect(m_query));
}

void SelfAttentionView::drawHead(int head) {
    const QueryAttentionStep& s = m_steps[size_t(head)];
    HeadWidgets& w = m_headWidgets[size_t(head)];
    w.scores->setImage(
        toQImage(renderTokenGrid(tokenRowToGrid(s.scores, m_offset, m_rows, m_cols), kCellPx)));
    w.weights->setImage(
        toQImage(renderTokenGrid(tokenRowToGrid(s.weights, m_offset, m_rows, m_cols), kCellPx)));
    // The query's own cell, outlined in both maps (CLS and other special tokens sit in column 0).
    const int p = m_query - m_offset;
    const QPoint cell = m_rows <= 0 ? QPoint(m_query, 0)
                        : p < 0     ? QPoint(0, m_query)
                                    : QPoint(1 + p % m_cols, p / m_cols);
    const QRectF marker(cell.x() * kCellPx, cell.y() * kCellPx, kCellPx, kCellPx);
    w.scores->setMarker(marker);
    w.weights->setMarker(marker);
    double maxScore = 0.0;
    cv::minMaxLoc(s.scores, nullptr, &maxScore);
    QStringList first;
    for (int i = 0; i < std::min(3, s.output.cols); ++i)
        first << num(s.output.at<float>(0, i), 2);
    w.numbers->setText(tr("max q·k %1 × 1/√%2 = %3\nmax weight %4 on %5\nentropy %6 of %7 nats\n‖Σ w·v‖ = "
                          "%8\nΣ w·v = (%9, …)")
                           .arg(num(maxScore))
                           .arg(s.output.cols > 0 ? m_layers.front().heads.front().q.cols : 0)
                           .arg(num(maxScore * s.scale))
                           .arg(num(s.weights.at<float>(0, s.argmax)))
                           .arg(tokenName(s.argmax))
                           .arg(num(s.entropy))
                           .arg(num(s.maxEntropy))
                           .arg(num(cv::norm(s.output)))
                           .arg(first.join(QStringLiteral(", "))));
}

QRectF SelfAttentionView::patchRect(int token) const {
    const int p = token - m_offset;
    if (m_background.isNull() || m_rows <= 0 || p < 0 || p >= m_rows * m_cols)
        return {};
    const double cw = double(m_background.width()) / m_cols, ch = double(m_background.height()) / m_rows;
    return {(p % m_cols) * cw, (p / m_cols) * ch, cw, ch};
}

QPoint SelfAttentionView::inputPointOfToken(int token) const {
    return m_input->widgetPointOf(patchRect(token).center());
}

void SelfAttentionView::onInputClicked(const QPointF& p) {
    if (m_background.isNull() || m_rows <= 0)
        return;
    const int col = std::clamp(int(p.x() * m_cols / m_background.width()), 0, m_cols - 1);
    const int row = std::clamp(int(p.y() * m_rows / m_background.height()), 0, m_rows - 1);
    setQuery(m_offset + row * m_cols + col);
}

void SelfAttentionView::onInputHovered(const QPointF& p) {
    if (p.x() < 0 || m_rows <= 0) {
        showReadout({});
        return;
    }
    const int col = std::clamp(int(p.x() * m_cols / m_background.width()), 0, m_cols - 1);
    const int row = std::clamp(int(p.y() * m_rows / m_background.height()), 0, m_rows - 1);
    showReadout(tr("x %1, y %2 · patch %3 (token %4)")
                    .arg(int(p.x()))
                    .arg(int(p.y()))
                    .arg(tokenName(m_offset + row * m_cols + col))
                    .arg(m_offset + row * m_cols + col));
}

int SelfAttentionView::tokenAtMap(const QPointF& p) const {
    if (m_layers.empty() || p.x() < 0)
        return -1;
    const cv::Point cell(int(p.x()) / kCellPx, int(p.y()) / kCellPx);
    return tokenAtGridCell(m_layers.front().tokens(), m_offset, m_rows, m_cols, cell);
}

void SelfAttentionView::onMapHovered(int head, bool weights, const QPointF& p) {
    const int t = tokenAtMap(p);
    if (t < 0 || head >= int(m_steps.size())) {
        showReadout({});
        return;
    }
    const QueryAttentionStep& s = m_steps[size_t(head)];
    const QString text = tr("head %1 · query %2 → key %3: q·k = %4, scaled = %5, weight = %6")
                             .arg(head + 1)
                             .arg(tokenName(m_query), tokenName(t))
                             .arg(num(s.scores.at<float>(0, t), 4))
                             .arg(num(s.scaled.at<float>(0, t), 4))
                             .arg(num(s.weights.at<float>(0, t), 4));
    Q_UNUSED(weights);
    showReadout(text);
}

void SelfAttentionView::showReadout(const QString& text) {
    if (text == m_readoutText)
        return;
    m_readoutText = text;
    m_readout->setText(text);
    emit readoutChanged(text);
}

} // namespace al
