// SPDX-License-Identifier: MIT
#include "FaithfulnessPanel.h"

#include "ErrorReporter.h"
#include "ImageSession.h"
#include "RunController.h"
#include "attentionlens/Error.h"
#include "attentionlens/PluginRegistry.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QValueAxis>
#include <QtConcurrent>

namespace al {

namespace {

enum Series { ModelDeletion, ModelInsertion, PerturbationDeletion, PerturbationInsertion };

void fill(QLineSeries* series, const PerturbationCurve& curve) {
    QList<QPointF> points;
    for (size_t i = 0; i < curve.fraction.size(); ++i)
        points.append({curve.fraction[i], curve.score[i]});
    series->replace(points);
}

} // namespace

FaithfulnessPanel::FaithfulnessPanel(const PluginRegistry& registry, ImageSession* session,
                                     RunController* runner, ErrorReporter* errors, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_session(session), m_runner(runner), m_errors(errors) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto* controls = new QFormLayout;
    m_method = new QComboBox;
    m_method->setObjectName("faithfulnessMethod");
    m_method->addItem(QString(), QStringLiteral("occlusion"));
    m_method->addItem(QString(), QStringLiteral("rise"));
    m_patch = new QSpinBox;
    m_patch->setObjectName("faithfulnessPatch");
    m_patch->setRange(1, 512);
    m_patch->setValue(8);
    m_masks = new QSpinBox;
    m_masks->setObjectName("faithfulnessMasks");
    m_masks->setRange(50, 20000);
    m_masks->setSingleStep(250);
    m_masks->setValue(2000);
    m_patchLabel = new QLabel;
    m_masksLabel = new QLabel;
    controls->addRow(m_method);
    controls->addRow(m_patchLabel, m_patch);
    controls->addRow(m_masksLabel, m_masks);
    m_check = new QPushButton;
    m_check->setObjectName("faithfulnessCheck");
    m_cancel = new QPushButton;
    m_cancel->setObjectName("faithfulnessCancel");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_cancel);
    controls->addRow(buttons);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    controls->addRow(m_progress);
    m_summary = new QLabel;
    m_summary->setObjectName("faithfulnessSummary");
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    controls->addRow(m_summary);
    layout->addLayout(controls, 2);

    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_axisX = new QValueAxis;
    m_axisX->setRange(0.0, 1.0);
    m_axisX->setLabelFormat("%.1f");
    m_axisY = new QValueAxis;
    m_axisY->setRange(0.0, 1.0);
    m_axisY->setLabelFormat("%.1f");
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    // Model map solid, perturbation map dashed; deletion blue, insertion orange.
    const QColor colours[] = {QColor(0x2a, 0x6c, 0xb0), QColor(0xd9, 0x7a, 0x1d)};
    for (int i = 0; i < 4; ++i) {
        m_series[size_t(i)] = new QLineSeries;
        QPen pen(colours[i % 2], 2.0, i < 2 ? Qt::SolidLine : Qt::DashLine);
        m_series[size_t(i)]->setPen(pen);
        m_chart->addSeries(m_series[size_t(i)]);
        m_series[size_t(i)]->attachAxis(m_axisX);
        m_series[size_t(i)]->attachAxis(m_axisY);
    }
    auto* view = new QChartView(m_chart);
    view->setObjectName("faithfulnessChart");
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    layout->addWidget(view, 3);

    connect(m_check, &QPushButton::clicked, this, &FaithfulnessPanel::check);
    connect(m_cancel, &QPushButton::clicked, this, &FaithfulnessPanel::cancel);
    connect(m_method, &QComboBox::currentIndexChanged, this, &FaithfulnessPanel::updateState);
    connect(m_session, &ImageSession::resultChanged, this, &FaithfulnessPanel::updateState);
    connect(m_session, &ImageSession::imageChanged, this, [this] {
        m_report.reset();
        showReport();
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &FaithfulnessPanel::onFinished);
    retranslate();
    updateState();
}

FaithfulnessPanel::~FaithfulnessPanel() {
    cancel();
    m_watcher.waitForFinished();
}

ExplainOptions FaithfulnessPanel::options() const {
    ExplainOptions o;
    o.method = m_method->currentData().toString() == QLatin1String("rise") ? PerturbationMethod::Rise
                                                                           : PerturbationMethod::Occlusion;
    o.occlusion.patch = m_patch->value();
    o.occlusion.stride = std::max(1, m_patch->value() / 2);
    o.rise.masks = m_masks->value();
    o.curves.steps = 24;
    return o;
}

bool FaithfulnessPanel::check() {
    const auto& result = m_session->result();
    if (isRunning() || !result || result->predictions.empty() || m_session->image().empty())
        return false;
    const auto model = m_registry.model(result->modelId);
    if (!model)
        return false;
    m_running = options();
    m_control = RunControl([self = QPointer<FaithfulnessPanel>(this)](double fraction, const QString&) {
        QMetaObject::invokeMethod(qApp, [self, fraction] {
            if (self)
                self->m_progress->setValue(int(fraction * 1000));
        });
    });
    m_progress->setValue(0);
    const cv::Mat image = m_session->image().clone();
    const ParamValues params = m_runner->lastParams();
    const QString mapName = m_session->currentMap() && m_session->currentMap()->kind == MapKind::Spatial
                                ? m_session->currentMap()->name
                                : QString();
    ExplainOptions o = m_running;
    o.mapName = mapName;
    m_running = o;
    const RunControl control = m_control;
    m_watcher.setFuture(QtConcurrent::run([model, params, image, o, control] {
        Outcome outcome;
        try {
            outcome.report = explainWithPerturbations(*model, params, image, o, control);
        } catch (const Error& e) {
            outcome.code = e.code();
            outcome.message = e.message();
        } catch (const std::exception& e) {
            outcome.message = QString::fromLocal8Bit(e.what());
        }
        return outcome;
    }));
    updateState();
    return true;
}

void FaithfulnessPanel::cancel() {
    if (isRunning())
        m_control.cancel();
}

bool FaithfulnessPanel::isRunning() const {
    return m_watcher.isRunning();
}

void FaithfulnessPanel::onFinished() {
    const Outcome outcome = m_watcher.result();
    m_report = outcome.report;
    if (!m_report && outcome.code != ErrorCode::Cancelled && m_errors)
        m_errors->report(tr("Faithfulness check failed"), outcome.message);
    if (m_report && m_session->result() && m_session->result()->modelId == m_report->modelId) {
        // Offer the perturbation map like any other map of the run.
        ModelResult r = *m_session->result();
        r.maps.erase(
            std::remove_if(r.maps.begin(), r.maps.end(),
                           [this](const AttentionMap& m) { return m.name == m_report->perturbation.name; }),
            r.maps.end());
        AttentionMap added = m_report->perturbation;
        added.isFinal = false;
        r.maps.push_back(added);
        m_session->setResult(r);
    }
    showReport();
    updateState();
    emit finished();
}

void FaithfulnessPanel::showReport() {
    for (QLineSeries* s : m_series)
        s->clear();
    if (!m_report) {
        m_summary->setText(tr("Run a classifier, then check whether its attention map shows what the "
                              "model uses."));
        return;
    }
    const FaithfulnessReport& r = *m_report;
    fill(m_series[PerturbationDeletion], r.deletionPerturbation);
    fill(m_series[PerturbationInsertion], r.insertionPerturbation);
    const QString method = m_method->itemText(m_running.method == PerturbationMethod::Rise ? 1 : 0);
    QString text = tr("Explaining '%1' (p = %2).").arg(r.targetLabel).arg(r.targetScore, 0, 'f', 3);
    if (!r.modelMapName.isEmpty()) {
        fill(m_series[ModelDeletion], r.deletionModel);
        fill(m_series[ModelInsertion], r.insertionModel);
        text += QLatin1Char(' ') +
                tr("Map '%1': deletion area %2 (lower is better), insertion area %3 (higher is better). "
                   "%4: deletion %5, insertion %6. Rank correlation %7.")
                    .arg(r.modelMapName)
                    .arg(r.deletionModel.auc, 0, 'f', 3)
                    .arg(r.insertionModel.auc, 0, 'f', 3)
                    .arg(method)
                    .arg(r.deletionPerturbation.auc, 0, 'f', 3)
                    .arg(r.insertionPerturbation.auc, 0, 'f', 3)
                    .arg(r.rankCorrelation, 0, 'f', 2);
    }
    m_summary->setText(text);
}

void FaithfulnessPanel::updateState() {
    const auto& result = m_session->result();
    const bool classifier = result && !result->predictions.empty();
    const bool running = isRunning();
    m_check->setEnabled(classifier && !running);
    m_cancel->setEnabled(running);
    const bool rise = m_method->currentData().toString() == QLatin1String("rise");
    m_patch->setVisible(!rise);
    m_patchLabel->setVisible(!rise);
    m_masks->setVisible(rise);
    m_masksLabel->setVisible(rise);
    m_check->setToolTip(classifier ? tr("Compute the perturbation map and the curves of the current map")
                                   : tr("Available after running a classifier (a model with predictions)"));
}

void FaithfulnessPanel::retranslate() {
    m_method->setItemText(0, tr("Occlusion"));
    m_method->setItemText(1, tr("RISE"));
    m_method->setToolTip(tr("Occlusion hides one patch at a time; RISE averages thousands of random masks"));
    m_patchLabel->setText(tr("Patch"));
    m_patch->setSuffix(tr(" px"));
    m_masksLabel->setText(tr("Masks"));
    m_check->setText(tr("Check"));
    m_cancel->setText(tr("Cancel"));
    m_axisX->setTitleText(tr("Fraction of pixels removed / inserted"));
    m_axisY->setTitleText(tr("Probability"));
    const QStringList names = {tr("Deletion, model map"), tr("Insertion, model map"),
                               tr("Deletion, perturbation map"), tr("Insertion, perturbation map")};
    for (int i = 0; i < 4; ++i)
        m_series[size_t(i)]->setName(names[i]);
    showReport();
    updateState();
}

void FaithfulnessPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
