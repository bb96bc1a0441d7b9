// SPDX-License-Identifier: MIT
#include "DigitDemo.h"

#include "KioskImageView.h"
#include "attentionlens/ClutteredDigits.h"
#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"
#include "attentionlens/PluginRegistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {
constexpr int kCanvas = ClutteredDigits::kCanvas;
constexpr int kZoom = 4;      // the overlay is rendered at 256x256 so the map is smooth over blocky pixels
constexpr int kGlideStep = 2; // canvas pixels per attract tick
} // namespace

DigitDemo::DigitDemo(const PluginRegistry& registry, const QStringList& modelIds, QWidget* parent)
    : KioskDemo(parent) {
    setObjectName(QStringLiteral("kioskDigitDemo"));
    for (const QString& id : modelIds) {
        if (auto model = registry.model(id))
            m_models.push_back(model);
    }
    try {
        m_digits = std::make_unique<ClutteredDigits>(ClutteredDigits::Split::Test);
    } catch (const Error& e) {
        qWarning("attentionlens kiosk: digit playground left out: %s", qPrintable(e.message()));
    }
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskDemoTitle"));
    m_view = new KioskImageView(this);
    m_view->setObjectName(QStringLiteral("kioskDigitCanvas"));
    m_view->installEventFilter(this);
    m_prediction = new QLabel(this);
    m_prediction->setObjectName(QStringLiteral("kioskPrediction"));
    m_prediction->setAlignment(Qt::AlignCenter);
    m_explain = new QLabel(this);
    m_explain->setWordWrap(true);
    m_explain->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_prediction);
    layout->addWidget(m_explain);

    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("kioskNewDigit"));
    m_new->setMinimumHeight(kButtonHeight);
    connect(m_new, &QPushButton::clicked, this, [this] { newDigit(m_sample + 1); });
    buttons->addWidget(m_new);
    m_modelButtons = addModelButtons(buttons, int(m_models.size()), [this](int i) { selectModel(i); });
    layout->addLayout(buttons);
    connect(&m_runner, &KioskRunner::finished, this, &DigitDemo::onFinished);
    m_glide.setInterval(80);
    connect(&m_glide, &QTimer::timeout, this, &DigitDemo::glide);
    retranslate();
}

DigitDemo::~DigitDemo() = default;

bool DigitDemo::isUsable() const {
    return m_digits && !m_models.empty();
}

QString DigitDemo::title() const {
    return tr("Move the digit, watch the attention");
}

QString DigitDemo::summary() const {
    return tr("Drag a handwritten digit through the clutter and see where the network looks.");
}

void DigitDemo::enter() {
    m_glide.stop();
    if (m_background.empty())
        newDigit(m_sample);
}

void DigitDemo::reset() {
    // Nothing runs while hidden: enter() makes the first digit again.
    m_glide.stop();
    m_model = 0;
    m_sample = 0;
    m_background.release();
    m_patch.release();
    m_predictionText.clear();
    m_prediction->clear();
    m_view->setImage(QImage());
}

void DigitDemo::attractStep() {
    if (!isUsable())
        return;
    newDigit(m_sample + 1);
    // Glide the digit to a far corner so the overlay visibly follows it.
    const int maxX = kCanvas - m_patch.cols;
    const int maxY = kCanvas - m_patch.rows;
    m_glideTarget = cv::Point(m_pos.x < maxX / 2 ? maxX : 0, m_pos.y < maxY / 2 ? maxY : 0);
    m_glide.start();
}

void DigitDemo::newDigit(int index) {
    if (!isUsable())
        return;
    m_sample = std::max(0, index);
    DigitSample sample;
    try {
        sample = m_digits->sample(m_sample);
    } catch (const Error& e) {
        m_explain->setText(e.message());
        return;
    }
    // The clutter stays put; the target digit's box becomes a movable patch on top of it.
    m_label = sample.label;
    m_patch = sample.image(sample.box).clone();
    m_background = sample.image.clone();
    m_background(sample.box).setTo(0);
    m_pos = sample.box.tl();
    runCurrent();
}

void DigitDemo::moveDigitTo(cv::Point canvasPoint) {
    if (m_patch.empty())
        return;
    const cv::Point clamped(std::clamp(canvasPoint.x, 0, kCanvas - m_patch.cols),
                            std::clamp(canvasPoint.y, 0, kCanvas - m_patch.rows));
    if (clamped == m_pos)
        return;
    m_pos = clamped;
    runCurrent();
}

cv::Mat DigitDemo::compose() const {
    cv::Mat canvas = m_background.clone();
    cv::Mat roi = canvas(cv::Rect(m_pos, m_patch.size()));
    cv::max(roi, m_patch, roi); // ink over clutter, as the data recipe draws it
    return canvas;
}

void DigitDemo::selectModel(int index) {
    m_model = index;
    checkOnly(m_modelButtons, m_model);
    runCurrent();
}

void DigitDemo::runCurrent() {
    if (!isUsable() || m_patch.empty())
        return;
    checkOnly(m_modelButtons, m_model);
    ModelInput input;
    cv::cvtColor(compose(), input.image, cv::COLOR_GRAY2BGR);
    m_runner.request(m_models[size_t(m_model)], input);
}

void DigitDemo::onFinished(const KioskRunner::Outcome& outcome) {
    if (m_patch.empty())
        return; // reset while the run was in flight
    if (!outcome.error.isEmpty()) {
        m_explain->setText(outcome.error);
        return;
    }
    const AttentionMap* map = outcome.result.finalMap();
    if (!map)
        return;
    try {
        m_view->setImage(zoomedOverlay(outcome.image, *map, kZoom));
    } catch (const Error& e) {
        m_explain->setText(e.message());
        return;
    }
    m_predictionText.clear();
    if (!outcome.result.predictions.empty()) {
        const Prediction& top = outcome.result.predictions.front();
        m_predictionText = tr("The network reads: %1 (%2 % sure)")
                               .arg(top.label.isEmpty() ? QString::number(top.index) : top.label)
                               .arg(qRound(top.score * 100.0));
    }
    m_prediction->setText(m_predictionText);
    ++m_shownRuns;
}

QString DigitDemo::predictionText() const {
    return m_predictionText;
}

void DigitDemo::glide() {
    if (m_pos == m_glideTarget || m_patch.empty()) {
        m_glide.stop();
        return;
    }
    auto step = [](int from, int to) { return from + std::clamp(to - from, -kGlideStep, kGlideStep); };
    moveDigitTo(cv::Point(step(m_pos.x, m_glideTarget.x), step(m_pos.y, m_glideTarget.y)));
}

bool DigitDemo::eventFilter(QObject* watched, QEvent* event) {
    const bool press = event->type() == QEvent::MouseButtonPress;
    if (watched == m_view && (press || event->type() == QEvent::MouseMove)) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (press || (mouse->buttons() & Qt::LeftButton)) {
            m_glide.stop();
            // The finger holds the digit by its centre; a touch anywhere pulls the digit there.
            const QPointF p = m_view->toImage(mouse->position()) / kZoom;
            moveDigitTo(cv::Point(qRound(p.x()) - m_patch.cols / 2, qRound(p.y()) - m_patch.rows / 2));
            return true;
        }
    }
    return KioskDemo::eventFilter(watched, event);
}

void DigitDemo::retranslate() {
    m_title->setText(title());
    m_new->setText(tr("New digit"));
    for (size_t i = 0; i < m_modelButtons.size(); ++i)
        m_modelButtons[i]->setText(
            m_models[i]->displayName().replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
    m_explain->setText(tr("Drag the digit with your finger. The colours show where the network looks "
                          "before it decides which digit it sees."));
    m_prediction->setText(m_predictionText);
}

void DigitDemo::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    KioskDemo::changeEvent(event);
}

} // namespace al
