// SPDX-License-Identifier: MIT
// The smallest useful AttentionLens plugin: one model returning a Gaussian centre-bias map, the prior that
// human fixations favour the image centre (Judd et al., ICCV 2009; Tatler, J. Vision 2007).
#include <attentionlens/AttentionPlugin.h>
#include <attentionlens/Error.h>

#include <QObject>
#include <cmath>

namespace {

class CenterBiasModel final : public al::AttentionModel {
public:
    QString id() const override { return QStringLiteral("example.center-bias"); }
    QString displayName() const override { return QStringLiteral("Centre bias (example)"); }
    QString description() const override {
        return QStringLiteral("A Gaussian centred on the image: where people tend to look first.");
    }
    QList<al::Modality> modalities() const override { return {al::Modality::Image}; }
    std::vector<al::ParamSpec> parameters() const override {
        al::ParamSpec sigma;
        sigma.name = QStringLiteral("sigma");
        sigma.type = al::ParamSpec::Type::Double;
        sigma.label = QStringLiteral("Width");
        sigma.help = QStringLiteral("Standard deviation as a fraction of the image size.");
        sigma.defaultValue = 0.25;
        sigma.minimum = 0.05;
        sigma.maximum = 1.0;
        return {sigma};
    }
    al::ModelResult run(const al::ModelInput& input, const al::ParamValues& params,
                        const al::RunControl& control) const override {
        if (input.image.empty())
            throw al::Error(al::ErrorCode::BadInput, QStringLiteral("The centre-bias model needs an image."));
        const double s = params.value(QStringLiteral("sigma")).toDouble();
        al::AttentionMap map;
        map.name = QStringLiteral("center-bias");
        map.title = QStringLiteral("Centre bias");
        map.isFinal = true;
        map.semantics = al::ValueSemantics::Probability;
        map.data.create(32, 32, CV_32FC1);
        for (int y = 0; y < 32; ++y) {
            for (int x = 0; x < 32; ++x) {
                const double dx = (x + 0.5) / 32 - 0.5, dy = (y + 0.5) / 32 - 0.5;
                map.data.at<float>(y, x) = float(std::exp(-(dx * dx + dy * dy) / (2 * s * s)));
            }
        }
        control.report(1.0);
        al::ModelResult result;
        result.maps.push_back(map);
        return result;
    }
};

} // namespace

class CenterBiasPlugin : public QObject, public al::AttentionPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AL_ATTENTION_PLUGIN_IID FILE "centerbias.json")
    Q_INTERFACES(al::AttentionPlugin)
public:
    std::vector<std::shared_ptr<const al::AttentionModel>> models() const override {
        return {std::make_shared<CenterBiasModel>()};
    }
};

#include "CenterBiasPlugin.moc"
