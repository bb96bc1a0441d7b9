// SPDX-License-Identifier: MIT
// Ground truth <-> JSON (the truth file of `fingerprint generate`).
#include "GeneratorDetail.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace al::fp {

// Translation context of this file (a class, so that lupdate files the strings under it).
class GeneratorTr {
    Q_DECLARE_TR_FUNCTIONS(al::fp::Generator)
};

namespace {

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

// The same names as fingerprintClassId() of FingerprintAnalysis.h, so truth and analysis JSON agree.
QString classJsonId(FingerprintClass c) {
    return fingerprintClassOption(c).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString minutiaJsonId(MinutiaType type) {
    switch (type) {
    case MinutiaType::Ending:
        return QStringLiteral("ending");
    case MinutiaType::Bifurcation:
        return QStringLiteral("bifurcation");
    case MinutiaType::Other:
        break;
    }
    return QStringLiteral("other");
}

[[noreturn]] void badField(const QString& field) {
    throw Error(ErrorCode::BadInput,
                al::fp::GeneratorTr::tr(
                    "Fingerprint truth JSON: field '%1' is missing or malformed; regenerate the file with "
                    "'attentionlens-cli fingerprint generate'.")
                    .arg(field));
}

double number(const QJsonObject& o, const QString& key, const QString& where) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        badField(where + QLatin1Char('.') + key);
    return v.toDouble();
}

QString text(const QJsonObject& o, const QString& key, const QString& where) {
    const QJsonValue v = o.value(key);
    if (!v.isString())
        badField(where + QLatin1Char('.') + key);
    return v.toString();
}

QJsonArray array(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        badField(key);
    return v.toArray();
}

} // namespace

QJsonObject truthToJson(const FingerprintTruth& truth) {
    QJsonArray singular;
    for (const SingularPoint& s : truth.singularPoints)
        singular.append(
            QJsonObject{{QStringLiteral("x"), roundTo(s.x, 0.01)},
                        {QStringLiteral("y"), roundTo(s.y, 0.01)},
                        {QStringLiteral("type"),
                         s.type == SingularType::Core ? QStringLiteral("core") : QStringLiteral("delta")}});
    QJsonArray minutiae;
    for (const Minutia& m : truth.minutiae)
        minutiae.append(
            QJsonObject{{QStringLiteral("x"), roundTo(m.x, 0.01)},
                        {QStringLiteral("y"), roundTo(m.y, 0.01)},
                        {QStringLiteral("angle"), roundTo(m.angle, 1e-5)},
                        {QStringLiteral("angleDegrees"), roundTo(m.angle * 180.0 / detail::kPi, 0.01)},
                        {QStringLiteral("type"), minutiaJsonId(m.type)},
                        {QStringLiteral("quality"), roundTo(m.quality, 1e-4)}});
    return QJsonObject{{QStringLiteral("class"), classJsonId(truth.fingerprintClass)},
                       {QStringLiteral("singularPoints"), singular},
                       {QStringLiteral("minutiae"), minutiae}};
}

FingerprintTruth truthFromJson(const QJsonObject& json) {
    FingerprintTruth truth;
    const auto cls = parseFingerprintClass(text(json, QStringLiteral("class"), QStringLiteral("truth")));
    if (!cls)
        badField(QStringLiteral("class"));
    truth.fingerprintClass = *cls;
    for (const QJsonValue& v : array(json, QStringLiteral("singularPoints"))) {
        const QJsonObject o = v.toObject();
        const QString where = QStringLiteral("singularPoints[]");
        const QString type = text(o, QStringLiteral("type"), where);
        if (type != QLatin1String("core") && type != QLatin1String("delta"))
            badField(where + QStringLiteral(".type"));
        truth.singularPoints.push_back(
            {number(o, QStringLiteral("x"), where), number(o, QStringLiteral("y"), where),
             type == QLatin1String("core") ? SingularType::Core : SingularType::Delta});
    }
    for (const QJsonValue& v : array(json, QStringLiteral("minutiae"))) {
        const QJsonObject o = v.toObject();
        const QString where = QStringLiteral("minutiae[]");
        Minutia m;
        m.x = number(o, QStringLiteral("x"), where);
        m.y = number(o, QStringLiteral("y"), where);
        m.angle = number(o, QStringLiteral("angle"), where);
        if (m.angle < 0.0 || m.angle >= 2.0 * detail::kPi + 1e-4)
            badField(where + QStringLiteral(".angle"));
        const QString type = text(o, QStringLiteral("type"), where);
        m.type = type == QLatin1String("ending")        ? MinutiaType::Ending
                 : type == QLatin1String("bifurcation") ? MinutiaType::Bifurcation
                                                        : MinutiaType::Other;
        m.quality = o.contains(QStringLiteral("quality")) ? number(o, QStringLiteral("quality"), where) : 1.0;
        truth.minutiae.push_back(m);
    }
    return truth;
}

QJsonObject fingerToJson(const GeneratedFinger& finger, const QString& masterFile,
                         const QStringList& impressionFiles) {
    QJsonArray impressions;
    for (size_t k = 0; k < finger.impressions.size(); ++k) {
        const GeneratedImpression& imp = finger.impressions[k];
        impressions.append(QJsonObject{
            {QStringLiteral("file"),
             k < size_t(impressionFiles.size()) ? impressionFiles.at(int(k)) : QString()},
            {QStringLiteral("rotationDegrees"), roundTo(imp.rotation * 180.0 / detail::kPi, 0.001)},
            {QStringLiteral("translation"),
             QJsonArray{roundTo(imp.translation.x, 0.01), roundTo(imp.translation.y, 0.01)}},
            {QStringLiteral("truth"), truthToJson(imp.truth)}});
    }
    const cv::Size size = finger.master.image.size();
    return QJsonObject{
        {QStringLiteral("generator"), QStringLiteral("attentionlens SFinGe-style generator 1")},
        {QStringLiteral("seed"), QString::number(finger.seed)}, // a string: JSON numbers lose 64-bit seeds
        {QStringLiteral("class"), classJsonId(finger.fingerprintClass)},
        {QStringLiteral("width"), size.width},
        {QStringLiteral("height"), size.height},
        {QStringLiteral("ppi"), 500},
        {QStringLiteral("growthIterations"), finger.iterations},
        {QStringLiteral("master"), QJsonObject{{QStringLiteral("file"), masterFile},
                                               {QStringLiteral("truth"), truthToJson(finger.master.truth)}}},
        {QStringLiteral("impressions"), impressions}};
}

} // namespace al::fp
