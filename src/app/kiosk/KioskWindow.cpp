// SPDX-License-Identifier: MIT
#include "KioskWindow.h"

#include "DigitDemo.h"
#include "ErrorReporter.h"
#include "KioskActivity.h"
#include "LanguageManager.h"
#include "ModePage.h"
#include "PinPad.h"
#include "SaliencyDemo.h"
#include "TourDemo.h"
#include "WorkspaceDemo.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <memory>

namespace al {

namespace {
constexpr int kTopButton = 64; // >= 48 px touch targets, with room for a child's finger
const char* kStyle = R"(
al--KioskWindow { background: #10141c; }
QLabel { color: #f0f0f0; font-size: 22px; }
QLabel#kioskTitle { font-size: 26px; font-weight: bold; }
QLabel#kioskTileTitle { font-size: 30px; font-weight: bold; }
QLabel#kioskDemoTitle { font-size: 32px; font-weight: bold; }
QLabel#kioskPrediction { font-size: 30px; }
QLabel#kioskBanner { font-size: 28px; background: #f0b020; color: #10141c; padding: 12px; }
QPushButton { font-size: 24px; min-height: 64px; min-width: 64px; padding: 6px 18px; border-radius: 10px;
              background: #2c3646; color: #f0f0f0; border: 2px solid #4a5a74; }
QPushButton:pressed, QPushButton:checked { background: #3d6fd8; }
QPushButton[kioskTile="true"] { background: #243048; }
)";
// The language names are shown in their own script, so a visitor who reads only one finds it.
QString languageName(const QString& code) {
    return code == QLatin1String("zh_CN") ? QStringLiteral("中文") : QStringLiteral("English");
}
} // namespace

KioskWindow::KioskWindow(const KioskConfig& config, const PluginRegistry& registry, LanguageManager& language,
                         Settings& settings, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_config(config), m_language(language) {
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(kStyle));
    m_activity = new KioskActivity(qRound(config.attractAfterSeconds * 1000),
                                   qRound(config.resetAfterSeconds * 1000), this);
    m_errors = new ErrorReporter(this, this);
    connect(m_activity, &KioskActivity::idleForAttract, this, &KioskWindow::startAttract);
    connect(m_activity, &KioskActivity::idleForReset, this, &KioskWindow::resetAfterIdle);
    connect(m_activity, &KioskActivity::userActivity, this, [this] {
        if (m_attracting)
            stopAttract();
    });
    m_attractStep.setInterval(qRound(config.attractStepSeconds * 1000));
    connect(&m_attractStep, &QTimer::timeout, this, &KioskWindow::attractNext);

    auto* layout = new QVBoxLayout(this);
    buildTopBar(layout);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("kioskBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_home = new QWidget(this);
    m_stack->addWidget(m_home);
    // A demo without its inputs (no photos, no digits.png, no model) is left out, never shown half-working.
    for (const QString& name : config.demos) {
        if (name == QLatin1String("saliency")) {
            auto* saliency = new SaliencyDemo(registry, config.saliencyModels, config.photos(), this);
            if (saliency->isUsable())
                addDemo(name, saliency);
            else
                delete saliency;
        } else if (name == QLatin1String("digits")) {
            auto* digits = new DigitDemo(registry, config.digitModels, this);
            if (digits->isUsable())
                addDemo(name, digits);
            else
                delete digits;
        } else if (name == QLatin1String("tour")) {
            auto* tour = new TourDemo(registry, this);
            if (tour->isUsable())
                addDemo(name, tour);
            else
                delete tour;
        } else {
            addWorkspacePage(name, registry, settings);
        }
    }
    buildHome();
    m_pinPad = new PinPad(this);
    m_stack->addWidget(m_pinPad);
    connect(m_pinPad, &PinPad::pinEntered, this, &KioskWindow::checkPin);
    connect(m_pinPad, &PinPad::cancelled, this, &KioskWindow::showHome);

    if (!config.exitKeys.isEmpty()) {
        auto* exitKeys = new QShortcut(config.exitKeys, this);
        exitKeys->setContext(Qt::ApplicationShortcut);
        connect(exitKeys, &QShortcut::activated, this, &KioskWindow::authoriseExit);
    }
    m_language.setLanguage(config.startLanguage);
    retranslate();
    showHome();
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::buildTopBar(QVBoxLayout* layout) {
    auto* bar = new QHBoxLayout;
    auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        b->setMinimumSize(kTopButton, kTopButton);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    m_homeButton = button("kioskHome");
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_title->setWordWrap(true);
    m_languageButton = button("kioskLanguage");
    m_languageButton->setVisible(m_config.languages.size() > 1);
    m_exitButton = button("kioskExit");
    m_exitButton->setVisible(!m_config.pinSha256.isEmpty());
    bar->addWidget(m_homeButton);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_languageButton);
    bar->addWidget(m_exitButton);
    layout->addLayout(bar);
    connect(m_homeButton, &QPushButton::clicked, this, &KioskWindow::showHome);
    connect(m_languageButton, &QPushButton::clicked, this, &KioskWindow::toggleLanguage);
    connect(m_exitButton, &QPushButton::clicked, this, &KioskWindow::showPinPad);
}

void KioskWindow::addDemo(const QString& name, KioskDemo* demo) {
    if (m_config.attracts(name))
        m_attractDemos.push_back(int(m_demos.size()));
    m_demos.push_back(demo);
    m_stack->addWidget(demo);
    connect(demo, &KioskDemo::homeRequested, this, [this, demo] {
        // While the attract loop shows the demo, the loop decides what comes next.
        if (!m_attracting && currentDemo() == demo) {
            demo->reset();
            showHome();
        }
    });
}

void KioskWindow::addWorkspacePage(const QString& name, const PluginRegistry& registry, Settings& settings) {
    // Only workspaces that exist appear: a factory returning nullptr means the workspace is not built. The
    // page made for that check is dropped; the demo makes its own when a visitor (or the loop) enters it.
    m_errors->setShowDialogs(false);
    const ModePageContext context{registry, settings, *m_errors};
    using Factory = ModePage* (*)(const ModePageContext&);
    const Factory factory = name == QLatin1String("text")          ? &createTextPage
                            : name == QLatin1String("fingerprint") ? &createFingerprintPage
                                                                   : nullptr;
    if (!factory)
        return;
    std::unique_ptr<ModePage> probe(factory(context));
    if (!probe)
        return;
    probe.reset();
    auto make = [factory, context] { return factory(context); };
    const QString folder = m_config.contentFolder();
    if (name == QLatin1String("text"))
        addDemo(name, new WorkspaceDemo(
                          make, folder, [] { return tr("Attention in sentences"); },
                          [] { return tr("See which words a language model links together."); }, this));
    else
        addDemo(name, new WorkspaceDemo(
                          make, folder, [] { return tr("Fingerprints"); },
                          [] { return tr("See which ridges and minutiae a fingerprint model attends to."); },
                          this));
}

void KioskWindow::buildHome() {
    auto* grid = new QGridLayout(m_home);
    const int columns = std::max(1, std::min(2, int(m_demos.size())));
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    for (int i = 0; i < int(m_demos.size()); ++i) {
        auto* tile = new QPushButton(m_home);
        tile->setObjectName(QStringLiteral("kioskTile%1").arg(i));
        tile->setProperty("kioskTile", true);
        tile->setMinimumSize(280, 200);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        tile->setFocusPolicy(Qt::NoFocus);
        // A push button cannot wrap its text: two word-wrapped labels ride on it, letting touches through.
        auto* text = new QVBoxLayout(tile);
        text->setContentsMargins(24, 24, 24, 24);
        TileLabels labels{new QLabel(tile), new QLabel(tile)};
        labels.title->setObjectName(QStringLiteral("kioskTileTitle"));
        for (QLabel* label : {labels.title, labels.summary}) {
            label->setWordWrap(true);
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
            text->addWidget(label);
        }
        text->addStretch(1);
        connect(tile, &QPushButton::clicked, this, [this, i] { showDemo(i); });
        grid->addWidget(tile, i / columns, i % columns);
        m_tiles.push_back(tile);
        m_tileLabels.push_back(labels);
    }
}

bool KioskWindow::isHome() const {
    return m_stack->currentWidget() == m_home;
}

bool KioskWindow::isPinPadShown() const {
    return m_stack->currentWidget() == m_pinPad;
}

KioskDemo* KioskWindow::currentDemo() const {
    return qobject_cast<KioskDemo*>(m_stack->currentWidget());
}

void KioskWindow::showHome() {
    m_stack->setCurrentWidget(m_home);
    m_homeButton->setEnabled(false);
}

void KioskWindow::showDemo(int index) {
    if (index < 0 || index >= int(m_demos.size()))
        return;
    m_stack->setCurrentWidget(m_demos[size_t(index)]);
    m_homeButton->setEnabled(true);
    m_demos[size_t(index)]->enter();
}

void KioskWindow::showPinPad() {
    m_pinPad->clear();
    m_stack->setCurrentWidget(m_pinPad);
    m_homeButton->setEnabled(true);
}

void KioskWindow::toggleLanguage() {
    const int next = (m_config.languages.indexOf(m_language.language()) + 1) % m_config.languages.size();
    m_language.setLanguage(m_config.languages[next]);
    retranslate(); // also when the translation is missing and no LanguageChange arrives
}

void KioskWindow::startAttract() {
    if (m_attracting || m_attractDemos.empty() || isPinPadShown())
        return;
    m_attracting = true;
    m_activity->setSwallowPresses(true);
    m_banner->show();
    m_attractIndex = -1;
    attractNext();
    m_attractStep.start();
}

void KioskWindow::stopAttract() {
    m_attracting = false;
    m_attractStep.stop();
    m_activity->setSwallowPresses(false);
    m_banner->hide();
    for (KioskDemo* demo : m_demos)
        demo->reset();
    showHome();
    releaseMemorySoon();
}

void KioskWindow::attractNext() {
    // A demo with steps of its own (the guided tour) holds the screen until it has shown them all.
    if (m_attractIndex >= 0 && currentDemo() == m_demos[size_t(m_attractDemos[size_t(m_attractIndex)])] &&
        currentDemo()->attractAdvance())
        return;
    // The demo left behind starts fresh and gives back its memory (workspace pages, the tour's Steps view):
    // a kiosk that runs its loop all night must not hold every demo's state at once.
    KioskDemo* left = currentDemo();
    m_attractIndex = (m_attractIndex + 1) % int(m_attractDemos.size());
    const int demo = m_attractDemos[size_t(m_attractIndex)];
    showDemo(demo);
    m_demos[size_t(demo)]->attractStep();
    if (left && left != currentDemo()) {
        left->reset();
        releaseMemorySoon();
    }
}

void KioskWindow::resetAfterIdle() {
    if (m_attracting)
        return;
    // The next visitor gets the home screen, the start language and fresh demos.
    for (KioskDemo* demo : m_demos)
        demo->reset();
    m_pinPad->clear();
    if (m_language.language() != m_config.startLanguage) {
        m_language.setLanguage(m_config.startLanguage);
        retranslate();
    }
    showHome();
    releaseMemorySoon();
}

void KioskWindow::releaseMemorySoon() {
    // After the deferred deletions of the reset (workspace pages, the tour's Steps view) have run.
    QTimer::singleShot(200, this, [] { KioskActivity::releaseFreedMemory(); });
}

void KioskWindow::checkPin(const QString& pin) {
    if (m_config.pinMatches(pin))
        authoriseExit();
    else
        m_pinPad->rejectPin();
}

void KioskWindow::authoriseExit() {
    m_exitAuthorised = true;
    emit exitRequested();
    close();
}

void KioskWindow::closeEvent(QCloseEvent* event) {
    // Alt+F4, a window manager's close button or a stray close() must not end the exhibit.
    if (m_exitAuthorised)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::retranslate() {
    m_title->setText(tr("AttentionLens: how machines pay attention"));
    m_homeButton->setText(tr("Home"));
    const int next = (m_config.languages.indexOf(m_language.language()) + 1) % m_config.languages.size();
    m_languageButton->setText(languageName(m_config.languages[next]));
    m_exitButton->setText(tr("Staff"));
    m_banner->setText(tr("Touch the screen to start"));
    for (size_t i = 0; i < m_tileLabels.size(); ++i) {
        m_tileLabels[i].title->setText(m_demos[i]->title());
        m_tileLabels[i].summary->setText(m_demos[i]->summary());
    }
}

void KioskWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
