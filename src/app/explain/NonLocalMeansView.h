// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/NonLocalMeans.h"

#include <QFutureWatcher>
#include <QWidget>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

class QCheckBox;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSlider;
class QSpinBox;
class QValueAxis;
class QVBoxLayout;

namespace al {

class StepsViewImage;

/// Classical self-attention on any image: non-local means (Buades et al. 2005; Wang et al. 2018). Click a
/// pixel: its weights over all patches (temperature h) and the weighted average. "Noisy image" adds Gaussian
/// noise; the denoised result and a PSNR-vs-h chart (computed off the GUI thread) show why averaging over
/// similar places removes noise. Works on a copy scaled to at most kWorkingSide pixels per side.
class NonLocalMeansView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWorkingSide = 128;

    explicit NonLocalMeansView(QWidget* parent = nullptr);
    ~NonLocalMeansView() override;

    void setImage(const cv::Mat& bgr);
    bool hasImage() const { return !m_clean.empty(); }
    /// Selects the query pixel (working-image coordinates).
    void selectPixel(const QPoint& pixel);
    void setH(double h);
    double h() const;
    void setNoisy(bool noisy);
    bool isNoisy() const;
    void setSigma(int sigma);

    /// The working image the weights are computed on (noisy in noisy mode).
    const cv::Mat& workingImage() const { return m_noisy.empty() ? m_clean : m_noisy; }
    const std::optional<NonLocalMeansQuery>& lastQuery() const { return m_query; }
    QPoint queryPixel() const { return m_pixel; }
    const std::vector<PsnrPoint>& curve() const { return m_curve; }
    double noisyPsnr() const { return m_noisyPsnr; }
    double denoisedPsnr() const { return m_denoisedPsnr; }
    bool isBusy() const;

    StepsViewImage* imageWidget() const { return m_image; }
    StepsViewImage* weightsWidget() const { return m_weights; }
    StepsViewImage* denoisedWidget() const { return m_denoised; }
    QSlider* hSlider() const { return m_hSlider; }
    QChartView* chartView() const { return m_chartView; }
    QString readout() const { return m_readoutText; }

signals:
    void readoutChanged(const QString& text);
    /// A denoising or PSNR-curve job finished and its results are shown.
    void jobFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Job {
        cv::Mat denoised;
        std::vector<PsnrPoint> curve;
        int generation = 0;
    };
    void setupControls(QVBoxLayout* layout);
    void setupImages(QVBoxLayout* layout);
    void setupChart(QVBoxLayout* layout);
    void connectSignals();
    void retranslate();
    NonLocalMeansOptions options() const;
    void rebuildNoisy();
    void recomputeQuery();
    void startJob(bool withCurve);
    void onJobFinished();
    void updateChart();
    void updateMarker();
    void showReadout(const QString& text);
    void onHovered(const QPointF& p);

    cv::Mat m_clean;
    cv::Mat m_noisy;
    QPoint m_pixel{-1, -1};
    std::optional<NonLocalMeansQuery> m_query;
    std::vector<PsnrPoint> m_curve;
    double m_noisyPsnr = 0.0;
    double m_denoisedPsnr = 0.0;
    int m_generation = 0;
    RunControl m_control;
    QFutureWatcher<Job>* m_watcher = nullptr;
    bool m_pendingCurve = false;
    bool m_pendingJob = false;

    QLabel* m_patchLabel = nullptr;
    QSpinBox* m_patch = nullptr;
    QLabel* m_hLabel = nullptr;
    QSlider* m_hSlider = nullptr;
    QLabel* m_hValue = nullptr;
    QCheckBox* m_noiseCheck = nullptr;
    QSpinBox* m_sigma = nullptr;
    QLabel* m_status = nullptr;
    StepsViewImage* m_image = nullptr;
    StepsViewImage* m_weights = nullptr;
    StepsViewImage* m_denoised = nullptr;
    QLabel* m_captions[3] = {};
    QLabel* m_output = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_readout = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QLineSeries* m_series = nullptr;
    QLineSeries* m_baseline = nullptr;
    QScatterSeries* m_marker = nullptr;
    QValueAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QString m_readoutText;
};

} // namespace al
