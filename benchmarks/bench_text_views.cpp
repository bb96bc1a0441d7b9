// SPDX-License-Identifier: MIT
// Text views at long inputs (target <= 50 ms per view at 2048 tokens, one core):
// ./bin/bench_text_views --benchmark_min_time=0.5 (needs QT_QPA_PLATFORM=offscreen for the fonts).
#include "attentionlens/TextViews.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <opencv2/core.hpp>

namespace {

/// A row-stochastic n x n matrix: random, with a few strong keys per row like a trained head.
cv::Mat attentionMatrix(int n, int seed) {
    cv::RNG rng(static_cast<uint64>(seed));
    cv::Mat m(n, n, CV_32F);
    rng.fill(m, cv::RNG::UNIFORM, 0.f, 1.f);
    for (int q = 0; q < n; ++q) {
        for (int i = 0; i < 3; ++i)
            m.at<float>(q, rng.uniform(0, n)) += float(n) / 8.f;
        m.row(q) /= cv::sum(m.row(q))[0];
    }
    return m;
}

QStringList labels(int n) {
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("token%1").arg(i);
    return out;
}

// Args: tokens.
void BM_MatrixImage(benchmark::State& state) {
    const cv::Mat m = attentionMatrix(int(state.range(0)), 1);
    al::RenderOptions options;
    options.colormap = al::Colormap::Viridis;
    for (auto _ : state)
        benchmark::DoNotOptimize(al::tokenMatrixImage(m, options));
}
BENCHMARK(BM_MatrixImage)->Arg(512)->Arg(2048)->Unit(benchmark::kMillisecond);

// Args: tokens, k. One head.
void BM_TopLinks(benchmark::State& state) {
    const cv::Mat m = attentionMatrix(int(state.range(0)), 2);
    for (auto _ : state)
        benchmark::DoNotOptimize(al::topLinks(m, int(state.range(1)), 0.02f));
}
BENCHMARK(BM_TopLinks)->Args({2048, 4})->Args({2048, 16})->Unit(benchmark::kMillisecond);

struct HeadViewCase {
    std::vector<cv::Mat> matrices;
    QStringList names;
    std::vector<bool> unknown;
    al::HeadViewOptions options;
};

// Args: tokens, heads, row height (18 with labels, 4 = the app's view above 600 tokens), viewport height
// (0 = the whole text as one image). The viewport sits in the middle of the text, like a scrolled view.
HeadViewCase headViewCase(const benchmark::State& state) {
    HeadViewCase c;
    const int n = int(state.range(0));
    for (int h = 0; h < int(state.range(1)); ++h)
        c.matrices.push_back(attentionMatrix(n, 10 + h));
    c.names = labels(n);
    c.unknown.assign(size_t(n), false);
    c.options.rowHeight = int(state.range(2));
    if (state.range(3) > 0)
        c.options.viewport = QRect(0, c.options.rowHeight * n / 2, c.options.width, int(state.range(3)));
    return c;
}

std::vector<std::vector<al::TokenLink>> links(const std::vector<cv::Mat>& matrices) {
    std::vector<std::vector<al::TokenLink>> out;
    for (const cv::Mat& m : matrices)
        out.push_back(al::topLinks(m, 4, 0.02f));
    return out;
}

// A repaint (scrolling, hovering): the top-4 links per query are cached by the view.
void BM_HeadViewPaint(benchmark::State& state) {
    const HeadViewCase c = headViewCase(state);
    const auto cached = links(c.matrices);
    const std::vector<QColor> colours = al::headColours(int(c.matrices.size()));
    for (auto _ : state)
        benchmark::DoNotOptimize(al::renderHeadView(cached, colours, c.names, c.unknown, c.options));
}
BENCHMARK(BM_HeadViewPaint)
    ->Args({2048, 4, 18, 1000})
    ->Args({2048, 4, 4, 1000})
    ->Args({2048, 1, 18, 1000})
    ->Unit(benchmark::kMillisecond);

// Choosing another layer: top-4 links of every head, then a repaint.
void BM_HeadViewNewLayer(benchmark::State& state) {
    const HeadViewCase c = headViewCase(state);
    const std::vector<QColor> colours = al::headColours(int(c.matrices.size()));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            al::renderHeadView(links(c.matrices), colours, c.names, c.unknown, c.options));
}
BENCHMARK(BM_HeadViewNewLayer)
    ->Args({2048, 4, 18, 1000})
    ->Args({2048, 4, 4, 1000})
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv); // fonts for the head view's labels
    cv::setNumThreads(1);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
