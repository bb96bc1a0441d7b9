// SPDX-License-Identifier: MIT
#include "explain/InterventionPanel.h"

#include "explain/InterventionMaskCanvas.h"

#include "attentionlens/Error.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace al {
namespace {

constexpr int kShownClasses = 5;

QChartView* barChart(QChart*& chart, QBarSeries* series, QBarCategoryAxis*& axisX, QValueAxis*& axisY) {
    chart = new QChart;
    chart->addSeries(series);
    axisX = new QBarCategoryAxis;
    axisY = new QValueAxis;
    axisY->setRange(0.0, 1.0);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

InterventionPanel::InterventionPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QGridLayout(this);
    m_choice = new QComboBox;
    m_choice->setObjectName("interventionChoice");
    m_choice->setMinimumHeight(36); // touch-friendly
    buildOptions();
    m_run = new QPushButton;
    m_run->setObjectName("interventionRun");
    m_run->setMinimumHeight(40);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    buildCharts();
    layout->addWidget(m_choice, 0, 0);
    layout->addWidget(m_run, 0, 1);
    layout->addWidget(m_options, 1, 0, 1, 2);
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->addWidget(m_predView, 3, 0);
    layout->addWidget(m_accView, 3, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_options->setCurrentIndex(i <= 1 ? 0 : i - 1); });
    connect(m_brush, &QSpinBox::valueChanged, m_canvas, &InterventionMaskCanvas::setBrushRadius);
    connect(m_clear, &QPushButton::clicked, m_canvas, &InterventionMaskCanvas::clear);
    connect(m_run, &QPushButton::clicked, this, &InterventionPanel::run);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &InterventionPanel::showOutcome);
    retranslate();
}

// One page per choice: nothing (uniform, inverted), the shift, the seed, the mask canvas with its brush.
void InterventionPanel::buildOptions() {
    m_options = new QStackedWidget;
    auto* shift = new QWidget;
    auto* shiftRow = new QHBoxLayout(shift);
    m_shiftLabel = new QLabel;
    m_dx = new QSpinBox;
    m_dy = new QSpinBox;
    for (QSpinBox* s : {m_dx, m_dy}) {
        s->setRange(-64, 64);
        s->setMinimumHeight(36);
    }
    shiftRow->addWidget(m_shiftLabel);
    shiftRow->addWidget(m_dx);
    shiftRow->addWidget(m_dy);
    auto* random = new QWidget;
    auto* randomRow = new QHBoxLayout(random);
    m_seedLabel = new QLabel;
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(1);
    randomRow->addWidget(m_seedLabel);
    randomRow->addWidget(m_seed);
    auto* mask = new QWidget;
    auto* maskLayout = new QGridLayout(mask);
    m_canvas = new InterventionMaskCanvas;
    m_canvas->setObjectName("interventionCanvas");
    m_brushLabel = new QLabel;
    m_brush = new QSpinBox;
    m_brush->setRange(0, 8);
    m_brush->setValue(1);
    m_brush->setMinimumHeight(36);
    m_clear = new QPushButton;
    m_clear->setMinimumHeight(36);
    maskLayout->addWidget(m_canvas, 0, 0, 1, 3);
    maskLayout->addWidget(m_brushLabel, 1, 0);
    maskLayout->addWidget(m_brush, 1, 1);
    maskLayout->addWidget(m_clear, 1, 2);
    m_options->addWidget(new QWidget); // uniform and inverted need nothing
    m_options->addWidget(shift);
    m_options->addWidget(random);
    m_options->addWidget(mask);
}

InterventionPanel::~InterventionPanel() {
    m_watcher.waitForFinished(); // the task holds only copies, but do not leave it running past the widget
}

void InterventionPanel::buildCharts() {
    m_beforeSet = new QBarSet(QString());
    m_afterSet = new QBarSet(QString());
    m_beforeSet->setColor(QColor(0x4c, 0x72, 0xb0));
    m_afterSet->setColor(QColor(0xd9, 0x6c, 0x1e));
    auto* pred = new QBarSeries;
    pred->append(m_beforeSet);
    pred->append(m_afterSet);
    QBarCategoryAxis* ax = nullptr;
    QValueAxis* ay = nullptr;
    m_predView = barChart(m_predChart, pred, ax, ay);
    m_predView->setObjectName("interventionPredictions");
    m_predAxis = ax;
    m_predValues = ay;
    m_accSet = new QBarSet(QString());
    m_accSet->setColor(QColor(0x55, 0xa8, 0x68));
    auto* acc = new QBarSeries;
    acc->append(m_accSet);
    m_accView = barChart(m_accChart, acc, ax, ay);
    m_accView->setObjectName("interventionAccuracy");
    m_accAxis = ax;
    m_accValues = ay;
    m_accChart->legend()->hide();
}

void InterventionPanel::setContext(std::shared_ptr<const Intervener> intervener, const cv::Mat& imageBgr,
                                   int stage, const QJsonObject& card, const cv::Mat& trueGate) {
    m_intervener = std::move(intervener);
    m_image = imageBgr.clone();
    m_stage = stage;
    m_card = card;
    m_hasOutcome = false;
    m_lastError.clear();
    m_labels.clear();
    m_before.clear();
    m_after.clear();
    m_beforeSet->remove(0, m_beforeSet->count());
    m_afterSet->remove(0, m_afterSet->count());
    m_predAxis->clear();
    if (m_intervener && stage >= 1 && stage <= m_intervener->stageCount()) {
        const PackageStage& s = m_intervener->package().stages[size_t(stage - 1)];
        m_canvas->setGrid(s.gridRows, s.gridCols, trueGate);
        const int quarter = std::max(1, std::min(s.gridRows, s.gridCols) / 4);
        if (m_dx->value() == 0 && m_dy->value() == 0)
            setShift(quarter, quarter);
    }
    m_run->setEnabled(m_intervener != nullptr && !m_image.empty());
    showCardAccuracy();
    retranslate();
}

void InterventionPanel::setChoice(Choice choice) {
    m_choice->setCurrentIndex(int(choice));
}

void InterventionPanel::setShift(int dx, int dy) {
    m_dx->setValue(dx);
    m_dy->setValue(dy);
}

InterventionSpec InterventionPanel::currentSpec() const {
    switch (Choice(m_choice->currentIndex())) {
    case Choice::Uniform:
        return InterventionSpec::uniform();
    case Choice::Inverted:
        return InterventionSpec::inverted();
    case Choice::Shift:
        return InterventionSpec::shift(m_dx->value(), m_dy->value());
    case Choice::Random:
        return InterventionSpec::random(quint64(m_seed->value()));
    case Choice::Mask:
        return InterventionSpec::fromMask(m_canvas->mask());
    }
    return InterventionSpec::uniform();
}

void InterventionPanel::run() {
    if (isRunning() || !m_intervener || m_image.empty())
        return;
    m_run->setEnabled(false);
    m_status->setText(tr("Running the network with the replaced attention..."));
    // Copies only: the task must not touch the widget (it may outlive a context change).
    m_watcher.setFuture(QtConcurrent::run(
        [iv = m_intervener, image = m_image.clone(), stage = m_stage, spec = currentSpec()]() -> Outcome {
            Outcome o;
            try {
                o.result = iv->run(image, stage, spec);
            } catch (const Error& e) {
                o.error = e.message();
            }
            return o;
        }));
}

void InterventionPanel::showOutcome() {
    m_run->setEnabled(m_intervener != nullptr);
    const Outcome o = m_watcher.result();
    m_lastError = o.error;
    m_hasOutcome = o.error.isEmpty();
    m_labels.clear();
    m_before.clear();
    m_after.clear();
    m_beforeSet->remove(0, m_beforeSet->count());
    m_afterSet->remove(0, m_afterSet->count());
    m_predAxis->clear();
    if (m_hasOutcome) {
        const InterventionResult& r = o.result;
        // The classes ranked highest before, and the new winner if it is not among them.
        std::vector<int> shown;
        for (int i = 0; i < std::min<int>(kShownClasses, int(r.before.size())); ++i)
            shown.push_back(r.before[size_t(i)].index);
        if (r.topAfter() >= 0 && std::find(shown.begin(), shown.end(), r.topAfter()) == shown.end())
            shown.push_back(r.topAfter());
        auto scoreOf = [](const std::vector<Prediction>& ps, int index) {
            for (const Prediction& p : ps)
                if (p.index == index)
                    return p;
            return Prediction{};
        };
        for (int index : shown) {
            const Prediction b = scoreOf(r.before, index), a = scoreOf(r.after, index);
            m_labels << b.label;
            m_before << b.score;
            m_after << a.score;
            *m_beforeSet << b.score;
            *m_afterSet << a.score;
        }
        m_predAxis->append(m_labels);
        m_lastChanged = r.topBefore() != r.topAfter();
    }
    retranslate();
    emit finished();
}

void InterventionPanel::showCardAccuracy() {
    m_accSet->remove(0, m_accSet->count());
    m_accAxis->clear();
    const QJsonArray stages = m_card.value("interventions").toObject().value("stages").toArray();
    for (const QJsonValue& v : stages) {
        if (v.toObject().value("stage").toInt() != m_stage)
            continue;
        const QJsonObject acc = v.toObject().value("accuracy").toObject();
        QStringList names = acc.keys();
        // The reference first, then the interventions in the card's protocol order.
        std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
            static const QStringList order = {"true", "uniform", "inverted", "shift", "random"};
            auto rank = [](const QString& n) {
                for (int i = 0; i < order.size(); ++i)
                    if (n.startsWith(order[i]))
                        return i;
                return int(order.size());
            };
            return rank(a) < rank(b);
        });
        for (const QString& n : names)
            *m_accSet << acc.value(n).toDouble();
        m_accAxis->append(names);
    }
}

int InterventionPanel::accuracyBarCount() const {
    return m_accSet->count();
}

QString InterventionPanel::statusText() const {
    return m_status->text();
}

void InterventionPanel::retranslate() {
    const QSignalBlocker block(m_choice);
    const int current = std::max(0, m_choice->currentIndex());
    m_choice->clear();
    m_choice->addItems({tr("Uniform (same mean, no \"where\")"), tr("Inverted (1 - attention)"),
                        tr("Shifted by (dx, dy) cells"), tr("Random map"), tr("Paint a mask")});
    m_choice->setCurrentIndex(current);
    m_shiftLabel->setText(tr("Shift (dx, dy) in grid cells:"));
    m_seedLabel->setText(tr("Seed:"));
    m_brushLabel->setText(tr("Brush radius (cells; right button erases):"));
    m_clear->setText(tr("Clear mask"));
    m_run->setText(tr("Run intervention"));
    m_beforeSet->setLabel(tr("with its own attention"));
    m_afterSet->setLabel(tr("with the replaced attention"));
    m_predChart->setTitle(tr("Predictions before and after"));
    m_accChart->setTitle(tr("Test-set accuracy under each intervention (model card)"));
    m_accValues->setTitleText(tr("Accuracy"));
    m_predValues->setTitleText(tr("Probability"));
    if (!m_intervener)
        m_status->setText(tr("This model has no staged graph, so its attention cannot be replaced."));
    else if (!m_lastError.isEmpty())
        m_status->setText(tr("The intervention failed: %1").arg(m_lastError));
    else if (!m_hasOutcome)
        m_status->setText(
            tr("Replace the stage-%1 spatial attention and run the rest of the network: does the "
               "prediction change?")
                .arg(m_stage));
    else
        m_status->setText(m_lastChanged
                              ? tr("The top prediction changed: the model relied on where it looked.")
                              : tr("The top prediction stayed the same; compare the bars for how "
                                   "confident it is now."));
}

void InterventionPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
