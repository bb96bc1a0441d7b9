// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelPackage.h"
#include "attentionlens/ModelTypes.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace al {

class ChannelChart;
class CbamStepsTile;
class Intervener;
class InterventionPanel;
class PluginRegistry;

/// Step-through of CBAM (Woo et al., ECCV 2018) for one stage of a model whose package exports the stage
/// tensors ("stages" in model.json): input features (grid), channel weights (bar chart), the channel-average
/// and channel-max maps, the 7x7 convolution output (logit), its sigmoid (the gate) and the re-weighted
/// features; every tensor with a value read-out under the cursor. Below, the interventions (the causal test).
class CbamStepsView : public QWidget {
    Q_OBJECT
public:
    explicit CbamStepsView(const PluginRegistry& registry, QWidget* parent = nullptr);
    ~CbamStepsView() override;

    /// True when `result` comes from a package with CBAM stages whose step tensors are in the result.
    static bool supports(const ModelResult& result);
    void setResult(const ModelResult& result, const cv::Mat& imageBgr);

    int stageCount() const;
    void setStage(int stage); ///< 1-based
    int stage() const { return m_stage; }
    CbamStepsTile*
    tile(const QString& step) const; ///< features, channel_avg, channel_max, conv_logits, sigmoid, refined
    ChannelChart* channelChart() const { return m_channels; }
    InterventionPanel* interventions() const { return m_interventions; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStage();
    void retranslate();

    std::optional<ModelPackage> m_package;
    std::shared_ptr<const Intervener> m_intervener;
    std::unique_ptr<ModelResult> m_result;
    cv::Mat m_image;
    int m_stage = 1;
    QComboBox* m_stagePicker = nullptr;
    QLabel* m_explain = nullptr;
    std::vector<std::pair<QString, CbamStepsTile*>> m_tiles;
    ChannelChart* m_channels = nullptr;
    InterventionPanel* m_interventions = nullptr;
    QLabel* m_interventionTitle = nullptr;
};

} // namespace al
