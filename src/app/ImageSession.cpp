// SPDX-License-Identifier: MIT
#include "ImageSession.h"

#include "attentionlens/ImageConvert.h"

namespace al {

ImageSession::ImageSession(QObject* parent) : QObject(parent) {}

void ImageSession::setImage(const cv::Mat& bgr, const QString& path) {
    m_image = bgr;
    m_path = path;
    m_result.reset();
    m_mapName.clear();
    emit imageChanged();
    emit resultChanged();
    emit currentMapChanged();
    emit viewChanged();
}

void ImageSession::setResult(const ModelResult& result) {
    m_result = result;
    const AttentionMap* final = m_result->finalMap();
    m_mapName = final ? final->name : QString();
    emit resultChanged();
    emit currentMapChanged();
    emit viewChanged();
}

void ImageSession::clearResult() {
    if (!m_result)
        return;
    m_result.reset();
    m_mapName.clear();
    emit resultChanged();
    emit currentMapChanged();
    emit viewChanged();
}

void ImageSession::setCurrentMap(const QString& name) {
    if (!m_result || name == m_mapName || !m_result->map(name))
        return;
    m_mapName = name;
    emit currentMapChanged();
    emit viewChanged();
}

const AttentionMap* ImageSession::currentMap() const {
    return m_result ? m_result->map(m_mapName) : nullptr;
}

void ImageSession::setRenderOptions(const RenderOptions& options) {
    m_options = options;
    emit viewChanged();
}

void ImageSession::setViewMode(ViewMode mode) {
    if (mode == m_viewMode)
        return;
    m_viewMode = mode;
    emit viewChanged();
}

const AttentionMap* ImageSession::overlayMap() const {
    const AttentionMap* map = currentMap();
    return map && map->kind != MapKind::Channel ? map : nullptr;
}

QImage ImageSession::render() const {
    if (m_image.empty())
        return {};
    const AttentionMap* map = overlayMap();
    // Without a map every mode degrades to the original image.
    const ViewMode mode = map ? m_viewMode : ViewMode::Original;
    // matToQImage shares the Mat's buffer; copy() makes the QImage independent of the next render.
    return matToQImage(renderView(m_image, map, mode, m_options)).copy();
}

QPoint ImageSession::viewToInput(const QPoint& viewPixel) const {
    if (m_image.empty() || viewPixel.x() < 0 || viewPixel.y() < 0)
        return {-1, -1};
    int x = viewPixel.x();
    if (overlayMap() && m_viewMode == ViewMode::SideBySide)
        x %= m_image.cols;
    if (x >= m_image.cols || viewPixel.y() >= m_image.rows)
        return {-1, -1};
    return {x, viewPixel.y()};
}

} // namespace al
