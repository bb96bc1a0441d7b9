// SPDX-License-Identifier: MIT
// Single-thread time to generate one synthetic fingerprint (target <= 2 s for 400x400): the master print
// alone (layout, fields, Gabor growth, truth minutiae) and with one distorted, noisy impression.
#include <attentionlens/FingerprintGenerator.h>

#include <benchmark/benchmark.h>
#include <opencv2/core/utility.hpp>

namespace {

void generate(benchmark::State& state) {
    cv::setNumThreads(1);
    al::fp::GeneratorOptions options;
    options.size = {int(state.range(0)), int(state.range(0))};
    options.impressions = int(state.range(1));
    std::uint64_t seed = 1;
    for (auto _ : state) {
        options.seed = seed++;
        options.fingerprintClass = al::fp::FingerprintClass(seed % al::fp::kFingerprintClassCount);
        const al::fp::GeneratedFinger finger = al::fp::generateFinger(options);
        benchmark::DoNotOptimize(finger.master.image.data);
    }
}

} // namespace

BENCHMARK(generate)
    ->Args({400, 0})
    ->Args({400, 1})
    ->Args({300, 1})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0);

BENCHMARK_MAIN();
