// SPDX-License-Identifier: MIT
// Single-core figures for the image view's hot paths; run e.g. ./bin/bench_overlay --benchmark_min_time=0.2
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"

#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace {

const cv::Size kFullHd(1920, 1080);

cv::Mat makeImage() {
    cv::Mat image(kFullHd, CV_8UC3);
    cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(256));
    return image;
}

// A smooth blob plus noise: contours of realistic length, and values spread over the whole range.
al::AttentionMap makeMap(cv::Size grid) {
    al::AttentionMap map;
    map.name = QStringLiteral("bench");
    map.data.create(grid, CV_32FC1);
    cv::randu(map.data, 0.f, 0.2f);
    for (int y = 0; y < grid.height; ++y) {
        for (int x = 0; x < grid.width; ++x) {
            const double dx = (x - grid.width * 0.4) / grid.width, dy = (y - grid.height * 0.6) / grid.height;
            map.data.at<float>(y, x) += static_cast<float>(std::exp(-(dx * dx + dy * dy) * 12.0));
        }
    }
    return map;
}

enum Flags { Bilinear = 0, Nearest = 1, Threshold = 2, Contour = 4 };

// Args: map width, map height, flags.
void BM_RenderOverlay(benchmark::State& state) {
    const cv::Mat image = makeImage();
    const al::AttentionMap map =
        makeMap(cv::Size(static_cast<int>(state.range(0)), static_cast<int>(state.range(1))));
    const auto flags = state.range(2);
    al::RenderOptions options;
    options.upsampling = (flags & Nearest) ? al::Upsampling::Nearest : al::Upsampling::Bilinear;
    options.threshold = (flags & Threshold) != 0;
    options.contour = (flags & Contour) != 0;
    for (auto _ : state) {
        cv::Mat out = al::renderOverlay(image, map, options);
        benchmark::DoNotOptimize(out.data);
    }
}
BENCHMARK(BM_RenderOverlay)
    ->ArgNames({"mapW", "mapH", "flags"})
    ->Args({64, 48, Bilinear})
    ->Args({64, 48, Nearest})
    ->Args({64, 48, Bilinear | Threshold})
    ->Args({64, 48, Bilinear | Contour})
    ->Args({64, 48, Bilinear | Threshold | Contour})
    ->Args({480, 270, Bilinear})
    ->Args({480, 270, Nearest})
    ->Args({480, 270, Bilinear | Threshold})
    ->Args({480, 270, Bilinear | Contour})
    ->Unit(benchmark::kMillisecond);

void BM_NormalizePercentile1080p(benchmark::State& state) {
    cv::Mat map(kFullHd, CV_32FC1);
    cv::randn(map, 0.0, 1.0);
    al::RenderOptions options;
    options.normalization = al::Normalization::Percentile;
    for (auto _ : state) {
        cv::Mat out = al::normalizeMap(map, options);
        benchmark::DoNotOptimize(out.data);
    }
}
BENCHMARK(BM_NormalizePercentile1080p)->Unit(benchmark::kMillisecond);

void BM_MatToQImage1080p(benchmark::State& state) {
    const cv::Mat image = makeImage();
    for (auto _ : state) {
        QImage wrapped = al::matToQImage(image);
        benchmark::DoNotOptimize(wrapped.constBits());
    }
}
BENCHMARK(BM_MatToQImage1080p)->Unit(benchmark::kMillisecond);

void BM_QImageToMat1080p(benchmark::State& state) {
    const QImage source = al::matToQImage(makeImage()).convertToFormat(QImage::Format_RGB32);
    for (auto _ : state) {
        cv::Mat copy = al::qimageToMat(source);
        benchmark::DoNotOptimize(copy.data);
    }
}
BENCHMARK(BM_QImageToMat1080p)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    cv::setNumThreads(1); // the targets are single-core figures
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
