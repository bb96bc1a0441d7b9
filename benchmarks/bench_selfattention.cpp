// SPDX-License-Identifier: MIT
// The temperature slider of the self-attention step-through (target <= 16 ms per redraw): recompute the
// softmax of one query over all heads of a digits-vit layer from the exported Q and K, and redraw the score
// and weight map images (colourised, scaled, converted to QImage) as SelfAttentionView does.
// Also non-local means: one clicked pixel's weights, and the noisy mode's PSNR-vs-h curve (off the GUI
// thread).
#include <attentionlens/ImageConvert.h>
#include <attentionlens/NonLocalMeans.h>
#include <attentionlens/SelfAttentionSteps.h>

#include <QFile>
#include <benchmark/benchmark.h>
#include <opencv2/imgproc.hpp>

#include <stdexcept>

namespace {

al::SelfAttentionLayer vitLayer() {
    al::SelfAttentionLayer layer;
    std::vector<cv::Mat> parts[3];
    const char* names[3] = {"q", "k", "v"};
    const std::vector<int> shape{1, 4, 65, 16};
    for (int i = 0; i < 3; ++i) {
        QFile f(QStringLiteral(AL_MODELS_DIR "/digits-vit/parity/case0_layer3_%1.bin").arg(names[i]));
        cv::Mat m(4, shape.data(), CV_32F);
        if (!f.open(QIODevice::ReadOnly) ||
            f.read(reinterpret_cast<char*>(m.data), qint64(m.total() * 4)) != qint64(m.total() * 4))
            throw std::runtime_error("digits-vit parity vectors with Q/K/V are missing");
        parts[i] = al::splitHeads(m, shape);
    }
    for (size_t h = 0; h < parts[0].size(); ++h)
        layer.heads.push_back({parts[0][h], parts[1][h], parts[2][h]});
    return layer;
}

void BM_TemperatureSliderRedraw(benchmark::State& state) {
    cv::setNumThreads(1);
    const al::SelfAttentionLayer layer = vitLayer();
    int i = 0;
    for (auto _ : state) {
        const double t = 0.1 + 0.05 * (i++ % 200); // a different temperature every time, like a drag
        const auto steps = al::selfAttentionSteps(layer, 29, t);
        for (const al::QueryAttentionStep& s : steps) {
            for (const cv::Mat* row : {&s.scores, &s.weights}) {
                const QImage img =
                    al::matToQImage(al::renderTokenGrid(al::tokenRowToGrid(*row, 1, 8, 8), 12)).copy();
                benchmark::DoNotOptimize(img.constBits());
            }
        }
    }
}
BENCHMARK(BM_TemperatureSliderRedraw)->Unit(benchmark::kMillisecond);

cv::Mat texture() {
    cv::Mat img(128, 128, CV_8UC3);
    cv::randu(img, 0, 255);
    cv::GaussianBlur(img, img, cv::Size(7, 7), 2.0);
    return img;
}

void BM_NonLocalMeansClick(benchmark::State& state) {
    cv::setNumThreads(1);
    const cv::Mat img = texture();
    for (auto _ : state) {
        const al::NonLocalMeansQuery q = al::nonLocalMeansAt(img, {64, 64}, {2, 15.0, 5});
        benchmark::DoNotOptimize(q.output[0]);
    }
}
BENCHMARK(BM_NonLocalMeansClick)->Unit(benchmark::kMillisecond);

void BM_PsnrCurve14(benchmark::State& state) {
    cv::setNumThreads(1);
    const cv::Mat clean = texture();
    const cv::Mat noisy = al::addGaussianNoise(clean, 20.0, 1);
    const std::vector<double> hs{2, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 55, 75, 100};
    for (auto _ : state) {
        const auto curve = al::psnrVersusH(clean, noisy, hs, {2, 0.0, 5});
        benchmark::DoNotOptimize(curve.data());
    }
}
BENCHMARK(BM_PsnrCurve14)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
