// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionPlugin.h"
#include "attentionlens/Error.h"
#include "attentionlens/ModelTypes.h"
#include "attentionlens/RunControl.h"

#include <QString>
#include <atomic>
#include <deque>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace al {

class VideoReader;

/// Statistics of one analysed frame's map (all positions in input pixels).
struct FrameStats {
    int frame = -1;
    double timeSec = 0.0;
    float peak = 0.f;       ///< maximal raw map value
    cv::Point2d peakPos;    ///< centre of the maximal cell
    double entropy = 0.0;   ///< normalised Shannon entropy of the map as a distribution, in [0,1]
    cv::Point2d centroid;   ///< attention-mass centroid
    double mass = 0.0;      ///< mean raw map value
    double elapsedMs = 0.0; ///< model time for this frame
};

/// What a frame's score for the temporal attention curve is.
enum class FrameScore {
    Focus, ///< 1 - normalised entropy: how concentrated the attention is (independent of the map's scale)
    Mass,  ///< mean raw map value: how much attention there is (e.g. the moving fraction for motion saliency)
    Peak,  ///< maximal raw map value
};
QString toString(FrameScore score);
std::optional<FrameScore> frameScoreFromString(const QString& name);
double frameScore(const FrameStats& stats, FrameScore kind);

/// Stats of a map over an input of `inputSize`. The map is read as a distribution p = (v - min) / sum over
/// its cells; entropy is -sum p log p / log(cells) (0 = one cell, 1 = uniform; a constant map counts as
/// uniform) and the centroid is sum p * cellCentre (the region centre for a constant map).
/// Precondition: non-empty CV_32FC1 map, else Error(BadInput).
FrameStats computeFrameStats(const AttentionMap& map, cv::Size inputSize);

/// The temporal attention curve: softmax(scores / temperature), computed stably (max subtracted).
/// temperature > 0, else Error(BadInput). Empty in, empty out. The weights sum to 1.
std::vector<double> temporalAttention(const std::vector<double>& scores, double temperature);

/// One analysed frame as kept in the cache: the map the overlay shows (not the whole ModelResult, so that
/// the cache stays small) plus its stats and predictions.
struct FrameAnalysis {
    int frame = -1;
    cv::Size inputSize;
    AttentionMap map;
    FrameStats stats;
    std::vector<Prediction> predictions;
    size_t bytes() const;
};
using FrameAnalysisPtr = std::shared_ptr<const FrameAnalysis>;

/// A bounded least-recently-used cache of analysed frames keyed by frame index; never the whole video.
/// Thread-safe: the analysis worker inserts while the player looks frames up.
class FrameCache {
public:
    explicit FrameCache(size_t maxEntries = 512, size_t maxBytes = size_t(64) << 20);
    void insert(FrameAnalysisPtr analysis);
    /// nullptr when absent; a hit becomes the most recently used entry.
    FrameAnalysisPtr find(int frame);
    size_t size() const;
    size_t bytes() const;
    size_t maxEntries() const { return m_maxEntries; }
    void clear();

private:
    void evict();

    mutable std::mutex m_mutex;
    size_t m_maxEntries;
    size_t m_maxBytes;
    size_t m_bytes = 0;
    std::list<FrameAnalysisPtr> m_order; ///< most recently used first
    std::unordered_map<int, std::list<FrameAnalysisPtr>::iterator> m_index;
};

struct AnalysisOptions {
    int every = 1;    ///< analyse frames 0, every, 2*every, ...; >= 1
    int history = 15; ///< previous frames given to models that declare Modality::Video (16 in all)
    QString mapName;  ///< which map to keep; empty = the final map
};

/// Runs one model frame by frame. Feed it every decoded frame in order (push); it analyses every Nth one.
/// Models that declare Modality::Video get ModelInput::frames = up to `history` previous frames plus the
/// current one (oldest first); image models get the current frame as ModelInput::image.
/// Not thread-safe (one analyzer per worker); the model's run() is re-entrant.
class FrameAnalyzer {
public:
    FrameAnalyzer(std::shared_ptr<const AttentionModel> model, ParamValues params, AnalysisOptions options);

    const AnalysisOptions& options() const { return m_options; }
    const AttentionModel& model() const { return *m_model; }
    bool usesFrames() const { return m_video; }
    bool isAnalysed(int frame) const { return frame % m_options.every == 0; }
    /// Call for every frame in order. Returns the analysis when `frame` is analysed, else nullptr. With a
    /// cache, a cached analysis of the frame is reused and a new one inserted; the cache must hold results
    /// of this model and these parameters only (clear it when they change).
    /// Throws al::Error (model failure, cancellation, a missing map).
    FrameAnalysisPtr push(int frame, double timeSec, const cv::Mat& bgr, const RunControl& control,
                          FrameCache* cache = nullptr);
    /// Analyses one frame out of order (the player after a seek); `history` as for push().
    FrameAnalysisPtr analyse(int frame, double timeSec, const cv::Mat& bgr,
                             const std::vector<cv::Mat>& history, const RunControl& control) const;
    /// Forget the history (after a seek).
    void reset() { m_history.clear(); }

private:
    std::shared_ptr<const AttentionModel> m_model;
    ParamValues m_params;
    AnalysisOptions m_options;
    bool m_video = false;
    std::deque<cv::Mat> m_history;
};

/// Called for every decoded frame with the latest analysis (nullptr before the first one); for frames
/// between two analysed ones the latest map is held.
using FrameSink = std::function<void(int frame, const cv::Mat& bgr, const FrameAnalysisPtr& latest)>;
using StatsSink = std::function<void(const FrameStats& stats)>;

/// Streams `reader` from its current position to the end: decode, analyse every Nth frame (reusing `cache`
/// hits when a cache is given, inserting new results), call `sink` and `onStats`. Reports progress and
/// honours cancellation through `control` (Error(Cancelled)). Memory is bounded: one frame, the model's
/// history and the cache. Returns the stats of the analysed frames in order.
std::vector<FrameStats> analyzeVideo(VideoReader& reader, FrameAnalyzer& analyzer, FrameCache* cache,
                                     const RunControl& control, const FrameSink& sink = {},
                                     const StatsSink& onStats = {});

/// analyzeVideo() on a worker thread: the calling thread never waits for the model.
///
/// The worker opens its own reader on `path`. Callbacks run on the worker thread (forward them to the GUI
/// with a queued signal). The destructor cancels and joins.
class VideoPipeline {
public:
    struct Config {
        QString path;
        std::shared_ptr<const AttentionModel> model;
        ParamValues params;
        AnalysisOptions options;
        std::shared_ptr<FrameCache> cache; ///< may be null
    };
    /// Called once on the worker thread when it ends: nullopt on success, else the error.
    using DoneFn = std::function<void(const std::optional<Error>& error)>;

    VideoPipeline(Config config, RunControl control, StatsSink onStats = {}, DoneFn onDone = {});
    ~VideoPipeline();
    VideoPipeline(const VideoPipeline&) = delete;
    VideoPipeline& operator=(const VideoPipeline&) = delete;

    void start();
    void cancel();
    /// Joins the worker; rethrows its al::Error.
    void wait();
    bool isRunning() const;
    /// The stats collected so far, in frame order.
    std::vector<FrameStats> stats() const;

private:
    void work();

    Config m_config;
    RunControl m_control;
    StatsSink m_onStats;
    DoneFn m_onDone;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<FrameStats> m_stats;
    std::optional<Error> m_error;
    std::atomic_bool m_running{false};
};

} // namespace al
