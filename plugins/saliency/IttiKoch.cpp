// SPDX-License-Identifier: MIT
// L. Itti, C. Koch and E. Niebur, "A Model of Saliency-Based Visual Attention for Rapid Scene Analysis",
// IEEE PAMI 20(11):1254-1259, 1998. Centre-surround (eq. 1-3), N(.), conspicuity (eq. 5-7), S (eq. 8).
#include "IttiKoch.h"

#include "IttiKochInternal.h"
#include "SaliencyCommon.h"
#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

namespace al::saliency {
namespace itti {
namespace {

// Across-scale addition: every map is brought to the conspicuity scale and added point by point.
void addAtScale(cv::Mat& acc, const cv::Mat& map, cv::Size target) {
    cv::Mat resized;
    if (map.size() == target)
        resized = map;
    else
        cv::resize(map, resized, target, 0, 0, cv::INTER_AREA);
    if (acc.empty())
        acc = resized.clone();
    else
        acc += resized;
}

// Builds the centre-surround maps of one channel, appends them to `features` and returns the
// across-scale sum of their normalised versions.
cv::Mat centreSurround(const std::vector<cv::Mat>& pyramid, const QString& channel, cv::Size target,
                       std::vector<FeatureMap>& features) {
    cv::Mat sum;
    for (int c : kCentreLevels)
        for (int delta : kDeltas) {
            const int s = c + delta;
            FeatureMap f{channel, c, s, acrossScaleDifference(pyramid[c], pyramid[s])};
            addAtScale(sum, normalizeN(f.data), target);
            features.push_back(std::move(f));
        }
    return sum;
}

} // namespace

IttiOutput computeItti(const cv::Mat& bgr8, const IttiWeights& weights, const RunControl& control) {
    control.report(0.0, QCoreApplication::translate("al::Saliency", "Pyramids"));
    const Pyramids p = buildPyramids(bgr8);
    const cv::Size target = p.intensity[kConspicuityLevel].size();
    IttiOutput out;
    control.throwIfCancelled();

    control.report(0.4, QCoreApplication::translate("al::Saliency", "Intensity contrast"));
    out.intensity = centreSurround(p.intensity, "intensity", target, out.features);
    control.throwIfCancelled();

    control.report(0.5, QCoreApplication::translate("al::Saliency", "Colour opponency"));
    // RG(c,s) = |(R-G)(c) - (R-G)(s)| and likewise for B-Y: centre minus surround of the same opponent
    // signal (a double-opponent cell). Eq. 2 of the paper, read literally, adds the two terms instead,
    // which makes a red item among green ones less conspicuous than its neighbours.
    out.colour = centreSurround(p.redGreen, "rg", target, out.features);
    out.colour += centreSurround(p.blueYellow, "by", target, out.features);
    control.throwIfCancelled();

    control.report(0.6, QCoreApplication::translate("al::Saliency", "Orientation contrast"));
    out.orientation = cv::Mat::zeros(target, CV_32F);
    for (size_t o = 0; o < p.orientation.size(); ++o) {
        const QString channel = QStringLiteral("orientation/%1").arg(kOrientations[o]);
        out.orientation += normalizeN(centreSurround(p.orientation[o], channel, target, out.features));
    }
    control.throwIfCancelled();

    control.report(0.9, QCoreApplication::translate("al::Saliency", "Combining"));
    const double total = weights.intensity + weights.colour + weights.orientation;
    out.saliency = (weights.intensity * normalizeN(out.intensity) + weights.colour * normalizeN(out.colour) +
                    weights.orientation * normalizeN(out.orientation)) /
                   total;
    return out;
}

} // namespace itti

namespace {

QString channelTitle(const QString& channel) {
    if (channel == "intensity")
        return QCoreApplication::translate("al::Saliency", "Intensity");
    if (channel == "rg")
        return QCoreApplication::translate("al::Saliency", "Red/green");
    if (channel == "by")
        return QCoreApplication::translate("al::Saliency", "Blue/yellow");
    return QCoreApplication::translate("al::Saliency", "Orientation %1°").arg(channel.section('/', 1));
}

class IttiKochModel final : public AttentionModel {
public:
    QString id() const override { return kIttiKochId; }
    QString displayName() const override {
        return QCoreApplication::translate("al::Saliency", "Itti-Koch-Niebur (1998)");
    }
    QString description() const override {
        return QCoreApplication::translate(
            "al::Saliency",
            "The classic bottom-up model: centre-surround contrast of intensity, colour opponency and "
            "orientation over a 9-level pyramid, normalised so that unique features win.");
    }
    QList<Modality> modalities() const override { return {Modality::Image}; }
    std::vector<ParamSpec> parameters() const override {
        return {weightSpec("weight_intensity",
                           QCoreApplication::translate("al::Saliency", "Intensity weight"),
                           QCoreApplication::translate(
                               "al::Saliency",
                               "How much the intensity conspicuity map contributes to the saliency map.")),
                weightSpec("weight_color", QCoreApplication::translate("al::Saliency", "Colour weight"),
                           QCoreApplication::translate(
                               "al::Saliency",
                               "How much the colour conspicuity map contributes to the saliency map.")),
                weightSpec("weight_orientation",
                           QCoreApplication::translate("al::Saliency", "Orientation weight"),
                           QCoreApplication::translate(
                               "al::Saliency",
                               "How much the orientation conspicuity map contributes to the saliency map."))};
    }

    ModelResult run(const ModelInput& input, const ParamValues& params,
                    const RunControl& control) const override {
        requireBgrImage(input, id());
        const std::vector<ParamSpec> specs = parameters();
        itti::IttiWeights weights;
        weights.intensity = readDouble(params, specs[0], id());
        weights.colour = readDouble(params, specs[1], id());
        weights.orientation = readDouble(params, specs[2], id());
        if (weights.intensity + weights.colour + weights.orientation <= 0.0)
            throw Error(ErrorCode::BadInput,
                        QCoreApplication::translate(
                            "al::Saliency", "Model %1: at least one of weight_intensity, weight_color and "
                                            "weight_orientation must be above 0.")
                            .arg(id()));
        control.throwIfCancelled();
        return runGuarded(id(), input, [&] {
            ModelResult result = collect(itti::computeItti(input.image, weights, control));
            control.report(1.0, QCoreApplication::translate("al::Saliency", "Done"));
            return result;
        });
    }

private:
    static ParamSpec weightSpec(const QString& name, const QString& label, const QString& help) {
        return doubleParam(name, label, help, 1.0, 0.0, 1.0);
    }

    static ModelResult collect(itti::IttiOutput out) {
        ModelResult result;
        AttentionMap final = makeMap(
            "saliency", QCoreApplication::translate("al::Saliency", "Saliency"),
            QCoreApplication::translate(
                "al::Saliency", "Weighted mean of the normalised conspicuity maps, at pyramid scale 4 "
                                "(1/16 of the input size)."),
            out.saliency);
        final.isFinal = true;
        result.maps.push_back(final);
        const QString conspicuity = QCoreApplication::translate("al::Saliency", "Conspicuity");
        result.maps.push_back(makeMap(
            "conspicuity/intensity", QCoreApplication::translate("al::Saliency", "Intensity conspicuity"),
            QCoreApplication::translate("al::Saliency",
                                        "Sum over scales of the normalised intensity contrast maps."),
            out.intensity, conspicuity));
        result.maps.push_back(
            makeMap("conspicuity/colour", QCoreApplication::translate("al::Saliency", "Colour conspicuity"),
                    QCoreApplication::translate(
                        "al::Saliency", "Sum over scales of the normalised red/green and blue/yellow maps."),
                    out.colour, conspicuity));
        result.maps.push_back(makeMap(
            "conspicuity/orientation", QCoreApplication::translate("al::Saliency", "Orientation conspicuity"),
            QCoreApplication::translate("al::Saliency",
                                        "Sum over the four orientations of their normalised contrast maps."),
            out.orientation, conspicuity));
        const QString group = QCoreApplication::translate("al::Saliency", "Feature maps");
        for (itti::FeatureMap& f : out.features) {
            const QString name =
                QStringLiteral("feature/%1/c%2s%3").arg(f.channel).arg(f.centre).arg(f.surround);
            const QString title = QCoreApplication::translate("al::Saliency", "%1, centre %2, surround %3")
                                      .arg(channelTitle(f.channel))
                                      .arg(f.centre)
                                      .arg(f.surround);
            result.maps.push_back(
                makeMap(name, title,
                        QCoreApplication::translate(
                            "al::Saliency", "|centre - surround| at pyramid scale %1, before normalisation.")
                            .arg(f.centre),
                        f.data, group));
        }
        return result;
    }
};

} // namespace

std::shared_ptr<const AttentionModel> createIttiKochModel() {
    return std::make_shared<IttiKochModel>();
}

} // namespace al::saliency
