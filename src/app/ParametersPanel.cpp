// SPDX-License-Identifier: MIT
#include "ParametersPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace al {

namespace {

int decimalsFor(const ParamSpec& spec) {
    // Enough decimals to show the smallest of default/min/max exactly, between 2 and 4.
    int decimals = 2;
    for (const QVariant& v : {spec.defaultValue, spec.minimum, spec.maximum}) {
        const double d = std::abs(v.toDouble());
        if (d > 0.0 && d < 0.01)
            decimals = std::max(decimals, 4);
        else if (d > 0.0 && d < 0.1)
            decimals = std::max(decimals, 3);
    }
    return decimals;
}

} // namespace

ParametersPanel::ParametersPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_formHost = new QWidget;
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_empty = new QLabel;
    m_empty->setObjectName("hintLabel");
    m_empty->setWordWrap(true);
    m_reset = new QPushButton;
    m_reset->setObjectName("resetParametersButton");
    connect(m_reset, &QPushButton::clicked, this, &ParametersPanel::resetToDefaults);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    layout->addWidget(m_formHost);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    retranslate();
    setSchema({});
}

void ParametersPanel::setSchema(const std::vector<ParamSpec>& schema, bool keepValues) {
    const ParamValues previous = keepValues ? values() : ParamValues();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_controls.clear();
    m_schema = schema;
    for (const ParamSpec& spec : m_schema) {
        QWidget* control = makeControl(spec);
        auto* label = new QLabel(spec.label.isEmpty() ? spec.name : spec.label + QLatin1Char(':'));
        label->setToolTip(spec.help);
        label->setBuddy(control);
        m_form->addRow(label, control);
        m_controls << control;
        setControlValue(control, spec, previous.value(spec.name, spec.defaultValue));
    }
    m_empty->setVisible(m_schema.empty());
    m_reset->setEnabled(!m_schema.empty());
}

QWidget* ParametersPanel::makeControl(const ParamSpec& spec) {
    QWidget* control = nullptr;
    switch (spec.type) {
    case ParamSpec::Type::Int: {
        auto* spin = new QSpinBox;
        spin->setRange(spec.minimum.isValid() ? spec.minimum.toInt() : std::numeric_limits<int>::min(),
                       spec.maximum.isValid() ? spec.maximum.toInt() : std::numeric_limits<int>::max());
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &ParametersPanel::valuesChanged);
        control = spin;
        break;
    }
    case ParamSpec::Type::Double: {
        auto* spin = new QDoubleSpinBox;
        spin->setDecimals(decimalsFor(spec));
        spin->setRange(spec.minimum.isValid() ? spec.minimum.toDouble() : -1e9,
                       spec.maximum.isValid() ? spec.maximum.toDouble() : 1e9);
        const double span = spin->maximum() - spin->minimum();
        spin->setSingleStep(span > 0 && span < 1e6 ? std::pow(10.0, std::floor(std::log10(span)) - 1) : 0.1);
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ParametersPanel::valuesChanged);
        control = spin;
        break;
    }
    case ParamSpec::Type::Bool: {
        auto* check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, &ParametersPanel::valuesChanged);
        control = check;
        break;
    }
    case ParamSpec::Type::Choice: {
        auto* combo = new QComboBox;
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::currentIndexChanged, this, &ParametersPanel::valuesChanged);
        control = combo;
        break;
    }
    }
    control->setObjectName(QStringLiteral("param_") + spec.name);
    control->setToolTip(spec.help);
    return control;
}

void ParametersPanel::setControlValue(QWidget* control, const ParamSpec& spec, const QVariant& value) {
    switch (spec.type) {
    case ParamSpec::Type::Int:
        static_cast<QSpinBox*>(control)->setValue(value.toInt());
        break;
    case ParamSpec::Type::Double:
        static_cast<QDoubleSpinBox*>(control)->setValue(value.toDouble());
        break;
    case ParamSpec::Type::Bool:
        static_cast<QCheckBox*>(control)->setChecked(value.toBool());
        break;
    case ParamSpec::Type::Choice: {
        auto* combo = static_cast<QComboBox*>(control);
        combo->setCurrentIndex(std::max(0, combo->findText(value.toString())));
        break;
    }
    }
}

QVariant ParametersPanel::controlValue(QWidget* control, const ParamSpec& spec) const {
    switch (spec.type) {
    case ParamSpec::Type::Int:
        return static_cast<QSpinBox*>(control)->value();
    case ParamSpec::Type::Double:
        return static_cast<QDoubleSpinBox*>(control)->value();
    case ParamSpec::Type::Bool:
        return static_cast<QCheckBox*>(control)->isChecked();
    case ParamSpec::Type::Choice:
        return static_cast<QComboBox*>(control)->currentText();
    }
    return {};
}

ParamValues ParametersPanel::values() const {
    ParamValues values;
    for (size_t i = 0; i < m_schema.size() && int(i) < m_controls.size(); ++i)
        values.insert(m_schema[i].name, controlValue(m_controls[int(i)], m_schema[i]));
    return values;
}

void ParametersPanel::setValues(const ParamValues& values) {
    for (size_t i = 0; i < m_schema.size() && int(i) < m_controls.size(); ++i) {
        if (values.contains(m_schema[i].name))
            setControlValue(m_controls[int(i)], m_schema[i], values.value(m_schema[i].name));
    }
}

QWidget* ParametersPanel::control(const QString& name) const {
    for (size_t i = 0; i < m_schema.size() && int(i) < m_controls.size(); ++i) {
        if (m_schema[i].name == name)
            return m_controls[int(i)];
    }
    return nullptr;
}

void ParametersPanel::resetToDefaults() {
    for (size_t i = 0; i < m_schema.size() && int(i) < m_controls.size(); ++i)
        setControlValue(m_controls[int(i)], m_schema[i], m_schema[i].defaultValue);
}

void ParametersPanel::retranslate() {
    m_empty->setText(tr("This model has no parameters."));
    m_reset->setText(tr("Reset to defaults"));
    m_reset->setToolTip(tr("Set every parameter back to the model's default value."));
}

void ParametersPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace al
