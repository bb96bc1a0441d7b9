// SPDX-License-Identifier: MIT
#include "SaliencyDemo.h"

#include "KioskImageView.h"
#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/PluginRegistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {
// Keeps Itti-Koch interactive on a Raspberry Pi; the overlay is shown full-screen anyway.
constexpr int kMaxSide = 640;
} // namespace

SaliencyDemo::SaliencyDemo(const PluginRegistry& registry, const QStringList& modelIds,
                           const QStringList& photos, QWidget* parent)
    : KioskDemo(parent), m_photos(photos) {
    setObjectName(QStringLiteral("kioskSaliencyDemo"));
    for (const QString& id : modelIds) {
        if (auto model = registry.model(id))
            m_models.push_back(model);
    }
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskDemoTitle"));
    m_view = new KioskImageView(this);
    m_explain = new QLabel(this);
    m_explain->setWordWrap(true);
    m_explain->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_explain);

    auto* buttons = new QHBoxLayout;
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("kioskNextPhoto"));
    m_next->setMinimumHeight(kButtonHeight);
    connect(m_next, &QPushButton::clicked, this, [this] { showPhoto(m_photo + 1); });
    buttons->addWidget(m_next);
    m_modelButtons = addModelButtons(buttons, int(m_models.size()), [this](int i) { selectModel(i); });
    layout->addLayout(buttons);
    connect(&m_runner, &KioskRunner::finished, this, &SaliencyDemo::onFinished);
    retranslate();
}

QString SaliencyDemo::title() const {
    return tr("Where do we look first?");
}

QString SaliencyDemo::summary() const {
    return tr("Saliency models guess which parts of a photo catch the eye.");
}

QString SaliencyDemo::currentModelId() const {
    return m_models.empty() ? QString() : m_models[size_t(m_model)]->id();
}

void SaliencyDemo::enter() {
    if (m_image.empty())
        showPhoto(m_photo);
}

void SaliencyDemo::reset() {
    // Nothing runs while hidden: enter() shows the first photo again. Dropping the photo and the overlay
    // also gives their memory back while the kiosk idles.
    m_model = 0;
    m_photo = 0;
    m_image.release();
    m_view->setImage(QImage());
}

void SaliencyDemo::attractStep() {
    // Alternate the model on every photo, so the loop shows both ideas.
    if (!m_models.empty())
        m_model = (m_model + 1) % int(m_models.size());
    showPhoto(m_photo + 1);
}

void SaliencyDemo::showPhoto(int index) {
    if (m_photos.isEmpty())
        return;
    m_photo = ((index % m_photos.size()) + m_photos.size()) % m_photos.size();
    try {
        cv::Mat bgr = loadImage(m_photos[m_photo]).bgr;
        const double scale = double(kMaxSide) / std::max(bgr.cols, bgr.rows);
        if (scale < 1.0)
            cv::resize(bgr, bgr, cv::Size(), scale, scale, cv::INTER_AREA);
        m_image = bgr;
    } catch (const Error& e) {
        // A broken file in the content folder must not stop the exhibit: show the message and move on.
        m_explain->setText(e.message());
        return;
    }
    m_view->setImage(matToQImage(m_image).copy());
    selectModel(m_model);
}

void SaliencyDemo::selectModel(int index) {
    m_model = index;
    checkOnly(m_modelButtons, m_model);
    runCurrent();
}

void SaliencyDemo::runCurrent() {
    if (m_models.empty() || m_image.empty())
        return;
    ModelInput input;
    input.image = m_image;
    m_runner.request(m_models[size_t(m_model)], input);
}

void SaliencyDemo::onFinished(const KioskRunner::Outcome& outcome) {
    if (!outcome.error.isEmpty()) {
        m_explain->setText(outcome.error);
        return;
    }
    const AttentionMap* map = outcome.result.finalMap();
    if (!map || outcome.image.data != m_image.data)
        return; // a result for a photo that is no longer shown
    RenderOptions options;
    options.alpha = 0.55;
    try {
        m_view->setImage(matToQImage(renderOverlay(outcome.image, *map, options)).copy());
    } catch (const Error& e) {
        m_explain->setText(e.message());
        return;
    }
    ++m_shownRuns;
    retranslate();
}

void SaliencyDemo::retranslate() {
    m_title->setText(title());
    m_next->setText(tr("Next photo"));
    for (size_t i = 0; i < m_modelButtons.size(); ++i)
        m_modelButtons[i]->setText(
            m_models[i]->displayName().replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
    m_explain->setText(
        tr("Red marks what the model thinks draws the eye, blue what it thinks we skip. Try another photo!"));
}

void SaliencyDemo::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    KioskDemo::changeEvent(event);
}

} // namespace al
