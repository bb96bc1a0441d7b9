// SPDX-License-Identifier: MIT
#include "attentionlens/VideoExport.h"

#include "attentionlens/Error.h"
#include "attentionlens/FileIO.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <filesystem>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace al {

namespace {

// A translation context that lupdate understands (a free Tr::tr() function would not be extracted).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(al::Video)
};

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

int fourccFor(const QString& suffix) {
    if (suffix == QLatin1String("mp4"))
        return cv::VideoWriter::fourcc('m', 'p', '4', 'v');
    return cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
}

} // namespace

QStringList videoOutputSuffixes() {
    return {QStringLiteral("mp4"), QStringLiteral("avi")};
}

struct AtomicVideoWriter::Impl {
    cv::VideoWriter writer;
};

AtomicVideoWriter::AtomicVideoWriter(const QString& path, double fps, cv::Size frameSize)
    : d(std::make_unique<Impl>()), m_path(path), m_size(frameSize) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!videoOutputSuffixes().contains(suffix))
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Cannot write the video '%1': use the suffix .mp4 (MPEG-4) or .avi "
                           "(MJPG), not '.%2'.")
                        .arg(native(path), suffix));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Cannot write the video '%1': the folder '%2' does not exist or is "
                           "not writable.")
                        .arg(native(path), native(info.absolutePath())));
    if (info.isDir())
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Cannot write the video '%1': it is a folder.").arg(native(path)));
    // A hidden name in the target folder keeps the final rename on one file system (atomic).
    m_temp = QDir(info.absolutePath())
                 .filePath(QStringLiteral(".%1.%2.partial.%3")
                               .arg(info.completeBaseName())
                               .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                               .arg(suffix));
    bool opened = false;
    try {
        opened = frameSize.width > 0 && frameSize.height > 0 &&
                 d->writer.open(m_temp.toStdString(), cv::CAP_FFMPEG, fourccFor(suffix), fps > 0 ? fps : 25.0,
                                frameSize, true);
    } catch (const cv::Exception&) {
        opened = false;
    }
    if (!opened) {
        discard();
        throw Error(ErrorCode::Internal,
                    Tr::tr("The video encoder for '%1' could not be started (%2 x %3 at %4 fps).")
                        .arg(native(path))
                        .arg(frameSize.width)
                        .arg(frameSize.height)
                        .arg(fps));
    }
}

AtomicVideoWriter::~AtomicVideoWriter() {
    if (!m_done)
        discard();
}

void AtomicVideoWriter::write(const cv::Mat& bgr) {
    if (m_done || bgr.type() != CV_8UC3 || bgr.size() != m_size)
        throw Error(ErrorCode::Internal,
                    Tr::tr("A frame of the wrong size or type was given for '%1'.").arg(native(m_path)));
    try {
        d->writer.write(bgr);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal,
                    Tr::tr("Writing '%1' failed: %2").arg(native(m_path), QString::fromStdString(e.what())));
    }
    ++m_frames;
}

void AtomicVideoWriter::commit() {
    if (m_done)
        return;
    try {
        d->writer.release();
    } catch (const cv::Exception&) {
        // The size check below catches a failed flush.
    }
    std::error_code error;
    if (QFileInfo(m_temp).size() <= 0 ||
        (std::filesystem::rename(m_temp.toStdString(), m_path.toStdString(), error), error)) {
        discard();
        throw Error(ErrorCode::Internal,
                    Tr::tr("Could not write the video '%1'. Check the free disk space and permissions.")
                        .arg(native(m_path)));
    }
    m_done = true;
}

void AtomicVideoWriter::discard() {
    try {
        d->writer.release();
    } catch (const cv::Exception&) {
    }
    if (!m_temp.isEmpty())
        QFile::remove(m_temp);
    m_done = true;
}

QByteArray videoReportToJson(const VideoReport& report) {
    QJsonObject root;
    root[QStringLiteral("input")] = report.inputPath;
    root[QStringLiteral("model")] = report.modelId;
    root[QStringLiteral("params")] = QJsonObject::fromVariantMap(report.params);
    root[QStringLiteral("width")] = report.info.size.width;
    root[QStringLiteral("height")] = report.info.size.height;
    root[QStringLiteral("fps")] = report.info.fps;
    root[QStringLiteral("frameCount")] = report.info.frameCount;
    root[QStringLiteral("codec")] = report.info.codec;
    root[QStringLiteral("every")] = report.every;
    root[QStringLiteral("map")] = report.mapName;
    root[QStringLiteral("score")] = toString(report.score);
    root[QStringLiteral("temperature")] = report.temperature;
    std::vector<double> scores;
    for (const FrameStats& s : report.frames)
        scores.push_back(frameScore(s, report.score));
    const std::vector<double> attention = temporalAttention(scores, report.temperature);
    QJsonArray frames;
    for (size_t i = 0; i < report.frames.size(); ++i) {
        const FrameStats& s = report.frames[i];
        frames.append(QJsonObject{{QStringLiteral("frame"), s.frame},
                                  {QStringLiteral("time"), s.timeSec},
                                  {QStringLiteral("peak"), double(s.peak)},
                                  {QStringLiteral("peakX"), s.peakPos.x},
                                  {QStringLiteral("peakY"), s.peakPos.y},
                                  {QStringLiteral("entropy"), s.entropy},
                                  {QStringLiteral("centroidX"), s.centroid.x},
                                  {QStringLiteral("centroidY"), s.centroid.y},
                                  {QStringLiteral("mass"), s.mass},
                                  {QStringLiteral("score"), scores[i]},
                                  {QStringLiteral("attention"), attention[i]},
                                  {QStringLiteral("elapsedMs"), s.elapsedMs}});
    }
    root[QStringLiteral("frames")] = frames;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray videoReportToCsv(const VideoReport& report) {
    std::vector<double> scores;
    for (const FrameStats& s : report.frames)
        scores.push_back(frameScore(s, report.score));
    const std::vector<double> attention = temporalAttention(scores, report.temperature);
    QByteArray bytes;
    QTextStream out(&bytes);
    out.setRealNumberPrecision(8);
    out << "frame,time_s,peak,peak_x,peak_y,entropy,centroid_x,centroid_y,mass,score,attention,elapsed_ms\n";
    for (size_t i = 0; i < report.frames.size(); ++i) {
        const FrameStats& s = report.frames[i];
        out << s.frame << ',' << s.timeSec << ',' << s.peak << ',' << s.peakPos.x << ',' << s.peakPos.y << ','
            << s.entropy << ',' << s.centroid.x << ',' << s.centroid.y << ',' << s.mass << ',' << scores[i]
            << ',' << attention[i] << ',' << s.elapsedMs << '\n';
    }
    out.flush();
    return bytes;
}

cv::Mat renderVideoFrame(const cv::Mat& bgr, const FrameAnalysis* analysis, const RenderOptions& render,
                         bool centroid) {
    if (!analysis || analysis->inputSize != bgr.size())
        return bgr.clone();
    cv::Mat out = renderOverlay(bgr, analysis->map, render);
    if (centroid) {
        const cv::Point c(cvRound(analysis->stats.centroid.x), cvRound(analysis->stats.centroid.y));
        const int r = std::max(3, std::min(bgr.cols, bgr.rows) / 40);
        cv::circle(out, c, r + 1, cv::Scalar(0, 0, 0), 2, cv::LINE_AA);
        cv::circle(out, c, r, cv::Scalar(255, 255, 255), 2, cv::LINE_AA);
    }
    return out;
}

namespace {

// Writes the side files atomically; removes them again (and throws) if any one fails.
QStringList writeSideFiles(const VideoExportRequest& request, const VideoReport& report) {
    QStringList written;
    try {
        if (!request.jsonPath.isEmpty()) {
            writeFileAtomic(request.jsonPath, videoReportToJson(report));
            written << request.jsonPath;
        }
        if (!request.csvPath.isEmpty()) {
            writeFileAtomic(request.csvPath, videoReportToCsv(report));
            written << request.csvPath;
        }
    } catch (...) {
        for (const QString& path : std::as_const(written))
            QFile::remove(path);
        throw;
    }
    return written;
}

} // namespace

VideoReport exportVideo(const VideoExportRequest& request, const RunControl& control) {
    if (!request.model)
        throw Error(ErrorCode::BadInput, Tr::tr("No model was chosen for the video export."));
    VideoReader reader = VideoReader::open(request.inputPath);
    VideoReport report;
    report.inputPath = request.inputPath;
    report.modelId = request.model->id();
    report.params = resolveParams(request.model->parameters(), request.params);
    report.info = reader.info();
    report.every = request.analysis.every;
    report.mapName = request.analysis.mapName;
    report.score = request.score;
    report.temperature = request.temperature;
    temporalAttention({}, request.temperature); // validates the temperature before any work

    FrameAnalyzer analyzer(request.model, report.params, request.analysis);
    std::unique_ptr<AtomicVideoWriter> writer;
    if (!request.overlayPath.isEmpty())
        writer = std::make_unique<AtomicVideoWriter>(request.overlayPath, report.info.fps, report.info.size);
    FrameSink sink;
    if (writer) {
        sink = [&](int, const cv::Mat& bgr, const FrameAnalysisPtr& latest) {
            writer->write(renderVideoFrame(bgr, latest.get(), request.render, request.drawCentroid));
        };
    }
    report.frames = analyzeVideo(reader, analyzer, request.cache.get(), control, sink);
    control.throwIfCancelled();
    const QStringList sideFiles = writeSideFiles(request, report);
    if (writer) {
        try {
            writer->commit();
        } catch (...) {
            for (const QString& path : sideFiles)
                QFile::remove(path);
            throw;
        }
    }
    return report;
}

} // namespace al
