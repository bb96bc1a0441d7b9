// SPDX-License-Identifier: MIT
#include "VideoPlayer.h"

#include "attentionlens/Error.h"

#include <QTimer>
#include <QtConcurrent>
#include <deque>
#include <mutex>

namespace al {

/// The decoder of the player and the frames it decoded last (the history video models need). Used by one
/// job at a time; the mutex only guards against a job outliving a re-open.
struct VideoPlayer::Source {
    std::mutex mutex;
    VideoReader reader;
    std::deque<std::pair<int, cv::Mat>> recent; ///< consecutive frames, oldest first
    size_t keep = 1;

    cv::Mat frame(int index) {
        for (const auto& [i, mat] : recent) {
            if (i == index)
                return mat;
        }
        cv::Mat mat = reader.frameAt(index);
        if (!recent.empty() && recent.back().first != index - 1)
            recent.clear();
        recent.emplace_back(index, mat);
        while (recent.size() > keep)
            recent.pop_front();
        return mat;
    }

    std::vector<cv::Mat> history(int index, int count) {
        std::vector<cv::Mat> frames;
        for (int i = std::max(0, index - count); i < index; ++i)
            frames.push_back(frame(i));
        return frames;
    }
};

namespace {

ShownFrame decodeJob(const std::shared_ptr<VideoPlayer::Source>& source, int index,
                     const std::shared_ptr<const FrameAnalyzer>& analyzer,
                     const std::shared_ptr<FrameCache>& cache, bool live, double fps,
                     const RunControl& control) {
    ShownFrame shown;
    shown.index = index;
    try {
        const std::lock_guard lock(source->mutex);
        shown.bgr = source->frame(index);
        if (analyzer && cache) {
            const int every = analyzer->options().every;
            const int key = index - index % every;
            shown.analysis = cache->find(key);
            if (!shown.analysis && live && key == index) {
                std::vector<cv::Mat> history;
                if (analyzer->usesFrames())
                    history = source->history(index, analyzer->options().history);
                shown.bgr = source->frame(index);
                shown.analysis = analyzer->analyse(index, index / fps, shown.bgr, history, control);
                cache->insert(shown.analysis);
            }
        }
    } catch (const Error& e) {
        shown.error = e.message();
    } catch (const std::exception& e) {
        shown.error = QString::fromLocal8Bit(e.what());
    }
    return shown;
}

} // namespace

VideoPlayer::VideoPlayer(QObject* parent)
    : QObject(parent), m_cache(std::make_shared<FrameCache>()),
      m_watcher(new QFutureWatcher<ShownFrame>(this)), m_timer(new QTimer(this)) {
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_watcher, &QFutureWatcher<ShownFrame>::finished, this, &VideoPlayer::onJobDone);
    connect(m_timer, &QTimer::timeout, this, &VideoPlayer::onTick);
}

VideoPlayer::~VideoPlayer() {
    m_control.cancel();
    m_watcher->waitForFinished();
}

void VideoPlayer::open(const QString& path) {
    auto source = std::make_shared<Source>();
    source->reader = VideoReader::open(path); // throws: the old video stays open
    pause();
    m_control.cancel();
    m_watcher->waitForFinished();
    m_control = RunControl();
    m_source = source;
    m_info = m_source->reader.info();
    m_source->keep = m_analyzer ? size_t(m_analyzer->options().history) + 1 : 1;
    m_cache->clear();
    m_shown = ShownFrame();
    m_pending = -1;
    m_requested = -1;
    m_dropped = 0;
    emit droppedChanged(0);
    request(0);
}

void VideoPlayer::setModel(std::shared_ptr<const AttentionModel> model, const ParamValues& params,
                           const AnalysisOptions& options) {
    m_cache->clear();
    m_analyzer = model ? std::make_shared<const FrameAnalyzer>(std::move(model), params, options) : nullptr;
    if (m_source) {
        const std::lock_guard lock(m_source->mutex);
        m_source->keep = m_analyzer ? size_t(m_analyzer->options().history) + 1 : 1;
    }
}

void VideoPlayer::setSpeed(double speed) {
    m_speed = std::clamp(speed, 0.05, 16.0);
    if (m_playing) {
        m_playStart = std::max(0, m_shown.index);
        m_clock.restart();
        m_timer->setInterval(std::max(1, int(500.0 / (m_info.fps * m_speed))));
    }
}

void VideoPlayer::play() {
    if (!isOpen() || m_playing)
        return;
    if (m_shown.index >= m_info.frameCount - 1)
        seek(0);
    m_playing = true;
    m_playStart = std::max(0, m_shown.index);
    m_clock.restart();
    m_timer->start(std::max(1, int(500.0 / (m_info.fps * m_speed)))); // twice per frame interval
    emit playingChanged(true);
}

void VideoPlayer::pause() {
    if (!m_playing)
        return;
    m_playing = false;
    m_timer->stop();
    emit playingChanged(false);
}

void VideoPlayer::togglePlay() {
    m_playing ? pause() : play();
}

void VideoPlayer::stepForward() {
    pause();
    seek(std::min(std::max(m_requested, 0) + 1, m_info.frameCount - 1));
}

void VideoPlayer::stepBack() {
    pause();
    seek(std::max(m_requested - 1, 0));
}

void VideoPlayer::seek(int frame) {
    if (!isOpen())
        return;
    frame = std::clamp(frame, 0, m_info.frameCount - 1);
    if (m_playing) {
        m_playStart = frame;
        m_clock.restart();
    }
    request(frame);
}

void VideoPlayer::reload() {
    if (isOpen() && m_shown.index >= 0 && !m_busy)
        request(m_shown.index);
}

void VideoPlayer::request(int frame) {
    m_requested = frame;
    if (m_busy) {
        m_pending = frame;
        return;
    }
    startJob(frame);
}

void VideoPlayer::startJob(int frame) {
    m_busy = true;
    // Copies only: the job must not touch the player, which may be gone when it ends.
    m_watcher->setFuture(
        QtConcurrent::run(decodeJob, m_source, frame, m_analyzer, m_cache, m_live, m_info.fps, m_control));
}

void VideoPlayer::onJobDone() {
    m_busy = false;
    ShownFrame shown = m_watcher->result();
    if (!shown.error.isEmpty()) {
        pause();
        emit failed(shown.error);
    } else {
        m_shown = std::move(shown);
        emit frameShown(m_shown.index);
    }
    if (m_pending >= 0) {
        const int next = m_pending;
        m_pending = -1;
        startJob(next);
    }
}

void VideoPlayer::onTick() {
    if (!m_playing || m_busy)
        return;
    const int last = m_info.frameCount - 1;
    const int due =
        std::min(last, m_playStart + int(double(m_clock.elapsed()) / 1000.0 * m_info.fps * m_speed));
    if (due <= m_shown.index) {
        if (m_shown.index >= last)
            pause();
        return;
    }
    if (const int skipped = due - m_shown.index - 1; skipped > 0) {
        m_dropped += skipped;
        emit droppedChanged(m_dropped);
    }
    request(due);
}

} // namespace al
