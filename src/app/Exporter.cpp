// SPDX-License-Identifier: MIT
#include "Exporter.h"

#include "attentionlens/Error.h"
#include "attentionlens/FileIO.h"
#include "attentionlens/ResultJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace al {

void exportResult(ExportKind kind, const QString& path, const cv::Mat& imageBgr, const ModelResult& result,
                  const AttentionMap* map, const RenderOptions& options, const QString& inputPath) {
    switch (kind) {
    case ExportKind::OverlayPng:
    case ExportKind::MapPng:
        if (!map || imageBgr.empty()) {
            throw Error(
                ErrorCode::BadInput,
                QCoreApplication::translate("al::Exporter", "Nothing to export to %1: run a model first.")
                    .arg(path));
        }
        if (map->kind == MapKind::Channel) {
            // One weight per channel has no layout over the image; a stretched strip would mislead.
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate(
                            "al::Exporter", "“%1” is a channel map (one weight per channel) and has no "
                                            "picture to write to %2. Export the result as JSON to get "
                                            "its values, or display a spatial map.")
                            .arg(map->title.isEmpty() ? map->name : map->title, path));
        }
        writeImageAtomic(path, kind == ExportKind::OverlayPng
                                   ? renderOverlay(imageBgr, *map, options)
                                   : renderMap(*map, cv::Size(imageBgr.cols, imageBgr.rows), options));
        return;
    case ExportKind::ResultJson:
        writeFileAtomic(path, QJsonDocument(resultToJson(result, inputPath)).toJson(QJsonDocument::Indented));
        return;
    }
}

QString suggestedExportName(ExportKind kind, const QString& inputPath, const QString& modelId) {
    const QFileInfo info(inputPath);
    const QString model = modelId.section(QLatin1Char('.'), -1);
    const QString base = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + model);
    switch (kind) {
    case ExportKind::OverlayPng:
        return base + QStringLiteral(".overlay.png");
    case ExportKind::MapPng:
        return base + QStringLiteral(".map.png");
    case ExportKind::ResultJson:
        return base + QStringLiteral(".json");
    }
    return base;
}

} // namespace al
