// SPDX-License-Identifier: MIT
#include "ModelCardDialog.h"

#include "PackageLookup.h"

#include "attentionlens/AttentionPlugin.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
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

QString scalarText(const QJsonValue& value) {
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    if (value.isNull())
        return QStringLiteral("null");
    return {};
}

/// The essentials of card.json (data recipe, training command and seed, scalar metrics) as HTML.
QString packageHtml(const ModelPackage& package) {
    const QJsonObject& card = package.card;
    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key, value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>")
                       .arg(ModelCardDialog::tr("Model package"));
    html += row(ModelCardDialog::tr("Folder"), QDir::toNativeSeparators(package.dir));
    if (!package.version.isEmpty())
        html += row(ModelCardDialog::tr("Version"), package.version);
    const QJsonObject data = card.value(QLatin1String("data")).toObject();
    if (!data.isEmpty()) {
        QString recipe = data.value(QLatin1String("name")).toString();
        if (data.contains(QLatin1String("recipe_version")))
            recipe += QLatin1Char(' ') + ModelCardDialog::tr("(recipe version %1)")
                                             .arg(scalarText(data.value(QLatin1String("recipe_version"))));
        html += row(ModelCardDialog::tr("Data recipe"), recipe);
        if (data.contains(QLatin1String("generator")))
            html +=
                row(ModelCardDialog::tr("Data generator"), data.value(QLatin1String("generator")).toString());
    }
    const QJsonObject training = card.value(QLatin1String("training")).toObject();
    if (training.contains(QLatin1String("command")))
        html +=
            row(ModelCardDialog::tr("Training command"), training.value(QLatin1String("command")).toString());
    if (training.contains(QLatin1String("seed")))
        html += row(ModelCardDialog::tr("Seed"), scalarText(training.value(QLatin1String("seed"))));
    const QJsonObject metrics = card.value(QLatin1String("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QString text = scalarText(it.value());
        if (!text.isEmpty())
            html += row(ModelCardDialog::tr("Metric: %1").arg(it.key()), text);
    }
    html += QStringLiteral("</table>");
    return html;
}

void addJson(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value) {
    auto* item = new QTreeWidgetItem(parent, QStringList{key, scalarText(value)});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        // Short numeric arrays (a canvas size) read best on one line.
        item->setText(1, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)).left(200));
        if (!array.isEmpty() && (array.first().isObject() || array.first().isArray()))
            for (qsizetype i = 0; i < array.size(); ++i)
                addJson(item, QString::number(i), array.at(i));
    }
    item->setToolTip(1, item->text(1));
}

QTreeWidget* cardTree(const ModelPackage& package) {
    auto* tree = new QTreeWidget;
    tree->setObjectName("packageCardTree");
    tree->setColumnCount(2);
    tree->setHeaderLabels({ModelCardDialog::tr("card.json field"), ModelCardDialog::tr("Value")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (auto it = package.card.begin(); it != package.card.end(); ++it)
        addJson(tree->invisibleRootItem(), it.key(), it.value());
    return tree;
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
    QString html = cardHtml(model, pluginName);
    const std::optional<ModelPackage> package = findPackageForModel(model.id());
    if (package) {
        // The package essentials (what it was trained on, how well it does) go before the parameter table.
        const qsizetype parameters = html.indexOf(QLatin1String("<h3>"));
        html.insert(parameters < 0 ? html.size() : parameters, packageHtml(*package));
    }
    m_text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (package && !package->card.isEmpty()) {
        resize(860, 760);
        auto* splitter = new QSplitter(Qt::Vertical);
        splitter->addWidget(m_text);
        m_cardTree = cardTree(*package);
        splitter->addWidget(m_cardTree);
        splitter->setSizes({470, 230});
        layout->addWidget(splitter, 1);
    } else {
        layout->addWidget(m_text, 1);
    }
    layout->addWidget(buttons);
}

QString ModelCardDialog::html() const {
    return m_text->toHtml();
}

} // namespace al
