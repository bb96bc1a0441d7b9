// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"
#include "attentionlens/ModelTypes.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace al {

/// The "Heads" view: every per-layer, per-head CLS-to-patch map of a transformer as a grid of thumbnails
/// (rows = layers, columns = heads plus the fused map). Models without heads (CBAM) show one row per stage
/// with the stage's maps. Clicking a thumbnail emits mapSelected(); the grid highlights the current map.
class HeadGridView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kThumb = 80;

    explicit HeadGridView(QWidget* parent = nullptr);

    /// Rebuilds the grid from `result` (nullptr clears it), rendering thumbnails with `options`.
    void setResult(const ModelResult* result, const RenderOptions& options);
    /// Re-renders the thumbnails (colormap or normalisation changed).
    void setRenderOptions(const RenderOptions& options);
    /// The composed main view, shown small next to the grid so a clicked head can be compared with the image.
    void setPreview(const QImage& view);
    /// Highlights a map without emitting mapSelected().
    void selectMap(const QString& name);

    int rowCount() const { return int(m_rows.size()); }
    /// Thumbnails in the grid, in row-major order (tests click them).
    QList<QToolButton*> thumbnails() const;
    QToolButton* thumbnailFor(const QString& mapName) const { return m_buttons.value(mapName); }

signals:
    void mapSelected(const QString& name);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Row {
        QString title;
        QStringList maps; ///< map names in column order; empty entries leave a gap
    };
    void collectRows(const ModelResult& result);
    void rebuild();
    void renderThumbnails();
    void retranslate();
    void updatePreview();

    QScrollArea* m_scroll = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_layout = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_preview = nullptr;
    QImage m_previewImage;
    std::optional<ModelResult> m_result;
    RenderOptions m_options;
    std::vector<Row> m_rows;
    int m_heads = 0;      ///< head columns; 0 in stage mode
    bool m_fused = false; ///< a fused column follows the heads
    QHash<QString, QToolButton*> m_buttons;
    QList<QLabel*> m_headerLabels;
    QString m_selected;
};

} // namespace al
