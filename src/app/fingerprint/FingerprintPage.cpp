// SPDX-License-Identifier: MIT
// The Fingerprint workspace: controls, stage list and views (the background jobs are in
// FingerprintPageJobs.cpp).
#include "FingerprintPage.h"

#include "ErrorReporter.h"
#include "FingerprintAttentionTab.h"
#include "ImageView.h"

#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/ImageConvert.h"
#include "attentionlens/PluginRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace al {

ModePage* createFingerprintPage(const ModePageContext& context) {
    return new FingerprintPage(context);
}

FingerprintPage::FingerprintPage(const ModePageContext& context, QWidget* parent)
    : ModePage(parent), m_errors(context.errors),
      m_firstWatcher(new QFutureWatcher<FingerprintJobResult>(this)),
      m_secondWatcher(new QFutureWatcher<FingerprintJobResult>(this)),
      m_classifier(context.registry.model(QLatin1String(fp::kFingerprintClassifierId))) {
    setObjectName(QStringLiteral("fingerprintPage"));
    setAcceptDrops(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildSidePanel());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fingerprintTabs"));
    m_tabs->addTab(buildAnalysisTab(), QString());
    m_tabs->addTab(buildMatchTab(), QString());
    m_attentionTab = new FingerprintAttentionTab(m_tabs);
    m_attentionTab->setModelAvailable(bool(m_classifier));
    m_tabs->addTab(m_attentionTab, QString());
    layout->addWidget(m_tabs, 1);
    connect(m_firstWatcher, &QFutureWatcher<FingerprintJobResult>::finished, this,
            [this] { finishJob(false); });
    connect(m_secondWatcher, &QFutureWatcher<FingerprintJobResult>::finished, this,
            [this] { finishJob(true); });
    retranslate();
}

FingerprintPage::~FingerprintPage() {
    // Jobs own copies of their inputs; only wait so no callback outlives the page.
    m_firstControl.cancel();
    m_secondControl.cancel();
    m_firstWatcher->waitForFinished();
    m_secondWatcher->waitForFinished();
}

QWidget* FingerprintPage::buildSidePanel() {
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(300);
    auto* v = new QVBoxLayout(panel);
    m_open = new QPushButton(panel);
    m_open->setObjectName(QStringLiteral("fingerprintOpen"));
    connect(m_open, &QPushButton::clicked, this, [this] { chooseFile(false); });
    v->addWidget(m_open);
    auto* form = new QFormLayout;
    m_dpi = new QDoubleSpinBox(panel);
    m_dpi->setObjectName(QStringLiteral("fingerprintDpi"));
    m_dpi->setRange(100.0, 2000.0);
    m_dpi->setDecimals(0);
    m_dpi->setValue(500.0);
    m_dpiLabel = new QLabel(panel);
    form->addRow(m_dpiLabel, m_dpi);
    m_class = new QComboBox(panel);
    m_class->setObjectName(QStringLiteral("fingerprintClass"));
    for (int c = 0; c < fp::kFingerprintClassCount; ++c)
        m_class->addItem(QString(), c);
    m_seed = new QSpinBox(panel);
    m_seed->setObjectName(QStringLiteral("fingerprintSeed"));
    m_seed->setRange(1, 1'000'000);
    m_seedLabel = new QLabel(panel);
    form->addRow(m_seedLabel, m_seed);
    v->addLayout(form);
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(m_class, 1);
    m_generate = new QPushButton(panel);
    m_generate->setObjectName(QStringLiteral("fingerprintGenerate"));
    connect(m_generate, &QPushButton::clicked, this, [this] {
        generate(fp::FingerprintClass(m_class->currentData().toInt()), quint64(m_seed->value()));
    });
    generateRow->addWidget(m_generate);
    v->addLayout(generateRow);
    v->addWidget(buildStagePanel(panel), 1);
    return panel;
}

QWidget* FingerprintPage::buildStagePanel(QWidget* parent) {
    auto* panel = new QWidget(parent);
    auto* v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);
    m_stagesLabel = new QLabel(panel);
    v->addWidget(m_stagesLabel);
    m_stages = new QListWidget(panel);
    m_stages->setObjectName(QStringLiteral("fingerprintStages"));
    connect(m_stages, &QListWidget::currentRowChanged, this, [this] { showStage(); });
    v->addWidget(m_stages, 1);
    m_explanation = new QLabel(panel);
    m_explanation->setObjectName(QStringLiteral("fingerprintExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setMinimumHeight(60);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    v->addWidget(m_explanation);
    m_showFeatures = new QCheckBox(panel);
    m_showFeatures->setObjectName(QStringLiteral("fingerprintShowFeatures"));
    connect(m_showFeatures, &QCheckBox::toggled, this, [this] { showStage(); });
    v->addWidget(m_showFeatures);
    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("fingerprintSummary"));
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    auto* exportRow = new QHBoxLayout;
    m_exportIso = new QPushButton(panel);
    m_exportIso->setObjectName(QStringLiteral("fingerprintExportIso"));
    connect(m_exportIso, &QPushButton::clicked, this, [this] { chooseExport(false); });
    m_exportJson = new QPushButton(panel);
    m_exportJson->setObjectName(QStringLiteral("fingerprintExportJson"));
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseExport(true); });
    exportRow->addWidget(m_exportIso);
    exportRow->addWidget(m_exportJson);
    v->addLayout(exportRow);
    m_exportIso->setEnabled(false);
    m_exportJson->setEnabled(false);
    return panel;
}

QWidget* FingerprintPage::buildAnalysisTab() {
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    m_view = new ImageView(tab);
    m_view->setObjectName(QStringLiteral("fingerprintView"));
    connect(m_view, &ImageView::hoveredPixel, this, &FingerprintPage::showCursorValue);
    v->addWidget(m_view, 1);
    m_cursor = new QLabel(tab);
    m_cursor->setObjectName(QStringLiteral("fingerprintCursor"));
    v->addWidget(m_cursor);
    return tab;
}

QWidget* FingerprintPage::buildMatchTab() {
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_openSecond = new QPushButton(tab);
    m_openSecond->setObjectName(QStringLiteral("fingerprintOpenSecond"));
    connect(m_openSecond, &QPushButton::clicked, this, [this] { chooseFile(true); });
    row->addWidget(m_openSecond);
    m_score = new QLabel(tab);
    m_score->setObjectName(QStringLiteral("fingerprintScore"));
    row->addWidget(m_score, 1);
    v->addLayout(row);
    m_matchView = new ImageView(tab);
    m_matchView->setObjectName(QStringLiteral("fingerprintMatchView"));
    v->addWidget(m_matchView, 1);
    return tab;
}

void FingerprintPage::retranslate() {
    m_open->setText(tr("Open scan…"));
    m_open->setToolTip(
        tr("Open an 8-bit gray fingerprint scan (PNG, BMP, TIFF, …); you can also drop a file here."));
    m_dpiLabel->setText(tr("Scan resolution (dpi):"));
    m_dpi->setToolTip(tr("Scans at other resolutions are resampled to 500 ppi before the analysis."));
    m_seedLabel->setText(tr("Seed:"));
    for (int i = 0; i < m_class->count(); ++i)
        m_class->setItemText(i, fp::fingerprintClassName(fp::FingerprintClass(m_class->itemData(i).toInt())));
    m_generate->setText(tr("Generate"));
    m_generate->setToolTip(
        tr("Make a synthetic print of the chosen class and seed (SFinGe method) and analyse it."));
    m_stagesLabel->setText(tr("Pipeline stages:"));
    m_showFeatures->setText(tr("Show minutiae and singular points"));
    m_exportIso->setText(tr("Export ISO template…"));
    m_exportJson->setText(tr("Export JSON…"));
    m_tabs->setTabText(0, tr("Analysis"));
    m_tabs->setTabText(1, tr("Match"));
    m_tabs->setTabText(2, tr("Attention"));
    m_tabs->setTabToolTip(2, tr("Where the learned classifier looks: its class probabilities and attention "
                                "map, with the singular points."));
    m_openSecond->setText(tr("Open second print…"));
    if (!m_first)
        m_explanation->setText(
            tr("Open or drop a fingerprint scan, or generate one, to see every step of the "
               "analysis."));
    updateMatch();
    showSummary();
    showStages(false); // the stage titles and explanations in the new language
}

void FingerprintPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ModePage::changeEvent(event);
}

void FingerprintPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void FingerprintPage::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    // Dropped on the Match tab: the second print; anywhere else: the first.
    if (m_tabs->currentIndex() == 1)
        openSecondFile(urls.first().toLocalFile());
    else
        openFile(urls.first().toLocalFile());
    event->acceptProposedAction();
}

int FingerprintPage::currentStage() const {
    return m_stages->currentRow();
}

void FingerprintPage::setCurrentStage(int index) {
    m_stages->setCurrentRow(index);
}

void FingerprintPage::setFeaturesShown(bool shown) {
    m_showFeatures->setChecked(shown);
}

QString FingerprintPage::cursorText() const {
    return m_cursor->text();
}

void FingerprintPage::showStages(bool selectLast) {
    const QSignalBlocker block(m_stages);
    const int keep = std::max(0, m_stages->currentRow());
    m_stages->clear();
    if (m_first)
        for (size_t i = 0; i < m_first->stages.size(); ++i)
            m_stages->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(
                fp::stageText(m_first->stages[i].id, m_first->features.fingerprintClass).title));
    if (m_stages->count() > 0)
        m_stages->setCurrentRow(selectLast ? m_stages->count() - 1 : std::min(keep, m_stages->count() - 1));
    showStage();
}

void FingerprintPage::showStage() {
    const int row = m_stages->currentRow();
    if (!m_first || row < 0 || size_t(row) >= m_first->stages.size()) {
        m_view->clear();
        return;
    }
    const fp::AnalysisStage& stage = m_first->stages[size_t(row)];
    m_explanation->setText(fp::stageText(stage.id, m_first->features.fingerprintClass).explanation);
    if (m_showFeatures->isChecked()) {
        cv::Mat marked = stage.image.clone();
        fp::drawFeaturesOn(marked, m_first->features);
        m_view->setImage(matToQImage(marked));
    } else {
        m_view->setImage(matToQImage(stage.image));
    }
}

void FingerprintPage::showCursorValue(const QPoint& pixel) {
    const int row = m_stages->currentRow();
    if (!m_first || row < 0 || pixel.x() < 0 || pixel.x() >= m_first->gray.cols || pixel.y() < 0 ||
        pixel.y() >= m_first->gray.rows) {
        m_cursor->clear();
        return;
    }
    const fp::AnalysisStage& stage = m_first->stages[size_t(row)];
    const QString where = tr("x %1, y %2").arg(pixel.x()).arg(pixel.y());
    if (!stage.values.empty())
        m_cursor->setText(tr("%1: %2 %3")
                              .arg(where)
                              .arg(double(stage.values.at<float>(pixel.y(), pixel.x())), 0, 'f', 2)
                              .arg(fp::stageText(stage.id, m_first->features.fingerprintClass).unit));
    else
        m_cursor->setText(tr("%1: gray %2").arg(where).arg(m_first->gray.at<uchar>(pixel.y(), pixel.x())));
}

} // namespace al
