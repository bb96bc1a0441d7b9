// SPDX-License-Identifier: MIT
// The generator's entry points: options, the order of the stages, class names, PNG encoding.
#include "GeneratorDetail.h"

#include "attentionlens/Error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <array>

namespace al::fp {

// Translation context of this file (a class, so that lupdate files the strings under it).
class GeneratorTr {
    Q_DECLARE_TR_FUNCTIONS(al::fp::Generator)
};

namespace {

struct ClassName {
    FingerprintClass value;
    const char* id;
};

constexpr std::array<ClassName, kFingerprintClassCount> kClassNames{{
    {FingerprintClass::Arch, "arch"},
    {FingerprintClass::TentedArch, "tented-arch"},
    {FingerprintClass::LeftLoop, "left-loop"},
    {FingerprintClass::RightLoop, "right-loop"},
    {FingerprintClass::Whorl, "whorl"},
}};

void checkOptions(const GeneratorOptions& o) {
    if (o.impressions < 0 || o.impressions > 64)
        throw Error(ErrorCode::BadInput,
                    al::fp::GeneratorTr::tr("Fingerprint generator: impressions must be in [0, 64], got %1.")
                        .arg(o.impressions));
    if (o.size.width < 128 || o.size.height < 128 || o.size.width > 1024 || o.size.height > 1024)
        throw Error(ErrorCode::BadInput,
                    al::fp::GeneratorTr::tr("Fingerprint generator: the size must be between 128x128 and "
                                            "1024x1024 pixels, got %1x%2.")
                        .arg(o.size.width)
                        .arg(o.size.height));
    if (o.maxIterations < 1 || o.maxIterations > 500)
        throw Error(ErrorCode::BadInput,
                    al::fp::GeneratorTr::tr("Fingerprint generator: iterations must be in [1, 500], got %1.")
                        .arg(o.maxIterations));
}

GeneratedFinger generateUnchecked(const GeneratorOptions& options, const RunControl& control) {
    using namespace detail;
    GeneratedFinger finger;
    finger.seed = options.seed;
    Rng rng(mixSeed(options.seed, 0));
    finger.fingerprintClass =
        options.fingerprintClass.value_or(FingerprintClass(rng.index(kFingerprintClassCount)));
    const FingerLayout layout = makeLayout(finger.fingerprintClass, options.size, rng);

    FingerprintTruth& truth = finger.master.truth;
    truth.fingerprintClass = finger.fingerprintClass;
    truth.mask = silhouetteMask(layout.silhouette, options.size);
    truth.orientation = orientationField(layout, options.size);
    truth.period = periodField(layout, options.size);
    for (const SingularPoint& s : layout.singularPoints) {
        const cv::Point p(int(std::lround(s.x)), int(std::lround(s.y)));
        if (cv::Rect(cv::Point(), options.size).contains(p) && truth.mask.at<uchar>(p))
            truth.singularPoints.push_back(s);
    }
    Rng ridgeRng(mixSeed(options.seed, 1));
    finger.ridges = growRidges(truth.orientation, truth.period, truth.mask, ridgeRng, options.maxIterations,
                               &finger.iterations, control.subRange(0.0, 0.8));
    truth.minutiae = extractMasterMinutiae(finger.ridges, truth.mask, 10.0);
    finger.master.image = renderClean(finger.ridges, truth.mask);

    for (int k = 0; k < options.impressions; ++k) {
        control.throwIfCancelled();
        Rng impressionRng(mixSeed(options.seed, 100 + std::uint64_t(k)));
        finger.impressions.push_back(makeImpression(finger.ridges, truth, impressionRng));
        control.report(0.8 + 0.2 * (k + 1) / options.impressions);
    }
    control.report(1.0);
    return finger;
}

} // namespace

QString fingerprintClassOption(FingerprintClass fingerprintClass) {
    return QString::fromLatin1(kClassNames.at(size_t(fingerprintClass)).id);
}

QStringList fingerprintClassOptions() {
    QStringList ids;
    for (const ClassName& c : kClassNames)
        ids.append(QString::fromLatin1(c.id));
    return ids;
}

std::optional<FingerprintClass> parseFingerprintClass(const QString& name) {
    QString normalised = name.trimmed();
    normalised.replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const ClassName& c : kClassNames)
        if (normalised.compare(QLatin1String(c.id), Qt::CaseInsensitive) == 0)
            return c.value;
    return std::nullopt;
}

GeneratedFinger generateFinger(const GeneratorOptions& options, const RunControl& control) {
    checkOptions(options);
    try {
        return generateUnchecked(options, control);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal, al::fp::GeneratorTr::tr("Fingerprint generator failed (seed %1): %2")
                                             .arg(options.seed)
                                             .arg(QString::fromStdString(e.msg)));
    }
}

GeneratedImpression generatePrint(FingerprintClass fingerprintClass, std::uint64_t seed, cv::Size size,
                                  bool clean) {
    GeneratorOptions options;
    options.fingerprintClass = fingerprintClass;
    options.seed = seed;
    options.size = size;
    options.impressions = clean ? 0 : 1;
    GeneratedFinger finger = generateFinger(options);
    return clean ? std::move(finger.master) : std::move(finger.impressions.front());
}

QByteArray encodeFingerprintPng(const cv::Mat& gray) {
    if (gray.empty() || gray.type() != CV_8UC1)
        throw Error(ErrorCode::Internal,
                    al::fp::GeneratorTr::tr("Fingerprint PNG: expected a non-empty 8-bit gray image."));
    QImage image(gray.data, gray.cols, gray.rows, int(gray.step), QImage::Format_Grayscale8);
    constexpr int kDotsPerMetre = 19685; // 500 ppi = 500 / 0.0254 m
    image.setDotsPerMeterX(kDotsPerMetre);
    image.setDotsPerMeterY(kDotsPerMetre);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw Error(ErrorCode::Internal, al::fp::GeneratorTr::tr("Fingerprint PNG: encoding failed."));
    return bytes;
}

} // namespace al::fp
