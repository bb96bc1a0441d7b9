// SPDX-License-Identifier: MIT
// Single-thread latency of the built-in learned models, end to end through the plugin's run() (preprocess,
// OpenCV DNN forward, outputs mapped to maps incl. head fusion and rollout), the bare forward pass, and rollout.
#include "OnnxModel.h"

#include <attentionlens/ClutteredDigits.h>
#include <attentionlens/TokenAttention.h>

#include <benchmark/benchmark.h>
#include <opencv2/imgproc.hpp>

namespace {

std::unique_ptr<al::onnx::OnnxModel> loadModel(const char* id) {
    return std::make_unique<al::onnx::OnnxModel>(al::loadModelPackage(QStringLiteral(AL_MODELS_DIR "/") + id));
}

cv::Mat digitImage() {
    const al::ClutteredDigits gen(al::ClutteredDigits::Split::Test);
    cv::Mat bgr;
    cv::cvtColor(gen.sample(3).image, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

void runEndToEnd(benchmark::State& state, const char* id) {
    cv::setNumThreads(1);
    const auto model = loadModel(id);
    al::ModelInput input;
    input.image = digitImage();
    const al::RunControl control;
    for (auto _ : state) {
        al::ModelResult r = model->run(input, {{"top_k", 5}}, control);
        benchmark::DoNotOptimize(r.maps.data());
    }
}

void runForward(benchmark::State& state, const char* id) {
    cv::setNumThreads(1);
    const auto model = loadModel(id);
    const al::PackageInput& in = model->package().input;
    const int dims[] = {1, in.channels, in.height, in.width};
    cv::Mat blob(4, dims, CV_32F);
    cv::randu(blob, 0.f, 1.f);
    for (auto _ : state) {
        const auto outs = model->forward(blob);
        benchmark::DoNotOptimize(outs.size());
    }
}

void rollout(benchmark::State& state) {
    const int layers = 4, heads = 4, tokens = 65;
    cv::RNG rng(3);
    std::vector<std::vector<cv::Mat>> att(layers, std::vector<cv::Mat>(heads));
    for (auto& layer : att)
        for (cv::Mat& h : layer) {
            h.create(tokens, tokens, CV_32FC1);
            rng.fill(h, cv::RNG::UNIFORM, 0.0, 1.0);
        }
    for (auto _ : state) {
        cv::Mat r = al::attentionRollout(att, al::HeadFusion::Mean, 0.5, state.range(0) / 100.0);
        benchmark::DoNotOptimize(r.data);
    }
}

} // namespace

BENCHMARK_CAPTURE(runEndToEnd, digits_cbam, "digits-cbam")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runEndToEnd, digits_cnn_baseline, "digits-cnn-baseline")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runEndToEnd, digits_vit_with_rollout, "digits-vit")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runForward, digits_cbam, "digits-cbam")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(runForward, digits_vit, "digits-vit")->Unit(benchmark::kMillisecond);
BENCHMARK(rollout)->Arg(0)->Arg(90)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
