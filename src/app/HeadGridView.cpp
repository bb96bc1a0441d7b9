// SPDX-License-Identifier: MIT
#include "HeadGridView.h"

#include "attentionlens/ImageConvert.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace al {

namespace {

bool isFusedCls(const AttentionMap& map) {
    return map.name.endsWith(QLatin1String("/fused/cls"));
}

bool isHeadMap(const AttentionMap& map) {
    return map.head >= 0 && map.kind == MapKind::Spatial;
}

/// A channel map has no spatial layout: draw its weights as a small bar graph instead.
QImage channelThumbnail(const AttentionMap& map, int size) {
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf4, 0xf4));
    const cv::Mat flat = map.data.reshape(1, 1);
    double low = 0.0, high = 0.0;
    cv::minMaxLoc(flat, &low, &high);
    low = std::min(low, 0.0);
    if (high <= low)
        high = low + 1.0;
    QPainter painter(&image);
    const double w = double(size - 8) / std::max(1, flat.cols);
    for (int c = 0; c < flat.cols; ++c) {
        const double h = (flat.at<float>(0, c) - low) / (high - low) * (size - 8);
        painter.fillRect(QRectF(4 + c * w, size - 4 - h, std::max(1.0, w - 0.5), h),
                         QColor(0xd9, 0x6c, 0x1e));
    }
    return image;
}

QImage mapThumbnail(const AttentionMap& map, const RenderOptions& options) {
    if (map.data.empty() || map.data.type() != CV_32FC1)
        return {};
    if (map.kind == MapKind::Channel)
        return channelThumbnail(map, HeadGridView::kThumb);
    // The thumbnail shows the map's own grid, so the region it covers in the input does not matter here.
    AttentionMap own = map;
    own.region = cv::Rect2d();
    const double aspect = double(map.data.cols) / std::max(1, map.data.rows);
    const int k = HeadGridView::kThumb;
    const cv::Size size =
        aspect >= 1.0 ? cv::Size(k, std::max(1, int(k / aspect))) : cv::Size(std::max(1, int(k * aspect)), k);
    return matToQImage(renderMap(own, size, options)).copy();
}

} // namespace

HeadGridView::HeadGridView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel;
    m_empty->setObjectName("headGridEmptyLabel");
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_scroll = new QScrollArea;
    m_scroll->setObjectName("headGridScroll");
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_preview = new QLabel;
    m_preview->setObjectName("headGridPreview");
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumWidth(160);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    auto* row = new QHBoxLayout;
    row->addWidget(m_scroll, 2);
    row->addWidget(m_preview, 1);
    layout->addWidget(m_empty);
    layout->addLayout(row, 1);
    rebuild();
}

void HeadGridView::collectRows(const ModelResult& result) {
    m_rows.clear();
    m_heads = 0;
    m_fused = false;
    for (const AttentionMap& map : result.maps) {
        if (isHeadMap(map))
            m_heads = std::max(m_heads, map.head + 1);
        m_fused = m_fused || isFusedCls(map);
    }
    const auto rowFor = [this](const AttentionMap& map) -> Row& {
        const QString title = map.group.isEmpty() ? map.layer : map.group;
        for (Row& row : m_rows)
            if (row.title == title)
                return row;
        m_rows.push_back({title, {}});
        return m_rows.back();
    };
    if (m_heads > 0) {
        // Transformer: one column per head, then the fused map; other maps (rollout, matrices) stay in the
        // list.
        for (const AttentionMap& map : result.maps) {
            if (!isHeadMap(map) && !isFusedCls(map))
                continue;
            Row& row = rowFor(map);
            if (row.maps.size() < m_heads + (m_fused ? 1 : 0))
                row.maps.resize(m_heads + (m_fused ? 1 : 0));
            row.maps[isFusedCls(map) ? m_heads : map.head] = map.name;
        }
        return;
    }
    // No heads (e.g. CBAM): one row per stage with its spatial and channel maps, in the model's order.
    // Classical models leave `layer` empty and get no grid: their maps are not stages of a network.
    for (const AttentionMap& map : result.maps) {
        if ((map.kind == MapKind::Spatial || map.kind == MapKind::Channel) && !map.layer.isEmpty())
            rowFor(map).maps << map.name;
    }
}

void HeadGridView::setResult(const ModelResult* result, const RenderOptions& options) {
    m_options = options;
    m_result.reset();
    m_rows.clear();
    if (result) {
        m_result = *result;
        collectRows(*m_result);
        const AttentionMap* final = m_result->finalMap();
        m_selected = final ? final->name : QString();
    }
    rebuild();
}

void HeadGridView::rebuild() {
    m_buttons.clear();
    m_headerLabels.clear();
    m_grid = new QWidget;
    m_grid->setObjectName("headGrid");
    m_layout = new QGridLayout(m_grid);
    m_layout->setSpacing(6);
    m_layout->setContentsMargins(8, 8, 8, 8);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        auto* rowLabel = new QLabel(m_rows[r].title);
        rowLabel->setObjectName("sectionLabel");
        m_layout->addWidget(rowLabel, int(r) + 1, 0, Qt::AlignRight | Qt::AlignVCenter);
        for (int c = 0; c < m_rows[r].maps.size(); ++c) {
            const QString name = m_rows[r].maps[c];
            const AttentionMap* map = name.isEmpty() ? nullptr : m_result->map(name);
            if (!map)
                continue;
            auto* button = new QToolButton;
            button->setObjectName("headThumbnail");
            button->setCheckable(true);
            button->setAutoRaise(true);
            button->setIconSize(QSize(kThumb, kThumb));
            button->setToolButtonStyle(m_heads > 0 ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextUnderIcon);
            button->setText(map->title);
            button->setToolTip(map->title.isEmpty() ? map->name : map->title);
            button->setProperty("mapName", name);
            connect(button, &QToolButton::clicked, this, [this, name] {
                selectMap(name);
                emit mapSelected(name);
            });
            m_layout->addWidget(button, int(r) + 1, c + 1, Qt::AlignCenter);
            m_buttons.insert(name, button);
        }
    }
    const int columns = m_heads > 0 ? m_heads + (m_fused ? 1 : 0) : 0;
    for (int c = 0; c < columns; ++c) {
        auto* header = new QLabel;
        header->setObjectName("sectionLabel");
        header->setAlignment(Qt::AlignCenter);
        m_layout->addWidget(header, 0, c + 1);
        m_headerLabels << header;
    }
    m_layout->setRowStretch(int(m_rows.size()) + 1, 1);
    m_layout->setColumnStretch(columns + 1, 1);
    m_scroll->setWidget(m_grid); // deletes the previous grid and its buttons
    renderThumbnails();
    selectMap(m_selected);
    retranslate();
}

void HeadGridView::renderThumbnails() {
    if (!m_result)
        return;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (const AttentionMap* map = m_result->map(it.key()))
            it.value()->setIcon(QIcon(QPixmap::fromImage(mapThumbnail(*map, m_options))));
    }
}

void HeadGridView::setRenderOptions(const RenderOptions& options) {
    m_options = options;
    renderThumbnails();
}

void HeadGridView::setPreview(const QImage& view) {
    m_previewImage = view;
    updatePreview();
}

void HeadGridView::updatePreview() {
    const QSize room = m_preview->size() - QSize(8, 8);
    if (m_previewImage.isNull() || room.width() < 16 || room.height() < 16) {
        m_preview->clear();
        return;
    }
    // Small maps (64x64 digits) are scaled up without smoothing so their pixels stay visible.
    const QImage scaled = m_previewImage.scaled(room, Qt::KeepAspectRatio, Qt::FastTransformation);
    m_preview->setPixmap(QPixmap::fromImage(scaled));
}

void HeadGridView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updatePreview();
}

void HeadGridView::selectMap(const QString& name) {
    m_selected = name;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setChecked(it.key() == name);
}

QList<QToolButton*> HeadGridView::thumbnails() const {
    QList<QToolButton*> list;
    for (const Row& row : m_rows)
        for (const QString& name : row.maps)
            if (QToolButton* button = m_buttons.value(name))
                list << button;
    return list;
}

void HeadGridView::retranslate() {
    for (int c = 0; c < m_headerLabels.size(); ++c) {
        const bool fused = m_fused && c == m_heads;
        m_headerLabels[c]->setText(fused ? tr("Fused") : tr("Head %1").arg(c));
    }
    const bool empty = m_buttons.isEmpty();
    m_empty->setVisible(empty);
    m_scroll->setVisible(!empty);
    m_preview->setVisible(!empty);
    m_empty->setText(m_result ? tr("This model returns no per-layer or per-head maps.")
                              : tr("Run an attention model to see its maps per layer and head."));
}

void HeadGridView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
