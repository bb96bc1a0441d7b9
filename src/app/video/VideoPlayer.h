// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/VideoAnalysis.h"
#include "attentionlens/VideoReader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <memory>

class QTimer;

namespace al {

/// One decoded frame for the view, with the analysis to overlay (nullptr when there is none).
struct ShownFrame {
    int index = -1;
    cv::Mat bgr;
    FrameAnalysisPtr analysis;
    QString error; ///< set when decoding or the model failed
};

/// Playback of the Video workspace. Decoding (and, with live analysis, the model) runs on a worker thread,
/// one job at a time; the GUI thread only asks for frames and shows what comes back, so it never blocks.
/// While playing, the wall clock decides which frame is due; frames that went by while a job was still
/// running are skipped and counted as dropped. Seeks during a job are queued (the latest one wins).
class VideoPlayer : public QObject {
    Q_OBJECT
public:
    struct Source; ///< the decoder; defined in the .cpp, public so that the worker job can name it

    explicit VideoPlayer(QObject* parent = nullptr);
    ~VideoPlayer() override;

    /// Opens a file (a quick probe on the calling thread: header, first and last frame). Throws al::Error.
    void open(const QString& path);
    bool isOpen() const { return m_info.frameCount > 0; }
    const VideoInfo& info() const { return m_info; }
    int currentFrame() const { return m_shown.index; }
    const ShownFrame& shown() const { return m_shown; }
    bool isBusy() const { return m_busy; }

    /// The model for live analysis and cache look-ups; clears the cache (its results belong to the old one).
    void setModel(std::shared_ptr<const AttentionModel> model, const ParamValues& params,
                  const AnalysisOptions& options);
    /// Run the model on shown frames that are not cached yet.
    void setLive(bool live) { m_live = live; }
    bool isLive() const { return m_live; }
    std::shared_ptr<FrameCache> cache() const { return m_cache; }

    void setSpeed(double speed);
    double speed() const { return m_speed; }
    bool isPlaying() const { return m_playing; }
    int droppedFrames() const { return m_dropped; }

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void seek(int frame);
    /// Shows the current frame again (after the cache got its analysis).
    void reload();

signals:
    void frameShown(int index);
    void playingChanged(bool playing);
    void droppedChanged(int dropped);
    void failed(const QString& message);

private:
    void request(int frame);
    void startJob(int frame);
    void onJobDone();
    void onTick();

    std::shared_ptr<Source> m_source;
    VideoInfo m_info;
    std::shared_ptr<FrameCache> m_cache;
    std::shared_ptr<const FrameAnalyzer> m_analyzer;
    bool m_live = false;
    ShownFrame m_shown;
    QFutureWatcher<ShownFrame>* m_watcher = nullptr;
    RunControl m_control;
    bool m_busy = false;
    int m_pending = -1;
    int m_requested = -1; ///< the frame asked for last (in flight or pending)
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    bool m_playing = false;
    double m_speed = 1.0;
    int m_playStart = 0;
    int m_dropped = 0;
};

} // namespace al
