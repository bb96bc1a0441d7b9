// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/ModelTypes.h"

#include <QWidget>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;

namespace al {

/// A form generated from a model's ParamSpec schema: one control per parameter (QSpinBox, QDoubleSpinBox,
/// QCheckBox or QComboBox), each with its label and the help as tooltip, plus "Reset to defaults".
class ParametersPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget* parent = nullptr);

    /// Rebuilds the form. With keepValues, values of parameters that still exist are kept (used when the
    /// language changes and the plugin returns re-translated labels).
    void setSchema(const std::vector<ParamSpec>& schema, bool keepValues = false);
    const std::vector<ParamSpec>& schema() const { return m_schema; }

    ParamValues values() const;
    void setValues(const ParamValues& values);
    /// The control of a parameter (objectName "param_<name>"), nullptr when unknown.
    QWidget* control(const QString& name) const;

public slots:
    void resetToDefaults();

signals:
    void valuesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeControl(const ParamSpec& spec);
    void setControlValue(QWidget* control, const ParamSpec& spec, const QVariant& value);
    QVariant controlValue(QWidget* control, const ParamSpec& spec) const;
    void retranslate();

    std::vector<ParamSpec> m_schema;
    QList<QWidget*> m_controls;
    QWidget* m_formHost = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace al
