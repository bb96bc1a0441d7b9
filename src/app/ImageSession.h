// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"
#include "attentionlens/ModelTypes.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <opencv2/core.hpp>
#include <optional>

namespace al {

/// The state of the Image workspace: the input, the last result, the displayed map and the display
/// options. Widgets read it and call the setters; it renders the centre view on the GUI thread.
class ImageSession : public QObject {
    Q_OBJECT
public:
    explicit ImageSession(QObject* parent = nullptr);

    /// Replaces the input; drops the previous result.
    void setImage(const cv::Mat& bgr, const QString& path);
    bool hasImage() const { return !m_image.empty(); }
    const cv::Mat& image() const { return m_image; }
    QString path() const { return m_path; }

    void setResult(const ModelResult& result);
    void clearResult();
    const std::optional<ModelResult>& result() const { return m_result; }

    /// Selects the displayed map by name; unknown names are ignored.
    void setCurrentMap(const QString& name);
    QString currentMapName() const { return m_mapName; }
    const AttentionMap* currentMap() const;
    /// The current map when it can be drawn over the image; nullptr for a channel map (1 x C weights have no
    /// place in the image: the view then shows the original and the app charts the weights).
    const AttentionMap* overlayMap() const;

    void setRenderOptions(const RenderOptions& options);
    const RenderOptions& renderOptions() const { return m_options; }
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_viewMode; }

    /// The composed centre view (al::renderView), empty without an image.
    QImage render() const;
    /// Maps a pixel of the rendered view onto the input (side by side shows the input twice).
    QPoint viewToInput(const QPoint& viewPixel) const;

signals:
    void imageChanged();
    void resultChanged();
    void currentMapChanged();
    /// Anything that changes the rendered view.
    void viewChanged();

private:
    cv::Mat m_image;
    QString m_path;
    std::optional<ModelResult> m_result;
    QString m_mapName;
    RenderOptions m_options;
    ViewMode m_viewMode = ViewMode::Overlay;
};

} // namespace al
