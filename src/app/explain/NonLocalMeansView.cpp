// SPDX-License-Identifier: MIT
#include "explain/NonLocalMeansView.h"

#include "explain/StepsViewImage.h"

#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {

// h values of the PSNR curve, in grey levels: from "averages nothing" to "averages everything".
const std::vector<double> kCurveH{2, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 55, 75, 100};
constexpr uint64_t kNoiseSeed = 2005; // fixed, so the chart is reproducible

QImage toQImage(const cv::Mat& bgr) {
    return matToQImage(bgr).copy();
}
QString num(double v, int precision = 3) {
    return QLocale().toString(v, 'g', precision);
}

/// √weight, min-max, turbo: the weights fall off exponentially, the root keeps the far ones visible.
cv::Mat renderWeights(const cv::Mat& weights) {
    cv::Mat root;
    cv::sqrt(weights, root);
    RenderOptions o;
    return colorize(normalizeMap(root, o), Colormap::Turbo);
}

} // namespace

NonLocalMeansView::NonLocalMeansView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    setupControls(layout);
    setupImages(layout);
    setupChart(layout);
    m_formula = new QLabel;
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::RichText);
    layout->addWidget(m_formula);
    m_readout = new QLabel;
    m_readout->setObjectName("nlmReadout");
    layout->addWidget(m_readout);
    m_watcher = new QFutureWatcher<Job>(this);
    connectSignals();
    m_hValue->setText(QStringLiteral("h = %1").arg(h()));
    retranslate();
    m_chartView->setVisible(false);
    m_denoised->setVisible(false);
    m_captions[2]->setVisible(false);
}

void NonLocalMeansView::setupControls(QVBoxLayout* layout) {
    auto* controls = new QHBoxLayout;
    m_patchLabel = new QLabel;
    m_patch = new QSpinBox;
    m_patch->setRange(1, 4);
    m_patch->setValue(2);
    m_hLabel = new QLabel;
    m_hSlider = new QSlider(Qt::Horizontal);
    m_hSlider->setObjectName("nlmHSlider");
    m_hSlider->setRange(1, 100);
    m_hSlider->setValue(15);
    m_hValue = new QLabel;
    m_hValue->setMinimumWidth(50);
    m_noiseCheck = new QCheckBox;
    m_noiseCheck->setObjectName("nlmNoisy");
    m_sigma = new QSpinBox;
    m_sigma->setRange(5, 60);
    m_sigma->setValue(20);
    m_status = new QLabel;
    for (QWidget* w : std::initializer_list<QWidget*>{m_patchLabel, m_patch, m_hLabel})
        controls->addWidget(w);
    controls->addWidget(m_hSlider, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_hValue, m_noiseCheck, m_sigma, m_status})
        controls->addWidget(w);
    layout->addLayout(controls);
}

void NonLocalMeansView::setupImages(QVBoxLayout* layout) {
    auto* images = new QGridLayout;
    m_image = new StepsViewImage;
    m_image->setObjectName("nlmImage");
    m_weights = new StepsViewImage;
    m_weights->setObjectName("nlmWeights");
    m_denoised = new StepsViewImage;
    m_denoised->setObjectName("nlmDenoised");
    StepsViewImage* views[3] = {m_image, m_weights, m_denoised};
    for (int i = 0; i < 3; ++i) {
        m_captions[i] = new QLabel;
        m_captions[i]->setAlignment(Qt::AlignCenter);
        m_captions[i]->setWordWrap(true);
        images->addWidget(m_captions[i], 0, i);
        images->addWidget(views[i], 1, i);
        images->setColumnStretch(i, 1);
    }
    images->setRowStretch(1, 1);
    layout->addLayout(images, 2);
    m_output = new QLabel;
    m_output->setWordWrap(true);
    layout->addWidget(m_output);
}

void NonLocalMeansView::setupChart(QVBoxLayout* layout) {
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_series = new QLineSeries;
    m_baseline = new QLineSeries;
    m_marker = new QScatterSeries;
    m_marker->setMarkerSize(10);
    m_axisX = new QValueAxis;
    m_axisY = new QValueAxis;
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{m_series, m_baseline, m_marker}) {
        m_chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_chartView = new QChartView(m_chart);
    m_chartView->setObjectName("nlmChart");
    m_chartView->setMinimumHeight(260);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_chartView, 3);
}

void NonLocalMeansView::connectSignals() {
    connect(m_watcher, &QFutureWatcher<Job>::finished, this, &NonLocalMeansView::onJobFinished);
    connect(m_hSlider, &QSlider::valueChanged, this, [this] {
        m_hValue->setText(QStringLiteral("h = %1").arg(h()));
        recomputeQuery();
        updateMarker();
        if (isNoisy())
            startJob(false);
    });
    connect(m_patch, &QSpinBox::valueChanged, this, [this] {
        recomputeQuery();
        if (isNoisy())
            startJob(true);
    });
    connect(m_noiseCheck, &QCheckBox::toggled, this, [this] { rebuildNoisy(); });
    connect(m_sigma, &QSpinBox::valueChanged, this, [this] {
        if (isNoisy())
            rebuildNoisy();
    });
    connect(m_image, &StepsViewImage::clicked, this,
            [this](const QPointF& p) { selectPixel(QPoint(int(p.x()), int(p.y()))); });
    connect(m_image, &StepsViewImage::hovered, this, &NonLocalMeansView::onHovered);
    connect(m_weights, &StepsViewImage::hovered, this, &NonLocalMeansView::onHovered);
    connect(m_denoised, &StepsViewImage::hovered, this, &NonLocalMeansView::onHovered);
}

NonLocalMeansView::~NonLocalMeansView() {
    m_control.cancel();
    m_watcher->waitForFinished();
}

void NonLocalMeansView::retranslate() {
    m_patchLabel->setText(tr("Patch radius"));
    m_hLabel->setText(tr("Temperature h"));
    m_hSlider->setToolTip(
        tr("h sets how similar a patch must be to count: small h trusts only near-identical "
           "patches, large h averages over everything."));
    m_noiseCheck->setText(tr("Noisy image, σ ="));
    m_captions[0]->setText(tr("Image (click a pixel)"));
    m_captions[1]->setText(tr("Weights over all patches (√w)"));
    m_captions[2]->setText(tr("Denoised with the current h"));
    m_chart->setTitle(tr("PSNR of the denoised image against the clean one"));
    m_series->setName(tr("non-local means"));
    m_baseline->setName(tr("noisy input"));
    m_marker->setName(tr("current h"));
    m_axisX->setTitleText(tr("h (grey levels)"));
    m_axisY->setTitleText(tr("PSNR (dB)"));
    m_formula->setText(tr("Non-local means (Buades, Coll &amp; Morel 2005) is self-attention with patches as "
                          "queries and keys: <i>w(p,q) = exp(−‖P(p) − P(q)‖² / h²) / Z</i>, output = Σ "
                          "<i>w(p,q) I(q)</i>. Wang et al. (2018) put this operation into deep networks."));
    recomputeQuery();
}

void NonLocalMeansView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

NonLocalMeansOptions NonLocalMeansView::options() const {
    NonLocalMeansOptions o;
    o.patchRadius = m_patch->value();
    o.h = h();
    o.searchRadius = 5;
    return o;
}

double NonLocalMeansView::h() const {
    return double(m_hSlider->value());
}
void NonLocalMeansView::setH(double h) {
    m_hSlider->setValue(int(std::lround(h)));
}
bool NonLocalMeansView::isNoisy() const {
    return m_noiseCheck->isChecked();
}
void NonLocalMeansView::setNoisy(bool noisy) {
    m_noiseCheck->setChecked(noisy);
}
void NonLocalMeansView::setSigma(int sigma) {
    m_sigma->setValue(sigma);
}
bool NonLocalMeansView::isBusy() const {
    return m_watcher->isRunning() || m_pendingJob;
}

void NonLocalMeansView::setImage(const cv::Mat& bgr) {
    m_clean.release();
    m_query.reset();
    if (!bgr.empty() && bgr.type() == CV_8UC3) {
        const double scale = std::min(1.0, double(kWorkingSide) / std::max(bgr.cols, bgr.rows));
        cv::resize(bgr, m_clean, cv::Size(), scale, scale, scale < 1.0 ? cv::INTER_AREA : cv::INTER_NEAREST);
    }
    m_pixel = m_clean.empty() ? QPoint(-1, -1) : QPoint(m_clean.cols / 2, m_clean.rows / 2);
    rebuildNoisy();
}

void NonLocalMeansView::rebuildNoisy() {
    const bool noisy = isNoisy() && !m_clean.empty();
    m_noisy = noisy ? addGaussianNoise(m_clean, m_sigma->value(), kNoiseSeed) : cv::Mat();
    m_curve.clear();
    m_noisyPsnr = noisy ? psnr(m_clean, m_noisy) : 0.0;
    m_chartView->setVisible(noisy);
    m_denoised->setVisible(noisy);
    m_captions[2]->setVisible(noisy);
    m_denoised->setImage({});
    updateChart();
    m_image->setImage(m_clean.empty() ? QImage() : toQImage(workingImage()));
    recomputeQuery();
    if (noisy)
        startJob(true);
}

void NonLocalMeansView::selectPixel(const QPoint& pixel) {
    if (m_clean.empty() || !QRect(0, 0, m_clean.cols, m_clean.rows).contains(pixel))
        return;
    m_pixel = pixel;
    recomputeQuery();
}

void NonLocalMeansView::recomputeQuery() {
    if (m_clean.empty() || m_pixel.x() < 0) {
        m_weights->setImage({});
        m_output->clear();
        return;
    }
    m_query = nonLocalMeansAt(workingImage(), cv::Point(m_pixel.x(), m_pixel.y()), options());
    m_weights->setImage(toQImage(renderWeights(m_query->weights)));
    m_image->setMarker(QRectF(m_pixel.x() - 0.5 - m_patch->value(), m_pixel.y() - 0.5 - m_patch->value(),
                              2 * m_patch->value() + 2, 2 * m_patch->value() + 2));
    const int c = workingImage().channels();
    auto colour = [c](const cv::Scalar& s) {
        return c == 1 ? num(s[0], 4)
                      : QStringLiteral("(%1, %2, %3)").arg(num(s[2], 4), num(s[1], 4), num(s[0], 4));
    };
    m_output->setText(tr("Pixel (%1, %2): value %3 → weighted average %4 · entropy of the weights %5 nats "
                         "(uniform: %6)")
                          .arg(m_pixel.x())
                          .arg(m_pixel.y())
                          .arg(colour(m_query->input), colour(m_query->output))
                          .arg(num(m_query->entropy))
                          .arg(num(std::log(double(workingImage().total())))));
}

void NonLocalMeansView::startJob(bool withCurve) {
    m_pendingCurve = m_pendingCurve || withCurve;
    if (m_noisy.empty())
        return;
    if (m_watcher->isRunning()) {
        // One job at a time: stop the stale one, start again when it has returned.
        m_control.cancel();
        m_pendingJob = true;
        return;
    }
    m_pendingJob = false;
    const bool curve = m_pendingCurve || m_curve.empty();
    m_pendingCurve = false;
    m_control = RunControl();
    const int generation = ++m_generation;
    m_status->setText(tr("computing…"));
    // Copies only: the task must not touch the widget.
    m_watcher->setFuture(QtConcurrent::run(
        [clean = m_clean, noisy = m_noisy, o = options(), curve, control = m_control, generation] {
            Job job;
            job.generation = generation;
            try {
                if (curve)
                    job.curve = psnrVersusH(clean, noisy, kCurveH, o, control);
                job.denoised = nonLocalMeansDenoise(noisy, o, control);
            } catch (const Error&) {
                job.generation = -1; // cancelled (or a bad image): nothing to show
            }
            return job;
        }));
}

void NonLocalMeansView::onJobFinished() {
    const Job job = m_watcher->result();
    if (job.generation == m_generation && !m_noisy.empty()) {
        if (!job.curve.empty())
            m_curve = job.curve;
        if (!job.denoised.empty()) {
            m_denoisedPsnr = psnr(m_clean, job.denoised);
            m_denoised->setImage(toQImage(job.denoised));
        }
        updateChart();
        m_status->setText(
            tr("PSNR: noisy %1 dB → denoised %2 dB").arg(num(m_noisyPsnr, 4), num(m_denoisedPsnr, 4)));
        emit jobFinished();
    }
    if (m_pendingJob)
        startJob(false);
    else if (!isBusy() && m_status->text() == tr("computing…"))
        m_status->clear();
}

void NonLocalMeansView::updateChart() {
    QList<QPointF> points;
    double lo = m_noisyPsnr, hi = m_noisyPsnr;
    for (const PsnrPoint& p : m_curve) {
        points << QPointF(p.h, p.psnr);
        lo = std::min(lo, p.psnr);
        hi = std::max(hi, p.psnr);
    }
    m_series->replace(points);
    m_baseline->replace({QPointF(kCurveH.front(), m_noisyPsnr), QPointF(kCurveH.back(), m_noisyPsnr)});
    m_axisX->setRange(0, kCurveH.back());
    m_axisY->setRange(std::floor(lo - 1.0), std::ceil(hi + 1.0));
    updateMarker();
}

void NonLocalMeansView::updateMarker() {
    if (m_curve.size() < 2) {
        m_marker->clear();
        return;
    }
    // Linear interpolation of the curve at the slider's h (clamped to the curve's range).
    const double x = std::clamp(h(), m_curve.front().h, m_curve.back().h);
    size_t i = 1;
    while (i + 1 < m_curve.size() && m_curve[i].h < x)
        ++i;
    const PsnrPoint& a = m_curve[i - 1];
    const PsnrPoint& b = m_curve[i];
    const double t = b.h > a.h ? (x - a.h) / (b.h - a.h) : 0.0;
    m_marker->replace({QPointF(x, a.psnr + t * (b.psnr - a.psnr))});
}

void NonLocalMeansView::onHovered(const QPointF& p) {
    const QPoint px(int(p.x()), int(p.y()));
    if (p.x() < 0 || !m_query || !QRect(0, 0, m_clean.cols, m_clean.rows).contains(px)) {
        showReadout({});
        return;
    }
    const cv::Mat& img = workingImage();
    const uchar* v = img.ptr<uchar>(px.y()) + size_t(px.x()) * img.channels();
    const QString value = img.channels() == 1 ? QString::number(v[0])
                                              : QStringLiteral("(%1, %2, %3)").arg(v[2]).arg(v[1]).arg(v[0]);
    showReadout(tr("x %1, y %2 · value %3 · patch distance %4 · weight %5")
                    .arg(px.x())
                    .arg(px.y())
                    .arg(value)
                    .arg(num(m_query->distances.at<float>(px.y(), px.x()), 4))
                    .arg(num(m_query->weights.at<float>(px.y(), px.x()), 4)));
}

void NonLocalMeansView::showReadout(const QString& text) {
    if (text == m_readoutText)
        return;
    m_readoutText = text;
    m_readout->setText(text);
    emit readoutChanged(text);
}

} // namespace al
