// SPDX-License-Identifier: MIT
// Faithfulness checks on the 64x64 digit models, one thread, batch-1 loop through the plugin boundary
// (targets: RISE with 2000 masks <= 2 s, occlusion <= 0.5 s per image), and the curves and rank correlation.
#include "OnnxModel.h"

#include <attentionlens/ClutteredDigits.h>
#include <attentionlens/Faithfulness.h>

#include <benchmark/benchmark.h>
#include <opencv2/imgproc.hpp>

namespace {

std::unique_ptr<al::onnx::OnnxModel> loadModel(const char* id) {
    return std::make_unique<al::onnx::OnnxModel>(
        al::loadModelPackage(QStringLiteral(AL_MODELS_DIR "/") + id));
}

cv::Mat digitImage() {
    const al::ClutteredDigits gen(al::ClutteredDigits::Split::Test);
    cv::Mat bgr;
    cv::cvtColor(gen.sample(3).image, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

void rise(benchmark::State& state, const char* id) {
    cv::setNumThreads(1);
    const auto model = loadModel(id);
    const al::ClassScorer scorer = al::modelScorer(*model, {});
    const cv::Mat image = digitImage();
    const al::RiseOptions options{int(state.range(0)), 7, 0.5, 1};
    for (auto _ : state) {
        cv::Mat map = al::riseSaliency(image, 3, scorer, options);
        benchmark::DoNotOptimize(map.data);
    }
}

void occlusion(benchmark::State& state, const char* id) {
    cv::setNumThreads(1);
    const auto model = loadModel(id);
    const al::ClassScorer scorer = al::modelScorer(*model, {});
    const cv::Mat image = digitImage();
    const al::OcclusionOptions options{8, 4, al::PerturbationBaseline::Black};
    for (auto _ : state) {
        cv::Mat map = al::occlusionSensitivity(image, 3, scorer, options);
        benchmark::DoNotOptimize(map.data);
    }
}

void deletionAndInsertion(benchmark::State& state) {
    cv::setNumThreads(1);
    const auto model = loadModel("digits-cbam");
    const al::ClassScorer scorer = al::modelScorer(*model, {});
    const cv::Mat image = digitImage();
    cv::Mat saliency(image.size(), CV_32F);
    cv::randu(saliency, 0.f, 1.f);
    al::CurveOptions options;
    options.steps = int(state.range(0));
    for (auto _ : state) {
        const auto d = al::deletionCurve(image, saliency, 3, scorer, options);
        const auto i = al::insertionCurve(image, saliency, 3, scorer, options);
        benchmark::DoNotOptimize(d.auc + i.auc);
    }
}

void spearman(benchmark::State& state) {
    const int side = int(state.range(0));
    cv::Mat a(side, side, CV_32F), b(side, side, CV_32F);
    cv::randu(a, 0.f, 1.f);
    cv::randu(b, 0.f, 1.f);
    for (auto _ : state)
        benchmark::DoNotOptimize(al::spearmanCorrelation(a, b));
}

} // namespace

BENCHMARK_CAPTURE(rise, cbam, "digits-cbam")->Arg(2000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(rise, vit, "digits-vit")->Arg(2000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(occlusion, cbam, "digits-cbam")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(occlusion, vit, "digits-vit")->Unit(benchmark::kMillisecond);
BENCHMARK(deletionAndInsertion)->Arg(32)->Unit(benchmark::kMillisecond);
BENCHMARK(spearman)->Arg(64)->Arg(256)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
