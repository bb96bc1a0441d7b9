// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"
#include "attentionlens/VideoAnalysis.h"
#include "attentionlens/VideoReader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace al {

/// Suffixes the overlay video can be written as: "mp4" (mp4v) and "avi" (MJPG).
QStringList videoOutputSuffixes();

/// Writes a video to a temporary file in the target's folder (same suffix, so the container is the same)
/// and renames it onto the target in commit(). Until then the target is untouched; destroying an
/// uncommitted writer (cancel, failure) removes the temporary file, so no partial video is ever left.
/// Throws Error(BadInput) for an unsupported suffix or an unwritable folder, Error(Internal) when the
/// encoder fails. Not thread-safe.
class AtomicVideoWriter {
public:
    AtomicVideoWriter(const QString& path, double fps, cv::Size frameSize);
    ~AtomicVideoWriter();
    AtomicVideoWriter(const AtomicVideoWriter&) = delete;
    AtomicVideoWriter& operator=(const AtomicVideoWriter&) = delete;

    /// Appends a CV_8UC3 frame of frameSize.
    void write(const cv::Mat& bgr);
    void commit();
    /// Removes the temporary file (also what the destructor does when commit() was not called).
    void discard();
    QString path() const { return m_path; }
    QString temporaryPath() const { return m_temp; }
    int framesWritten() const { return m_frames; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
    QString m_temp;
    cv::Size m_size;
    int m_frames = 0;
    bool m_done = false;
};

/// Everything the per-frame JSON/CSV files say about one analysis.
struct VideoReport {
    QString inputPath;
    QString modelId;
    ParamValues params;
    VideoInfo info;
    int every = 1;
    QString mapName;
    FrameScore score = FrameScore::Focus;
    double temperature = 0.1;
    std::vector<FrameStats> frames; ///< analysed frames, in order
};

/// JSON: the input (path, size, fps, frame count, codec), model, parameters, every, score and temperature,
/// and one object per analysed frame with its stats, score and temporal attention weight.
QByteArray videoReportToJson(const VideoReport& report);
/// CSV with a header row: frame,time_s,peak,peak_x,peak_y,entropy,centroid_x,centroid_y,mass,score,
/// attention,elapsed_ms.
QByteArray videoReportToCsv(const VideoReport& report);

/// Renders a frame with its map (renderOverlay) and, when `centroid` is set, a marker at the centroid.
cv::Mat renderVideoFrame(const cv::Mat& bgr, const FrameAnalysis* analysis, const RenderOptions& render,
                         bool centroid = false);

struct VideoExportRequest {
    QString inputPath;
    QString overlayPath; ///< .mp4 or .avi; may be empty when only JSON/CSV are wanted
    QString jsonPath;    ///< may be empty
    QString csvPath;     ///< may be empty
    std::shared_ptr<const AttentionModel> model;
    ParamValues params; ///< resolved or not: resolved against the model's schema here
    AnalysisOptions analysis;
    RenderOptions render;
    FrameScore score = FrameScore::Focus;
    double temperature = 0.1;
    bool drawCentroid = false;
    std::shared_ptr<FrameCache> cache; ///< reused and filled when given (same model and parameters only)
};

/// Analyses the whole video and writes the requested files all together or not at all: the video goes to a
/// temporary file while frames stream through (never the whole video in memory), the JSON/CSV are written
/// atomically after it and the video is renamed last; a failure or cancellation (Error(Cancelled)) removes
/// everything this call wrote. Progress goes through `control`.
VideoReport exportVideo(const VideoExportRequest& request, const RunControl& control);

} // namespace al
