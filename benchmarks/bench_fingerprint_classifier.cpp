// SPDX-License-Identifier: MIT
// Single-thread latency of the fingerprint attention classifier (fingerprint-class-attn) on a 400x400 print,
// end to end through classifyFingerprint(): gray -> BGR, the plugin's preprocessing, OpenCV DNN, the maps and
// the attention peak. `fingerprint evaluate` runs it once per impression.
#include "OnnxModel.h"

#include <attentionlens/FingerprintClassifier.h>
#include <attentionlens/FingerprintGenerator.h>

#include <benchmark/benchmark.h>

namespace {

void classify(benchmark::State& state) {
    cv::setNumThreads(1);
    const al::onnx::OnnxModel model(
        al::loadModelPackage(QStringLiteral(AL_MODELS_DIR "/") + al::fp::kFingerprintClassifierId));
    const al::fp::GeneratedImpression print = al::fp::generatePrint(al::fp::FingerprintClass::Whorl, 7);
    for (auto _ : state) {
        const al::fp::FingerprintClassification c = al::fp::classifyFingerprint(model, print.image);
        benchmark::DoNotOptimize(c.peak);
    }
}

} // namespace

BENCHMARK(classify)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
