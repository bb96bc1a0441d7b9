// SPDX-License-Identifier: MIT
// The Attention tab of the Fingerprint workspace: the learned classifier's probabilities and attention map.
#include "FingerprintAttentionTab.h"

#include "ImageView.h"

#include "attentionlens/FingerprintAnalysis.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {

// Colours (BGR) of the markers; the legend names them.
const cv::Scalar kTruthColour(80, 220, 80);    // green: true singular point, circle = the 25 px radius
const cv::Scalar kDetectedColour(255, 200, 0); // cyan: detected by the pipeline (Poincare index)
const cv::Scalar kPeakColour(255, 0, 255);     // magenta: the attention peak

void drawPoint(cv::Mat& bgr, const fp::SingularPoint& p, const cv::Scalar& colour, int size) {
    const cv::Point c(int(std::lround(p.x)), int(std::lround(p.y)));
    if (p.type == fp::SingularType::Core) {
        cv::circle(bgr, c, size, colour, 2, cv::LINE_AA);
        return;
    }
    const std::vector<cv::Point> triangle{c + cv::Point(0, -size), c + cv::Point(size, size),
                                          c + cv::Point(-size, size)};
    cv::polylines(bgr, triangle, true, colour, 2, cv::LINE_AA);
}

} // namespace

FingerprintAttentionTab::FingerprintAttentionTab(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("fingerprintAttentionTab"));
    auto* layout = new QHBoxLayout(this);
    m_view = new ImageView(this);
    m_view->setObjectName(QStringLiteral("fingerprintAttentionView"));
    layout->addWidget(m_view, 1);

    auto* side = new QWidget(this);
    side->setMaximumWidth(320);
    auto* v = new QVBoxLayout(side);
    m_title = new QLabel(side);
    m_title->setWordWrap(true);
    v->addWidget(m_title);
    auto* grid = new QGridLayout;
    for (int c = 0; c < fp::kFingerprintClassCount; ++c) {
        m_names[size_t(c)] = new QLabel(side);
        m_bars[size_t(c)] = new QProgressBar(side);
        m_bars[size_t(c)]->setObjectName(QStringLiteral("fingerprintClassBar%1").arg(c));
        m_bars[size_t(c)]->setRange(0, 1000);
        m_bars[size_t(c)]->setMinimumHeight(36); // large enough to read and to touch on a kiosk screen
        grid->addWidget(m_names[size_t(c)], c, 0);
        grid->addWidget(m_bars[size_t(c)], c, 1);
    }
    v->addLayout(grid);
    m_verdict = new QLabel(side);
    m_verdict->setObjectName(QStringLiteral("fingerprintAttentionVerdict"));
    m_verdict->setWordWrap(true);
    v->addWidget(m_verdict);
    // a ticked, touch-sized switch that redraws the view
    const auto addSwitch = [&](const char* name) {
        auto* box = new QCheckBox(side);
        box->setObjectName(QLatin1String(name));
        box->setChecked(true);
        box->setMinimumHeight(36);
        connect(box, &QCheckBox::toggled, this, [this] { render(); });
        v->addWidget(box);
        return box;
    };
    m_overlay = addSwitch("fingerprintAttentionOverlay");
    m_points = addSwitch("fingerprintAttentionPoints");
    m_legend = new QLabel(side);
    m_legend->setWordWrap(true);
    v->addWidget(m_legend);
    v->addStretch(1);
    layout->addWidget(side);
    retranslate();
}

void FingerprintAttentionTab::setModelAvailable(bool available) {
    m_available = available;
    updateTexts();
}

void FingerprintAttentionTab::showPrint(const cv::Mat& gray,
                                        const std::optional<fp::FingerprintClassification>& result,
                                        const std::vector<fp::SingularPoint>& detected,
                                        const std::vector<fp::SingularPoint>& truth, const QString& error) {
    m_gray = gray;
    m_result = result;
    m_detected = detected;
    m_truth = truth;
    m_error = error;
    updateTexts();
    render();
}

void FingerprintAttentionTab::setOverlayShown(bool shown) {
    m_overlay->setChecked(shown);
}

bool FingerprintAttentionTab::overlayShown() const {
    return m_overlay->isChecked();
}

QString FingerprintAttentionTab::verdictText() const {
    return m_verdict->text();
}

QString FingerprintAttentionTab::barText(fp::FingerprintClass c) const {
    return m_bars[size_t(c)]->text();
}

void FingerprintAttentionTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FingerprintAttentionTab::retranslate() {
    m_overlay->setText(tr("Show the attention map over the print"));
    m_points->setText(tr("Show singular points and the attention peak"));
    m_legend->setText(tr("Green: true singular points (generated prints), the circle is the 25 px "
                         "tolerance. Cyan: singular points the pipeline detected. Magenta cross: the "
                         "attention peak. Circles are cores, triangles deltas."));
    for (int c = 0; c < fp::kFingerprintClassCount; ++c)
        m_names[size_t(c)]->setText(fp::fingerprintClassName(fp::FingerprintClass(c)));
    updateTexts();
}

void FingerprintAttentionTab::updateTexts() {
    for (int c = 0; c < fp::kFingerprintClassCount; ++c) {
        const double p = m_result ? m_result->probabilities[size_t(c)] : 0.0;
        m_bars[size_t(c)]->setValue(int(std::lround(p * 1000)));
        m_bars[size_t(c)]->setFormat(m_result ? QStringLiteral("%1 %").arg(p * 100, 0, 'f', 1) : QString());
    }
    if (!m_available) {
        m_title->setText(tr("The attention classifier (model package %1) is not installed.")
                             .arg(QLatin1String(fp::kFingerprintClassifierId)));
        m_verdict->clear();
        return;
    }
    m_title->setText(
        m_result ? tr("Learned classifier: %1").arg(fp::fingerprintClassName(m_result->fingerprintClass))
                 : tr("Open or generate a print to see where the learned classifier looks."));
    if (!m_error.isEmpty()) {
        m_verdict->setText(tr("The classifier failed: %1").arg(m_error));
        return;
    }
    if (!m_result) {
        m_verdict->clear();
        return;
    }
    const bool generated = !m_truth.empty();
    const std::vector<fp::SingularPoint>& points = generated ? m_truth : m_detected;
    const std::optional<double> d = fp::nearestSingularPointDistance(m_result->peak, points);
    if (!d)
        m_verdict->setText(tr("No singular point to compare the attention peak with (arches have none)."));
    else
        m_verdict->setText(
            (generated ? tr("Attention peak %1 px from the nearest true singular point: %2.")
                       : tr("Attention peak %1 px from the nearest detected singular point: %2."))
                .arg(*d, 0, 'f', 0)
                .arg(*d <= fp::kAttentionPeakRadius ? tr("on it (within 25 px)") : tr("not on it")));
}

void FingerprintAttentionTab::render() {
    if (m_gray.empty()) {
        m_view->clear();
        return;
    }
    cv::Mat bgr;
    cv::cvtColor(m_gray, bgr, cv::COLOR_GRAY2BGR);
    if (m_result && m_overlay->isChecked()) {
        RenderOptions options;
        options.alpha = 0.45;
        bgr = renderOverlay(bgr, m_result->attention, options);
    }
    if (m_points->isChecked()) {
        for (const fp::SingularPoint& p : m_truth) {
            cv::circle(bgr, cv::Point(int(std::lround(p.x)), int(std::lround(p.y))),
                       int(fp::kAttentionPeakRadius), kTruthColour, 1, cv::LINE_AA);
            drawPoint(bgr, p, kTruthColour, 6);
        }
        for (const fp::SingularPoint& p : m_detected)
            drawPoint(bgr, p, kDetectedColour, 9);
        if (m_result)
            cv::drawMarker(bgr,
                           cv::Point(int(std::lround(m_result->peak.x)), int(std::lround(m_result->peak.y))),
                           kPeakColour, cv::MARKER_CROSS, 18, 3, cv::LINE_AA);
    }
    m_view->setImage(matToQImage(bgr));
}

} // namespace al
