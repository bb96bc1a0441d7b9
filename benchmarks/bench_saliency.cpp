// SPDX-License-Identifier: MIT
// Single-thread cost of the classical saliency models per image, at VGA and full HD.
#include "FineGrained.h"
#include "IttiKoch.h"
#include "SpectralResidual.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace {

// A busy, natural-ish test image: smooth noise plus a few shapes in several colours.
cv::Mat benchImage(cv::Size size) {
    cv::Mat image(size, CV_8UC3);
    cv::RNG rng(11);
    rng.fill(image, cv::RNG::UNIFORM, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::GaussianBlur(image, image, cv::Size(), size.width / 160.0);
    for (int i = 0; i < 40; ++i) {
        const cv::Point centre(rng.uniform(0, size.width), rng.uniform(0, size.height));
        const cv::Scalar colour(rng.uniform(0, 255), rng.uniform(0, 255), rng.uniform(0, 255));
        cv::circle(image, centre, rng.uniform(size.width / 80, size.width / 20), colour, cv::FILLED,
                   cv::LINE_AA);
    }
    return image;
}

void runModel(benchmark::State& state, const std::shared_ptr<const al::AttentionModel>& model) {
    cv::setNumThreads(1);
    al::ModelInput input;
    input.image = benchImage(cv::Size(static_cast<int>(state.range(0)), static_cast<int>(state.range(1))));
    const al::RunControl control;
    for (auto _ : state) {
        al::ModelResult result = model->run(input, {}, control);
        benchmark::DoNotOptimize(result.maps.data());
    }
    state.counters["Mpx/s"] = benchmark::Counter(
        static_cast<double>(input.image.total()) * state.iterations() / 1e6, benchmark::Counter::kIsRate);
}

void BM_SpectralResidual(benchmark::State& state) {
    runModel(state, al::saliency::createSpectralResidualModel());
}
void BM_FineGrained(benchmark::State& state) {
    runModel(state, al::saliency::createFineGrainedModel());
}
void BM_IttiKoch(benchmark::State& state) {
    runModel(state, al::saliency::createIttiKochModel());
}

} // namespace

BENCHMARK(BM_SpectralResidual)->Args({640, 480})->Args({1920, 1080})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FineGrained)->Args({640, 480})->Args({1920, 1080})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IttiKoch)->Args({640, 480})->Args({1920, 1080})->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
