// SPDX-License-Identifier: MIT
// Single-thread time of the fingerprint pipeline on a 400x400 print (target <= 100 ms), per stage group,
// and of matching two minutiae templates (target <= 5 ms).
#include <attentionlens/FingerprintAnalysis.h>
#include <attentionlens/FingerprintGenerator.h>
#include <attentionlens/FingerprintMatch.h>

#include <benchmark/benchmark.h>
#include <opencv2/core/utility.hpp>

namespace {

using namespace al::fp;

const GeneratedFinger& finger() {
    static const GeneratedFinger f = [] {
        cv::setNumThreads(1);
        GeneratorOptions options;
        options.fingerprintClass = FingerprintClass::Whorl;
        options.seed = 11;
        options.impressions = 2;
        return generateFinger(options);
    }();
    return f;
}

void analyze400(benchmark::State& state) {
    cv::setNumThreads(1);
    const cv::Mat image = finger().impressions[0].image;
    double total = 0.0;
    for (auto _ : state) {
        const AnalysisResult r = analyzeFingerprint(image);
        total += r.totalMs;
        benchmark::DoNotOptimize(r.features.minutiae.data());
    }
    state.counters["pipelineMs"] = total / double(state.iterations()); // without the stage images
}

void matchTemplates(benchmark::State& state) {
    cv::setNumThreads(1);
    const AnalysisResult a = analyzeFingerprint(finger().impressions[0].image);
    const AnalysisResult b = analyzeFingerprint(finger().impressions[1].image);
    double score = 0.0;
    for (auto _ : state) {
        const MatchResult m =
            matchMinutiae(a.features.minutiae, b.features.minutiae, {}, a.features.mask, b.features.mask);
        score = m.score;
        benchmark::DoNotOptimize(m.pairs.data());
    }
    state.counters["minutiaeA"] = double(a.features.minutiae.size());
    state.counters["minutiaeB"] = double(b.features.minutiae.size());
    state.counters["score"] = score;
}

} // namespace

BENCHMARK(analyze400)->Unit(benchmark::kMillisecond)->MinTime(3.0);
BENCHMARK(matchTemplates)->Unit(benchmark::kMillisecond)->MinTime(2.0);

BENCHMARK_MAIN();
