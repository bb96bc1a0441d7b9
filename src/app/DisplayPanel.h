// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/Heatmap.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;

namespace al {

/// Display controls: colormap, normalisation (and its parameters), upsampling, opacity, threshold and
/// contour.
class DisplayPanel : public QWidget {
    Q_OBJECT
public:
    explicit DisplayPanel(QWidget* parent = nullptr);

    RenderOptions options() const;
    /// Shows `options` without emitting optionsChanged().
    void setOptions(const RenderOptions& options);

    QSlider* opacitySlider() const { return m_opacity; }
    QComboBox* colormapCombo() const { return m_colormap; }

signals:
    void optionsChanged(const al::RenderOptions& options);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void updateVisibility();
    void emitChanged();

    QFormLayout* m_form = nullptr;
    QComboBox* m_colormap = nullptr;
    QComboBox* m_normalization = nullptr;
    QDoubleSpinBox* m_pLow = nullptr;
    QDoubleSpinBox* m_pHigh = nullptr;
    QDoubleSpinBox* m_fixedMin = nullptr;
    QDoubleSpinBox* m_fixedMax = nullptr;
    QComboBox* m_upsampling = nullptr;
    QSlider* m_opacity = nullptr;
    QLabel* m_opacityValue = nullptr;
    QCheckBox* m_threshold = nullptr;
    QDoubleSpinBox* m_thresholdValue = nullptr;
    QCheckBox* m_contour = nullptr;
    QList<QLabel*> m_labels;
    bool m_updating = false;
};

} // namespace al
