// SPDX-License-Identifier: MIT
#include "attentionlens/VideoAnalysis.h"

#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"
#include "attentionlens/VideoReader.h"

#include <QCoreApplication>
#include <algorithm>

namespace al {

namespace {

// A translation context that lupdate understands (a free Tr::tr() function would not be extracted).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(al::Video)
};

const AttentionMap& pickMap(const ModelResult& result, const QString& mapName) {
    const AttentionMap* map = mapName.isEmpty() ? result.finalMap() : result.map(mapName);
    if (map)
        return *map;
    if (mapName.isEmpty())
        throw Error(ErrorCode::PluginFailure, Tr::tr("Model '%1' returned no map.").arg(result.modelId));
    QStringList names;
    for (const AttentionMap& m : result.maps)
        names << m.name;
    throw Error(ErrorCode::BadInput, Tr::tr("Model '%1' returned no map named '%2'; its maps are: %3.")
                                         .arg(result.modelId, mapName, names.join(QStringLiteral(", "))));
}

} // namespace

FrameAnalyzer::FrameAnalyzer(std::shared_ptr<const AttentionModel> model, ParamValues params,
                             AnalysisOptions options)
    : m_model(std::move(model)), m_params(std::move(params)), m_options(std::move(options)) {
    if (!m_model)
        throw Error(ErrorCode::BadInput, Tr::tr("No model was chosen for the video analysis."));
    if (m_options.every < 1)
        throw Error(
            ErrorCode::BadInput,
            Tr::tr("'every' must be 1 or more (analyse every Nth frame), not %1.").arg(m_options.every));
    m_options.history = std::clamp(m_options.history, 0, 256);
    const QList<Modality> modalities = m_model->modalities();
    m_video = modalities.contains(Modality::Video);
    if (!m_video && !modalities.contains(Modality::Image))
        throw Error(
            ErrorCode::BadInput,
            Tr::tr("Model '%1' takes neither images nor videos; choose an image model.").arg(m_model->id()));
}

FrameAnalysisPtr FrameAnalyzer::analyse(int frame, double timeSec, const cv::Mat& bgr,
                                        const std::vector<cv::Mat>& history,
                                        const RunControl& control) const {
    ModelInput input;
    input.image = bgr;
    if (m_video) {
        input.modality = Modality::Video;
        input.frames = history;
        input.frames.push_back(bgr);
    } else {
        input.modality = Modality::Image;
    }
    const ModelResult result = runModel(*m_model, input, m_params, control);
    auto analysis = std::make_shared<FrameAnalysis>();
    analysis->frame = frame;
    analysis->inputSize = bgr.size();
    analysis->map = pickMap(result, m_options.mapName);
    analysis->map.data = analysis->map.data.clone(); // detach from the result's other maps
    analysis->stats = computeFrameStats(analysis->map, bgr.size());
    analysis->stats.frame = frame;
    analysis->stats.timeSec = timeSec;
    analysis->stats.elapsedMs = result.elapsedMs;
    const size_t keep = std::min<size_t>(result.predictions.size(), 5);
    analysis->predictions.assign(result.predictions.begin(), result.predictions.begin() + qsizetype(keep));
    return analysis;
}

FrameAnalysisPtr FrameAnalyzer::push(int frame, double timeSec, const cv::Mat& bgr, const RunControl& control,
                                     FrameCache* cache) {
    FrameAnalysisPtr analysis;
    if (isAnalysed(frame)) {
        if (cache)
            analysis = cache->find(frame);
        if (!analysis) {
            analysis = analyse(frame, timeSec, bgr, {m_history.begin(), m_history.end()}, control);
            if (cache)
                cache->insert(analysis);
        }
    }
    if (m_video && m_options.history > 0) {
        m_history.push_back(bgr);
        while (int(m_history.size()) > m_options.history)
            m_history.pop_front();
    }
    return analysis;
}

std::vector<FrameStats> analyzeVideo(VideoReader& reader, FrameAnalyzer& analyzer, FrameCache* cache,
                                     const RunControl& control, const FrameSink& sink,
                                     const StatsSink& onStats) {
    const VideoInfo& info = reader.info();
    const QString stage = Tr::tr("Analysing frames");
    std::vector<FrameStats> stats;
    FrameAnalysisPtr latest;
    analyzer.reset();
    while (true) {
        control.throwIfCancelled();
        const int index = reader.position();
        cv::Mat frame; // a fresh buffer per frame: the model's history keeps references
        if (!reader.read(frame))
            break;
        const double timeSec = info.fps > 0.0 ? index / info.fps : 0.0;
        if (FrameAnalysisPtr fresh = analyzer.push(index, timeSec, frame, control, cache)) {
            latest = std::move(fresh);
            stats.push_back(latest->stats);
            if (onStats)
                onStats(latest->stats);
        }
        if (sink)
            sink(index, frame, latest);
        if (info.frameCount > 0)
            control.report(double(index + 1) / info.frameCount, stage);
    }
    control.throwIfCancelled();
    return stats;
}

VideoPipeline::VideoPipeline(Config config, RunControl control, StatsSink onStats, DoneFn onDone)
    : m_config(std::move(config)), m_control(std::move(control)), m_onStats(std::move(onStats)),
      m_onDone(std::move(onDone)) {}

VideoPipeline::~VideoPipeline() {
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void VideoPipeline::start() {
    if (m_thread.joinable())
        return;
    m_running = true;
    m_thread = std::thread([this] { work(); });
}

void VideoPipeline::cancel() {
    m_control.cancel();
}

void VideoPipeline::wait() {
    if (m_thread.joinable())
        m_thread.join();
    const std::lock_guard lock(m_mutex);
    if (m_error)
        throw *m_error;
}

bool VideoPipeline::isRunning() const {
    return m_running;
}

std::vector<FrameStats> VideoPipeline::stats() const {
    const std::lock_guard lock(m_mutex);
    return m_stats;
}

void VideoPipeline::work() {
    std::optional<Error> error;
    try {
        VideoReader reader = VideoReader::open(m_config.path);
        FrameAnalyzer analyzer(m_config.model, m_config.params, m_config.options);
        analyzeVideo(reader, analyzer, m_config.cache.get(), m_control, {}, [this](const FrameStats& stats) {
            {
                const std::lock_guard lock(m_mutex);
                m_stats.push_back(stats);
            }
            if (m_onStats)
                m_onStats(stats);
        });
    } catch (const Error& e) {
        error = e;
    } catch (const std::exception& e) {
        error = Error(ErrorCode::Internal,
                      Tr::tr("The video analysis failed: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    {
        const std::lock_guard lock(m_mutex);
        m_error = error;
    }
    m_running = false;
    if (m_onDone)
        m_onDone(error);
}

} // namespace al
