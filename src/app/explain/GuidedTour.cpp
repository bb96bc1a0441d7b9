// SPDX-License-Identifier: MIT
#include "explain/GuidedTour.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace al {

namespace {

/// One step: what it says, what it does on entry, what it points at. Empty strings mean "nothing".
struct Step {
    const char* title;
    const char* text;
    const char* sampleOf; ///< load this model's bundled example and run the model
    const char* model;    ///< select and run this model on the current image
    const char* tab;
    const char* target;
};

// "change" has two texts: with interventions (CBAM) and without (the temperature of self-attention).
const char* const kChangeWithInterventions = QT_TRANSLATE_NOOP(
    "al::GuidedTour",
    "Now change the attention and watch the answer: replace the CBAM spatial map by a uniform, inverted, "
    "shifted or painted one and run the rest of the network. If the prediction breaks, the network really "
    "relied on where it looked.");

const Step kSteps[] = {
    {QT_TRANSLATE_NOOP("al::GuidedTour", "1 · Where does the model look?"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "Here is a handwritten digit hidden among scraps of other digits. A small CNN with "
                       "CBAM attention classifies it. The colours over the image are its spatial attention: "
                       "warm where the network looks. It should look at the digit, not at the clutter."),
     "digits-cbam", "", "overlay", "image"},
    {QT_TRANSLATE_NOOP("al::GuidedTour", "Every map of the run"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "The Maps list holds every map the model returned: channel and spatial attention of "
                       "each stage, before and after the sigmoid. Pick one to show it over the image."),
     "", "", "overlay", "maps"},
    {QT_TRANSLATE_NOOP("al::GuidedTour", "2 · How is that map computed?"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "The Steps tab takes the computation apart. For CBAM: the feature maps, their "
                       "channel average and maximum, a 7×7 convolution and a sigmoid give the map that "
                       "re-weights the features."),
     "", "", "steps", "steps"},
    {QT_TRANSLATE_NOOP("al::GuidedTour", "Self-attention, step by step"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "A Vision Transformer looks differently: every 8×8 patch asks every other patch how "
                       "relevant it is. Click a patch: you see its scores q·k over all keys, the 1/√d "
                       "scaling, the softmax weights and their entropy, and the weighted sum of the values "
                       "— for each head side by side."),
     "", "digits-vit", "steps", "selfattention"},
    {QT_TRANSLATE_NOOP("al::GuidedTour", "3 · What happens if we change it?"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "Drag the temperature. Below 1 the softmax sharpens and each patch reads from a few "
                       "others (low entropy); above 1 the weights flatten towards a plain average and the "
                       "output loses what made it specific. The model was trained at 1."),
     "", "", "steps", "change"},
    {QT_TRANSLATE_NOOP("al::GuidedTour", "Attention before deep learning"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "Non-local means (2005) is self-attention without training: each pixel averages the "
                       "pixels whose surroundings look like its own. Click a pixel to see its weights; tick "
                       "“Noisy image” to see why gathering evidence from similar places removes noise, and "
                       "which temperature h works best."),
     "", "", "nonlocalmeans", "nonlocalmeans"},
    {QT_TRANSLATE_NOOP("al::GuidedTour", "End of the tour"),
     QT_TRANSLATE_NOOP("al::GuidedTour",
                       "You have seen where a model looks, how the map is computed and what changing it "
                       "does. Open your own image, pick another model, or start the tour again from "
                       "Help ▸ Guided tour."),
     "", "", "", ""},
};
constexpr int kStepCount = int(sizeof(kSteps) / sizeof(kSteps[0]));
constexpr int kChangeStep = 4;

/// A frame drawn around the highlighted widget; lets the mouse through.
class Highlight : public QWidget {
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(255, 140, 0), 4));
        p.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 6, 6);
    }
};

} // namespace

GuidedTour::GuidedTour(TourHost& host, QObject* parent) : QObject(parent), m_host(host) {
    // The target of a step can appear late (a model run finishes, a tab is laid out): follow it.
    m_follow = new QTimer(this);
    m_follow->setInterval(250);
    connect(m_follow, &QTimer::timeout, this, [this] {
        const QString id = currentTargetId();
        m_target = id.isEmpty() ? nullptr : m_host.tourTarget(id);
        place();
    });
}

GuidedTour::~GuidedTour() {
    delete m_panel;
    delete m_highlight;
}

int GuidedTour::stepCount() const {
    return kStepCount;
}

QString GuidedTour::currentTargetId() const {
    if (!isActive())
        return {};
    return m_step == kChangeStep && m_interventions ? QStringLiteral("interventions")
                                                    : QString::fromLatin1(kSteps[m_step].target);
}

QString GuidedTour::title() const {
    return isActive() ? tr(kSteps[m_step].title) : QString();
}

QString GuidedTour::text() const {
    if (!isActive())
        return {};
    if (m_step == kChangeStep && m_interventions)
        return tr(kChangeWithInterventions);
    if (m_step == kStepCount - 1 && !m_host.tourClosingText().isEmpty())
        return m_host.tourClosingText();
    return tr(kSteps[m_step].text);
}

void GuidedTour::ensureWidgets() {
    QWidget* window = m_host.tourWindow();
    if (m_panel && m_panel->parentWidget() == window)
        return;
    delete m_panel;
    delete m_highlight;
    m_highlight = new Highlight(window);
    m_highlight->setObjectName("tourHighlight");
    m_highlight->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* panel = new QFrame(window);
    panel->setObjectName("tourPanel");
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setAutoFillBackground(true);
    panel->setFixedWidth(380);
    auto* layout = new QVBoxLayout(panel);
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_counter = new QLabel;
    m_back = new QPushButton;
    m_back->setObjectName("tourBack");
    m_next = new QPushButton;
    m_next->setObjectName("tourNext");
    m_next->setDefault(true);
    m_close = new QPushButton;
    m_close->setObjectName("tourClose");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_counter, 1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(m_close, &QPushButton::clicked, this, &GuidedTour::close);
    m_panel = panel;
    window->installEventFilter(this);
}

void GuidedTour::start() {
    ensureWidgets();
    enter(0);
}

void GuidedTour::next() {
    if (!isActive())
        return;
    if (m_step + 1 >= kStepCount)
        close();
    else
        enter(m_step + 1);
}

void GuidedTour::back() {
    if (isActive() && m_step > 0)
        enter(m_step - 1);
}

void GuidedTour::close() {
    if (!isActive())
        return;
    m_step = -1;
    m_target = nullptr;
    m_follow->stop();
    if (m_panel)
        m_panel->hide();
    if (m_highlight)
        m_highlight->hide();
    emit finished();
}

void GuidedTour::enter(int step) {
    m_step = step;
    applyActions(step);
    refresh();
    emit stepChanged(step);
    // Tabs and docks settle their geometry in the next event loop pass.
    QTimer::singleShot(0, this, [this] { place(); });
}

void GuidedTour::applyActions(int step) {
    const Step& s = kSteps[step];
    m_interventions = m_host.tourTarget(QStringLiteral("interventions")) != nullptr;
    if (*s.sampleOf)
        m_host.loadSample(QString::fromLatin1(s.sampleOf));
    // Interventions need the CBAM model; without them the temperature of the ViT is the change to try.
    const char* model = step == kChangeStep && m_interventions ? "digits-cbam" : s.model;
    if (*model)
        m_host.selectModel(QString::fromLatin1(model));
    if (*s.tab)
        m_host.switchTab(QString::fromLatin1(s.tab));
}

void GuidedTour::refresh() {
    if (!isActive() || !m_panel)
        return;
    m_title->setText(title());
    m_text->setText(text());
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(kStepCount));
    m_back->setText(tr("Back"));
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 == kStepCount ? tr("Finish") : tr("Next"));
    m_close->setText(tr("Close"));
    const QString target = currentTargetId();
    m_target = target.isEmpty() ? nullptr : m_host.tourTarget(target);
    m_panel->show();
    m_follow->start();
    place();
}

void GuidedTour::place() {
    if (!isActive() || !m_panel)
        return;
    QWidget* window = m_panel->parentWidget();
    m_panel->adjustSize();
    const bool visible = m_target && m_target->isVisible() && m_target->window() == window;
    QRect r;
    if (visible) {
        r = QRect(m_target->mapTo(window, QPoint(0, 0)), m_target->size()).adjusted(-4, -4, 4, 4);
        m_highlight->setGeometry(r.intersected(window->rect()));
        m_highlight->show();
        m_highlight->raise();
    } else {
        m_highlight->hide();
    }
    // Bottom right, unless that covers the highlighted widget's centre: then bottom left.
    QRect p(QPoint(window->width() - m_panel->width() - 16, window->height() - m_panel->height() - 40),
            m_panel->size());
    if (visible && p.contains(r.center()))
        p.moveLeft(16);
    m_panel->setGeometry(p);
    m_panel->raise();
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event) {
    if (isActive() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, [this] { place(); });
    if (isActive() && event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::eventFilter(watched, event);
}

} // namespace al
