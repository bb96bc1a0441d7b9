// SPDX-License-Identifier: MIT
#include "explain/CbamStepsView.h"

#include "ChannelChart.h"
#include "PackageLookup.h"
#include "explain/CbamStepsTile.h"
#include "explain/InterventionPanel.h"

#include "attentionlens/Error.h"
#include "attentionlens/Intervention.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace al {
namespace {

// The steps in computation order (Woo et al., ECCV 2018, Fig. 2 and 3).
const char* const kSteps[] = {"features", "channel_avg", "channel_max", "conv_logits", "sigmoid", "refined"};

cv::Mat tensorOf(const ModelResult& r, const QString& name) {
    for (const Tensor& t : r.intermediates)
        if (t.name == name)
            return t.data;
    if (const AttentionMap* m = r.map(name))
        return m->data;
    return {};
}

cv::Mat gridOf(const cv::Mat& t) {
    if (t.empty())
        return {};
    if (t.dims == 2)
        return t;
    return cv::Mat(t.size[t.dims - 2], t.size[t.dims - 1], CV_32F, const_cast<uchar*>(t.data));
}

} // namespace

CbamStepsView::CbamStepsView(const PluginRegistry& registry, QWidget* parent) : QWidget(parent) {
    Q_UNUSED(registry); // packages are found through al::modelSearchDirs(), as the rest of the app does
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    m_stagePicker = new QComboBox;
    m_stagePicker->setObjectName("cbamStagePicker");
    m_stagePicker->setMinimumHeight(32);
    m_stagePicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_explain = new QLabel;
    m_explain->setWordWrap(true);
    header->addWidget(m_stagePicker);
    header->addWidget(m_explain, 1);
    outer->addLayout(header);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    for (const char* step : kSteps) {
        auto* tile = new CbamStepsTile;
        tile->setObjectName(QStringLiteral("cbamTile_%1").arg(QLatin1String(step)));
        m_tiles.emplace_back(QLatin1String(step), tile);
    }
    m_channels = new ChannelChart;
    m_channels->setMinimumHeight(220);
    grid->addWidget(m_tiles[0].second, 0, 0, 1, 2);
    grid->addWidget(m_channels, 0, 2, 1, 2);
    for (int i = 1; i <= 4; ++i)
        grid->addWidget(m_tiles[size_t(i)].second, 1, i - 1);
    grid->addWidget(m_tiles[5].second, 2, 0, 1, 2);
    m_interventionTitle = new QLabel;
    m_interventions = new InterventionPanel;
    m_interventions->setObjectName("interventionPanel");
    grid->addWidget(m_interventionTitle, 3, 0, 1, 4);
    grid->addWidget(m_interventions, 4, 0, 1, 4);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    connect(m_stagePicker, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i + 1 != m_stage)
            setStage(i + 1);
    });
    retranslate();
}

CbamStepsView::~CbamStepsView() = default;

bool CbamStepsView::supports(const ModelResult& result) {
    const std::optional<ModelPackage> p = findPackageForModel(result.modelId);
    if (!p || p->stages.empty())
        return false;
    const QString features = p->stages.front().stepOutputs.value(QStringLiteral("features"));
    return !features.isEmpty() && !tensorOf(result, features).empty();
}

void CbamStepsView::setResult(const ModelResult& result, const cv::Mat& imageBgr) {
    if (!m_package || m_package->id != result.modelId) {
        m_package = findPackageForModel(result.modelId);
        m_intervener.reset();
        if (m_package && !m_package->stages.empty()) {
            try {
                m_intervener = std::make_shared<const Intervener>(*m_package);
            } catch (const Error&) {
                // The step-through still works; the panel says why interventions are unavailable.
            }
        }
    }
    m_result = std::make_unique<ModelResult>(result);
    m_image = imageBgr.clone();
    const int stages = stageCount();
    {
        const QSignalBlocker block(m_stagePicker);
        m_stagePicker->clear();
        for (int s = 1; s <= stages; ++s) {
            const PackageStage& st = m_package->stages[size_t(s - 1)];
            m_stagePicker->addItem(tr("%1 (%2 x %3 grid, %4 channels)")
                                       .arg(st.title)
                                       .arg(st.gridCols)
                                       .arg(st.gridRows)
                                       .arg(st.channels));
        }
    }
    // Open on the last stage: in the built-in model it is the one the classifier reads.
    m_stage = 0;
    setStage(stages > 0 ? stages : 1);
}

int CbamStepsView::stageCount() const {
    return m_package ? int(m_package->stages.size()) : 0;
}

void CbamStepsView::setStage(int stage) {
    m_stage = std::clamp(stage, 1, std::max(1, stageCount()));
    {
        const QSignalBlocker block(m_stagePicker);
        m_stagePicker->setCurrentIndex(m_stage - 1);
    }
    showStage();
}

CbamStepsTile* CbamStepsView::tile(const QString& step) const {
    for (const auto& [name, t] : m_tiles)
        if (name == step)
            return t;
    return nullptr;
}

void CbamStepsView::showStage() {
    if (!m_result || !m_package || stageCount() == 0) {
        for (const auto& [name, t] : m_tiles)
            t->setTensor({});
        m_channels->setMap(nullptr);
        m_interventions->setContext(nullptr, {}, 0, {}, {});
        retranslate();
        return;
    }
    const PackageStage& st = m_package->stages[size_t(m_stage - 1)];
    for (const auto& [name, t] : m_tiles)
        t->setTensor(tensorOf(*m_result, st.stepOutputs.value(name)));
    m_channels->setMap(m_result->map(st.stepOutputs.value(QStringLiteral("channel"))));
    const cv::Mat gate = gridOf(tensorOf(*m_result, st.stepOutputs.value(QStringLiteral("sigmoid"))));
    m_interventions->setContext(m_intervener, m_image, m_stage, m_package->card, gate.clone());
    retranslate();
}

void CbamStepsView::retranslate() {
    const std::pair<const char*, std::pair<QString, QString>> texts[] = {
        {"features",
         {tr("1. Input features (after channel attention)"),
          tr("The feature maps entering the spatial attention, one small image per channel, already scaled "
             "by "
             "the channel weights on the right.")}},
        {"channel_avg",
         {tr("2. Mean over channels"),
          tr("At each position, the average of all channels: where there is a lot "
             "of activity overall.")}},
        {"channel_max",
         {tr("3. Max over channels"),
          tr("At each position, the strongest channel: where any single feature fires strongly.")}},
        {"conv_logits",
         {tr("4. 7x7 convolution (logit)"), tr("A learned 7x7 filter reads the two maps above and scores "
                                               "every position; before the sigmoid, so "
                                               "the ranking stays visible where the gate saturates.")}},
        {"sigmoid",
         {tr("5. Sigmoid: the spatial attention"),
          tr("The logit squashed into [0, 1]: the gate every feature at that position is multiplied by.")}},
        {"refined",
         {tr("6. Re-weighted features"),
          tr("Features x gate: what the rest of the network sees. Positions with a low gate fade out.")}},
    };
    for (const auto& [step, text] : texts)
        if (CbamStepsTile* t = tile(QLatin1String(step)))
            t->setTitle(text.first, text.second);
    m_explain->setText(tr(
        "CBAM (Woo et al., ECCV 2018) first weights each channel (bar chart), then decides where to look: it "
        "pools the features over channels (mean, max), convolves the two maps and squashes the result into a "
        "gate. Hover any image for its values."));
    m_interventionTitle->setText(QStringLiteral("<b>%1</b>")
                                     .arg(tr("What if the model looked elsewhere? "
                                             "(interventions)")));
}

void CbamStepsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
