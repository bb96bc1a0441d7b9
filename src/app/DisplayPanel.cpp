// SPDX-License-Identifier: MIT
#include "DisplayPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

namespace al {

namespace {

const Colormap kColormaps[] = {Colormap::Turbo,   Colormap::Jet,   Colormap::Viridis,
                               Colormap::Inferno, Colormap::Magma, Colormap::Gray};
const Normalization kNormalizations[] = {Normalization::MinMax, Normalization::Percentile,
                                         Normalization::Fixed};

QDoubleSpinBox* makeSpin(double lo, double hi, double step, int decimals) {
    auto* spin = new QDoubleSpinBox;
    spin->setRange(lo, hi);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setKeyboardTracking(false);
    return spin;
}

} // namespace

DisplayPanel::DisplayPanel(QWidget* parent) : QWidget(parent) {
    buildUi();
    retranslate();
    setOptions(RenderOptions{});
}

void DisplayPanel::buildUi() {
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(8, 8, 8, 8);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_colormap = new QComboBox;
    m_colormap->setObjectName("colormapCombo");
    for (Colormap c : kColormaps)
        m_colormap->addItem(QString(), int(c));
    m_normalization = new QComboBox;
    m_normalization->setObjectName("normalizationCombo");
    for (Normalization n : kNormalizations)
        m_normalization->addItem(QString(), int(n));
    m_pLow = makeSpin(0.0, 99.9, 0.5, 1);
    m_pHigh = makeSpin(0.1, 100.0, 0.5, 1);
    m_fixedMin = makeSpin(-1e6, 1e6, 0.1, 3);
    m_fixedMax = makeSpin(-1e6, 1e6, 0.1, 3);
    m_upsampling = new QComboBox;
    m_upsampling->addItem(QString(), int(Upsampling::Bilinear));
    m_upsampling->addItem(QString(), int(Upsampling::Nearest));

    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setObjectName("opacitySlider");
    m_opacity->setRange(0, 100);
    m_opacityValue = new QLabel;
    m_opacityValue->setMinimumWidth(36);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_opacityValue);

    m_threshold = new QCheckBox;
    m_threshold->setObjectName("thresholdCheck");
    m_thresholdValue = makeSpin(0.0, 1.0, 0.05, 2);
    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_thresholdValue, 1);
    m_contour = new QCheckBox;
    m_contour->setObjectName("contourCheck");

    auto addRow = [this](QWidget* field) {
        auto* label = new QLabel;
        m_labels << label;
        m_form->addRow(label, field);
    };
    auto addLayoutRow = [this](QLayout* field) {
        auto* label = new QLabel;
        m_labels << label;
        m_form->addRow(label, field);
    };
    addRow(m_colormap);
    addRow(m_normalization);
    addRow(m_pLow);
    addRow(m_pHigh);
    addRow(m_fixedMin);
    addRow(m_fixedMax);
    addRow(m_upsampling);
    addLayoutRow(opacityRow);
    addLayoutRow(thresholdRow);
    addRow(m_contour);

    for (auto* combo : {m_colormap, m_normalization, m_upsampling})
        connect(combo, &QComboBox::currentIndexChanged, this, &DisplayPanel::emitChanged);
    for (auto* spin : {m_pLow, m_pHigh, m_fixedMin, m_fixedMax, m_thresholdValue})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DisplayPanel::emitChanged);
    for (auto* check : {m_threshold, m_contour})
        connect(check, &QCheckBox::toggled, this, &DisplayPanel::emitChanged);
    connect(m_opacity, &QSlider::valueChanged, this, &DisplayPanel::emitChanged);
}

void DisplayPanel::retranslate() {
    const QStringList colormapNames = {tr("Turbo"),   tr("Jet"),   tr("Viridis"),
                                       tr("Inferno"), tr("Magma"), tr("Grey")};
    for (int i = 0; i < m_colormap->count(); ++i)
        m_colormap->setItemText(i, colormapNames.value(i));
    m_normalization->setItemText(0, tr("Min–max"));
    m_normalization->setItemText(1, tr("Percentile clip"));
    m_normalization->setItemText(2, tr("Fixed range"));
    m_upsampling->setItemText(0, tr("Smooth (bilinear)"));
    m_upsampling->setItemText(1, tr("Cells (nearest)"));
    const QStringList labels = {tr("Colour map:"),     tr("Normalisation:"),
                                tr("Low percentile:"), tr("High percentile:"),
                                tr("Minimum:"),        tr("Maximum:"),
                                tr("Upsampling:"),     tr("Opacity:"),
                                tr("Threshold:"),      QString()};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels.value(i));
    m_colormap->setToolTip(tr("How normalised values are mapped to colours."));
    m_normalization->setToolTip(
        tr("How raw map values are scaled to 0–1 before colouring. Percentile clipping ignores outliers."));
    m_pLow->setSuffix(tr(" %"));
    m_pHigh->setSuffix(tr(" %"));
    m_fixedMin->setToolTip(tr("Raw value shown as 0 in fixed-range mode."));
    m_fixedMax->setToolTip(tr("Raw value shown as 1 in fixed-range mode."));
    m_upsampling->setToolTip(tr("How a coarse map is resized to the image."));
    m_opacity->setToolTip(tr("Opacity of the map over the image."));
    m_threshold->setText(tr("Hide below"));
    m_threshold->setToolTip(tr("Hide normalised values below the threshold."));
    m_thresholdValue->setToolTip(tr("Threshold on the normalised map (0–1); also the contour level."));
    m_contour->setText(tr("Draw contour at the threshold"));
    m_opacityValue->setText(tr("%1 %").arg(m_opacity->value()));
}

void DisplayPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DisplayPanel::updateVisibility() {
    const auto mode = Normalization(m_normalization->currentData().toInt());
    m_form->setRowVisible(m_pLow, mode == Normalization::Percentile);
    m_form->setRowVisible(m_pHigh, mode == Normalization::Percentile);
    m_form->setRowVisible(m_fixedMin, mode == Normalization::Fixed);
    m_form->setRowVisible(m_fixedMax, mode == Normalization::Fixed);
    m_thresholdValue->setEnabled(m_threshold->isChecked() || m_contour->isChecked());
}

RenderOptions DisplayPanel::options() const {
    RenderOptions o;
    o.colormap = Colormap(m_colormap->currentData().toInt());
    o.normalization = Normalization(m_normalization->currentData().toInt());
    o.percentileLow = m_pLow->value();
    o.percentileHigh = std::max(m_pHigh->value(), m_pLow->value() + 0.1);
    o.fixedMin = m_fixedMin->value();
    o.fixedMax = std::max(m_fixedMax->value(), m_fixedMin->value() + 1e-3);
    o.upsampling = Upsampling(m_upsampling->currentData().toInt());
    o.alpha = m_opacity->value() / 100.0;
    o.threshold = m_threshold->isChecked();
    o.thresholdValue = m_thresholdValue->value();
    o.contour = m_contour->isChecked();
    return o;
}

void DisplayPanel::setOptions(const RenderOptions& o) {
    m_updating = true;
    m_colormap->setCurrentIndex(std::max(0, m_colormap->findData(int(o.colormap))));
    m_normalization->setCurrentIndex(std::max(0, m_normalization->findData(int(o.normalization))));
    m_pLow->setValue(o.percentileLow);
    m_pHigh->setValue(o.percentileHigh);
    m_fixedMin->setValue(o.fixedMin);
    m_fixedMax->setValue(o.fixedMax);
    m_upsampling->setCurrentIndex(std::max(0, m_upsampling->findData(int(o.upsampling))));
    m_opacity->setValue(int(std::lround(o.alpha * 100.0)));
    m_threshold->setChecked(o.threshold);
    m_thresholdValue->setValue(o.thresholdValue);
    m_contour->setChecked(o.contour);
    m_opacityValue->setText(tr("%1 %").arg(m_opacity->value()));
    m_updating = false;
    updateVisibility();
}

void DisplayPanel::emitChanged() {
    m_opacityValue->setText(tr("%1 %").arg(m_opacity->value()));
    updateVisibility();
    if (!m_updating)
        emit optionsChanged(options());
}

} // namespace al
