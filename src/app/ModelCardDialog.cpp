// SPDX-License-Identifier: MIT
#include "ModelCardDialog.h"

#include "attentionlens/AttentionPlugin.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace al {

namespace {

QString typeName(ParamSpec::Type type) {
    switch (type) {
    case ParamSpec::Type::Int:
        return ModelCardDialog::tr("whole number");
    case ParamSpec::Type::Double:
        return ModelCardDialog::tr("number");
    case ParamSpec::Type::Bool:
        return ModelCardDialog::tr("on/off");
    case ParamSpec::Type::Choice:
        return ModelCardDialog::tr("choice");
    }
    return {};
}

QString allowedValues(const ParamSpec& spec) {
    if (spec.type == ParamSpec::Type::Choice)
        return spec.choices.join(QStringLiteral(", "));
    if (spec.minimum.isValid() && spec.maximum.isValid())
        return ModelCardDialog::tr("%1 to %2").arg(spec.minimum.toString(), spec.maximum.toString());
    return QStringLiteral("—");
}

QString cardHtml(const AttentionModel& model, const QString& pluginName) {
    QStringList modalities;
    for (Modality m : model.modalities())
        modalities << toString(m);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(model.displayName().toHtmlEscaped(), model.description().toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key, value.toHtmlEscaped());
    };
    html += row(ModelCardDialog::tr("Id"), model.id());
    html += row(ModelCardDialog::tr("Plugin"), pluginName);
    html += row(ModelCardDialog::tr("Input"), modalities.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");

    const auto params = model.parameters();
    html += QStringLiteral("<h3>%1</h3>").arg(ModelCardDialog::tr("Parameters"));
    if (params.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(ModelCardDialog::tr("None."));
        return html;
    }
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(ModelCardDialog::tr("Name"), ModelCardDialog::tr("Type"), ModelCardDialog::tr("Allowed"),
                     ModelCardDialog::tr("Default"), ModelCardDialog::tr("Meaning"));
    for (const ParamSpec& spec : params) {
        html +=
            QStringLiteral(
                "<tr><td "
                "width=\"30%\">%1<br/><code>%2</code></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                .arg(spec.label.toHtmlEscaped(), spec.name, typeName(spec.type),
                     allowedValues(spec).toHtmlEscaped(), spec.defaultValue.toString().toHtmlEscaped(),
                     spec.help.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

ModelCardDialog::ModelCardDialog(const AttentionModel& model, const QString& pluginName, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Model card: %1").arg(model.displayName()));
    resize(720, 480);
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser;
    m_text->setObjectName("modelCardText");
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(cardHtml(model, pluginName));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
}

QString ModelCardDialog::html() const {
    return m_text->toHtml();
}

} // namespace al
