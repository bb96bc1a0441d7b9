// SPDX-License-Identifier: MIT
#include "explain/StepsView.h"

#include "explain/CbamStepsView.h"
#include "explain/InterventionPanel.h"

#include "explain/NonLocalMeansView.h"
#include "explain/SelfAttentionView.h"

#include "attentionlens/PluginRegistry.h"
#include "attentionlens/SelfAttentionSteps.h"

#include <QEvent>
#include <QLabel>
#include <QSlider>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>


namespace al {

StepsView::StepsView(const PluginRegistry& registry, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName("stepsTabs");
    m_tabs->setDocumentMode(true);
    m_stack = new QStackedWidget;
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setMargin(24);
    m_stack->addWidget(m_note);
    m_selfAttention = new SelfAttentionView;
    m_selfAttention->setObjectName("selfAttentionView");
    m_stack->addWidget(m_selfAttention);
    m_cbam = new CbamStepsView(registry, nullptr);
    m_cbam->setObjectName("cbamStepsView");
    m_stack->addWidget(m_cbam);
    m_nlm = new NonLocalMeansView;
    m_nlm->setObjectName("nonLocalMeansView");
    m_tabs->addTab(m_stack, QString());
    m_tabs->addTab(m_nlm, QString());
    layout->addWidget(m_tabs);
    connect(m_selfAttention, &SelfAttentionView::readoutChanged, this, &StepsView::readoutChanged);
    connect(m_nlm, &NonLocalMeansView::readoutChanged, this, &StepsView::readoutChanged);
    retranslate();
}

void StepsView::retranslate() {
    m_tabs->setTabText(0, tr("Mechanism"));
    m_tabs->setTabToolTip(0, tr("How the model that ran computes its attention, step by step"));
    m_tabs->setTabText(1, tr("Non-local means"));
    m_tabs->setTabToolTip(1, tr("Classical self-attention on any image: each pixel averages the pixels "
                                "whose surroundings look like its own"));
    if (!m_hasResult)
        m_note->setText(tr("Run a model to see how its attention is computed. Self-attention models that "
                           "export queries, keys and values (digits-vit) and CBAM models show their "
                           "computation here; the Non-local means tab works on any image."));
    else
        m_note->setText(tr("This model exports nothing this build can step through (queries, keys and "
                           "values of a transformer, or the stages of CBAM). Try digits-vit, or the "
                           "Non-local means tab, which works on any image."));
}

void StepsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StepsView::setImage(const cv::Mat& imageBgr) {
    m_nlm->setImage(imageBgr);
}

void StepsView::setResult(const ModelResult* result, const cv::Mat& imageBgr) {
    m_hasResult = result != nullptr;
    m_mechanism = Mechanism::None;
    if (result && hasSelfAttentionIntermediates(*result) && m_selfAttention->setResult(*result, imageBgr)) {
        m_mechanism = Mechanism::SelfAttention;
        m_stack->setCurrentWidget(m_selfAttention);
    } else {
        m_selfAttention->clear();
        if (result && CbamStepsView::supports(*result)) {
            static_cast<CbamStepsView*>(m_cbam)->setResult(*result, imageBgr);
            m_mechanism = Mechanism::Cbam;
            m_stack->setCurrentWidget(m_cbam);
        }
        if (m_mechanism == Mechanism::None)
            m_stack->setCurrentWidget(m_note);
    }
    retranslate();
}

void StepsView::showPage(Page page) {
    m_tabs->setCurrentIndex(page == Page::Mechanism ? 0 : 1);
}

StepsView::Page StepsView::currentPage() const {
    return m_tabs->currentIndex() == 1 ? Page::NonLocalMeans : Page::Mechanism;
}

QWidget* StepsView::interventionsView() const {
    return static_cast<CbamStepsView*>(m_cbam)->interventions();
}

QWidget* StepsView::changeTarget() const {
    if (m_mechanism == Mechanism::Cbam && interventionsView())
        return interventionsView();
    return m_selfAttention->temperatureSlider();
}

} // namespace al
