// SPDX-License-Identifier: MIT
#include "TourDemo.h"

#include "KioskImageView.h"
#include "KioskTouch.h"
#include "PackageLookup.h"
#include "explain/NonLocalMeansView.h"
#include "explain/SelfAttentionView.h"
#include "explain/StepsView.h"

#include "attentionlens/Error.h"
#include "attentionlens/Heatmap.h"
#include "attentionlens/ImageConvert.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/PluginRegistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScroller>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

namespace al {

namespace {
const QString kCbam = QStringLiteral("digits-cbam");
const QString kVit = QStringLiteral("digits-vit");
constexpr int kPanelWidth = 460;  // the tour's panel, in a column of its own right of the views
constexpr int kOverlaySide = 320; // small examples are enlarged so the map is smooth over blocky pixels

// The tour's floating panel, dark like the kiosk, with large text.
const char* kPanelStyle = R"(
QFrame#tourPanel { background: #1d2433; border: 3px solid #ff8c00; border-radius: 12px; }
QFrame#tourPanel QLabel { font-size: 22px; color: #f0f0f0; }
)";
const char* kTourStyle = R"(
QListWidget#kioskTourMaps { background: #1d2433; color: #f0f0f0; font-size: 20px; border: none; }
QListWidget#kioskTourMaps::item { min-height: 56px; padding: 4px 14px; border: 2px solid #4a5a74;
                                  border-radius: 8px; margin: 2px; }
QListWidget#kioskTourMaps::item:selected { background: #3d6fd8; }
)";

QString firstSample(const QString& modelId) {
    const std::optional<ModelPackage> package = findPackageForModel(modelId);
    const QStringList samples = package ? packageSamples(*package) : QStringList();
    return samples.isEmpty() ? QString() : samples.constFirst();
}
} // namespace

TourDemo::TourDemo(const PluginRegistry& registry, QWidget* parent)
    : KioskDemo(parent), m_registry(registry) {
    setObjectName(QStringLiteral("kioskTourDemo"));
    setStyleSheet(QString::fromLatin1(kTourStyle));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskDemoTitle"));
    layout->addWidget(m_title);
    auto* row = new QHBoxLayout;
    m_views = new QStackedWidget(this);
    row->addWidget(m_views, 1);
    row->addSpacing(kPanelWidth + 24); // GuidedTour places its panel bottom right: keep that column free
    layout->addLayout(row, 1);

    m_overlayPage = new QWidget(this);
    auto* overlay = new QVBoxLayout(m_overlayPage);
    overlay->setContentsMargins(0, 0, 0, 0);
    m_view = new KioskImageView(m_overlayPage);
    m_view->setObjectName(QStringLiteral("kioskTourImage"));
    m_prediction = new QLabel(m_overlayPage);
    m_prediction->setObjectName(QStringLiteral("kioskPrediction"));
    m_prediction->setAlignment(Qt::AlignCenter);
    m_maps = new QListWidget(m_overlayPage);
    m_maps->setObjectName(QStringLiteral("kioskTourMaps"));
    m_maps->setFlow(QListView::LeftToRight);
    m_maps->setWrapping(false);
    m_maps->setFixedHeight(84);
    m_maps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // a finger drags it (QScroller)
    m_maps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_maps->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_maps->setFocusPolicy(Qt::NoFocus);
    QScroller::grabGesture(m_maps->viewport(), QScroller::LeftMouseButtonGesture);
    connect(m_maps, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showMap(m_mapRows[size_t(m_maps->row(item))]); });
    overlay->addWidget(m_view, 1);
    overlay->addWidget(m_prediction);
    overlay->addWidget(m_maps);
    m_views->addWidget(m_overlayPage);

    m_tour = std::make_unique<GuidedTour>(*this);
    connect(m_tour.get(), &GuidedTour::finished, this, &KioskDemo::homeRequested);
    connect(m_tour.get(), &GuidedTour::stepChanged, this, &TourDemo::fitPanel);
    connect(&m_runner, &KioskRunner::finished, this, &TourDemo::onFinished);
    retranslate();
}

TourDemo::~TourDemo() {
    m_tour.reset(); // its panel is our child; deleting it while we still exist keeps the order obvious
}

bool TourDemo::isUsable() const {
    return m_registry.model(kCbam) && m_registry.model(kVit) && !firstSample(kCbam).isEmpty();
}

QString TourDemo::title() const {
    return tr("Guided tour: how attention works");
}

QString TourDemo::summary() const {
    return tr(
        "Step by step: where a network looks, how that map is computed and what happens if we change it.");
}

void TourDemo::enter() {
    if (!m_tour->isActive())
        startTour();
}

void TourDemo::startTour() {
    ensureSteps();
    m_tour->start();
    if (QWidget* panel = m_tour->panel()) {
        panel->setFixedWidth(kPanelWidth);
        panel->setStyleSheet(QString::fromLatin1(kPanelStyle)); // it floats over the window, not in us
        fitPanel();
        for (QPushButton* b : panel->findChildren<QPushButton*>()) {
            b->setMinimumHeight(kButtonHeight);
            b->setFocusPolicy(Qt::NoFocus);
        }
    }
}

void TourDemo::fitPanel() {
    // GuidedTour sizes its panel with adjustSize(), which wraps the text for the size hint's width, wider
    // than our fixed width with touch-sized buttons: the text would be cut off. A minimum height made
    // for the real width prevents that.
    QWidget* panel = m_tour->panel();
    if (!panel || !panel->layout())
        return;
    panel->ensurePolished();
    panel->setMinimumHeight(panel->layout()->totalHeightForWidth(panel->width()));
}

void TourDemo::reset() {
    closeQuietly();
    m_views->setCurrentWidget(m_overlayPage);
    m_result = ModelResult();
    m_image.release();
    m_mapRows.clear();
    m_maps->clear();
    m_view->setImage(QImage());
    m_prediction->clear();
    if (m_steps) {
        // The Steps view keeps the CBAM stages, interventions and self-attention data: release them.
        m_steps->hide();
        m_steps->deleteLater();
        m_steps = nullptr;
    }
}

void TourDemo::attractStep() {
    if (!m_tour->isActive() || m_tour->currentStep() != 0)
        startTour();
}

bool TourDemo::attractAdvance() {
    if (!m_tour->isActive() || m_tour->currentStep() + 1 >= m_tour->stepCount()) {
        closeQuietly(); // the loop moves on
        return false;
    }
    m_tour->next();
    return true;
}

void TourDemo::ensureSteps() {
    if (m_steps)
        return;
    m_steps = new StepsView(m_registry, this);
    m_steps->setObjectName(QStringLiteral("kioskTourSteps"));
    KioskTouch::apply(m_steps);
    m_views->addWidget(m_steps);
    if (!m_image.empty())
        m_steps->setImage(m_image);
    if (!m_result.maps.empty())
        m_steps->setResult(&m_result, m_image);
}

QWidget* TourDemo::tourTarget(const QString& target) {
    if (target == QLatin1String("image"))
        return m_view;
    if (target == QLatin1String("maps"))
        return m_maps;
    if (target == QLatin1String("predictions"))
        return m_prediction;
    if (!m_steps)
        return nullptr;
    if (target == QLatin1String("steps"))
        return m_steps;
    if (target == QLatin1String("selfattention"))
        return m_steps->selfAttentionView();
    if (target == QLatin1String("interventions"))
        return m_steps->interventionsView();
    if (target == QLatin1String("change"))
        return m_steps->changeTarget();
    if (target == QLatin1String("nonlocalmeans"))
        return m_steps->nonLocalMeansView();
    return nullptr;
}

bool TourDemo::loadSample(const QString& modelId) {
    const QString path = firstSample(modelId);
    if (path.isEmpty())
        return false;
    try {
        m_image = loadImage(path).bgr;
    } catch (const Error& e) {
        m_prediction->setText(e.message());
        return false;
    }
    if (m_steps)
        m_steps->setImage(m_image);
    return selectModel(modelId);
}

bool TourDemo::selectModel(const QString& modelId) {
    auto model = m_registry.model(modelId);
    if (!model || m_image.empty())
        return false;
    ModelInput input;
    input.image = m_image;
    m_runner.request(model, input);
    return true;
}

void TourDemo::switchTab(const QString& tab) {
    if (tab == QLatin1String("overlay") || !m_steps) {
        m_views->setCurrentWidget(m_overlayPage);
        return;
    }
    m_views->setCurrentWidget(m_steps);
    m_steps->showPage(tab == QLatin1String("nonlocalmeans") ? StepsView::Page::NonLocalMeans
                                                            : StepsView::Page::Mechanism);
}

QString TourDemo::tourClosingText() const {
    return tr(
        "You have seen where a model looks, how the map is computed and what changing it does. Tap Home "
        "to try the other demos, or tap the tour's tile to see it again.");
}

QWidget* TourDemo::tourWindow() {
    // GuidedTour highlights targets in the top-level window's coordinates, so it floats over the kiosk
    // window; the layout keeps the panel's column (bottom right) free.
    return window();
}

void TourDemo::hideEvent(QHideEvent* event) {
    // The panel belongs to the kiosk window: it must not stay over the home screen or the next demo.
    closeQuietly();
    KioskDemo::hideEvent(event);
}

void TourDemo::closeQuietly() {
    // The kiosk shows something else anyway, so the finished() -> homeRequested() hop is not wanted.
    const QSignalBlocker quiet(m_tour.get());
    m_tour->close();
}

void TourDemo::onFinished(const KioskRunner::Outcome& outcome) {
    if (!outcome.error.isEmpty()) {
        m_prediction->setText(outcome.error);
        return;
    }
    if (m_image.empty())
        return; // reset while the run was in flight
    m_result = outcome.result;
    m_mapRows.clear();
    m_maps->clear();
    int finalIndex = -1;
    for (int i = 0; i < int(m_result.maps.size()); ++i) {
        const AttentionMap& map = m_result.maps[size_t(i)];
        if (map.kind != MapKind::Spatial && map.kind != MapKind::Gate)
            continue; // only maps over the image can be shown over it
        m_mapRows.push_back(i);
        m_maps->addItem(map.title.isEmpty() ? map.name : map.title);
        if (map.isFinal || finalIndex < 0)
            finalIndex = i;
    }
    showMap(finalIndex);
    showPrediction();
    if (m_steps)
        m_steps->setResult(&m_result, m_image);
    ++m_shownRuns;
}

void TourDemo::showMap(int index) {
    if (index < 0 || index >= int(m_result.maps.size()) || m_image.empty())
        return;
    const auto row = std::find(m_mapRows.begin(), m_mapRows.end(), index);
    if (row != m_mapRows.end())
        m_maps->setCurrentRow(int(row - m_mapRows.begin()));
    try {
        const double zoom = std::max(1.0, double(kOverlaySide) / std::max(m_image.cols, m_image.rows));
        m_view->setImage(zoomedOverlay(m_image, m_result.maps[size_t(index)], zoom));
    } catch (const Error& e) {
        m_prediction->setText(e.message());
    }
}

void TourDemo::showPrediction() {
    QString text;
    if (!m_result.predictions.empty()) {
        const Prediction& top = m_result.predictions.front();
        text = tr("The network reads: %1 (%2 % sure)")
                   .arg(top.label.isEmpty() ? QString::number(top.index) : top.label)
                   .arg(qRound(top.score * 100.0));
    }
    m_prediction->setText(text);
}

void TourDemo::retranslate() {
    m_title->setText(title());
    showPrediction();
    // The tour re-texts its panel on the same LanguageChange: fit after it.
    QTimer::singleShot(0, this, &TourDemo::fitPanel);
}

void TourDemo::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    KioskDemo::changeEvent(event);
}

} // namespace al
