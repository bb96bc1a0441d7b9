// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// Synthetic fingerprints with ground truth, after the SFinGe method (Cappelli, Maio & Maltoni, "Synthetic
/// fingerprint-database generation", ICPR 2002; Handbook of Fingerprint Recognition, ch. 6): silhouette,
/// orientation field from the singular points (zero-pole model, Sherlock & Monro 1993, with the Vizcaya &
/// Gerhardt 1996 correction), ridge period map, ridges grown by iterated contextual Gabor filtering from a
/// few seeds, minutiae read off the clean master pattern, and impressions (pressure, rotation, translation,
/// elastic distortion, blur, contrast, noise) with the truth mapped through the same transform.
///
/// Everything is deterministic per seed: the generator uses its own distributions on top of std::mt19937_64
/// (whose output sequence the C++ standard fixes), so every platform makes the same random draws (pixels may
/// still differ in the last bits where libm rounds differently).
#include "attentionlens/FingerprintTypes.h"
#include "attentionlens/RunControl.h"

#include <QJsonObject>
#include <QStringList>
#include <cstdint>

namespace al::fp {

/// Class names of the command line: "arch", "tented-arch", "left-loop", "right-loop", "whorl" (JSON uses
/// fingerprintClassId() of FingerprintAnalysis.h, with underscores; the UI uses fingerprintClassName()).
QString fingerprintClassOption(FingerprintClass fingerprintClass);
/// All five command-line names, in enum order.
QStringList fingerprintClassOptions();
/// The class of a command-line or JSON name (case-insensitive; '-' and '_' are interchangeable), or nullopt.
std::optional<FingerprintClass> parseFingerprintClass(const QString& name);

struct GeneratorOptions {
    /// nullopt: drawn from the seed (uniformly over the five classes).
    std::optional<FingerprintClass> fingerprintClass;
    std::uint64_t seed = 1;
    int impressions = 1;     ///< [0, 64]
    cv::Size size{400, 400}; ///< each side in [128, 1024]
    int maxIterations = 60;  ///< cap of the Gabor growth iterations, [1, 500]
};

/// One impression of a finger: what a 500 ppi sensor would deliver, with its ground truth.
struct GeneratedImpression {
    cv::Mat image;           ///< CV_8UC1, dark ridges on a light background, options.size
    FingerprintTruth truth;  ///< in this image's pixel coordinates (orientation, period and mask per pixel)
    double rotation = 0.0;   ///< radians, counterclockwise on screen, of the finger relative to the master
    cv::Point2d translation; ///< pixels
};

struct GeneratedFinger {
    std::uint64_t seed = 0;
    FingerprintClass fingerprintClass = FingerprintClass::Arch;
    cv::Mat ridges;             ///< CV_32F master pattern in [-1, 1], ridges > 0, 0 outside the finger
    GeneratedImpression master; ///< the clean master print: no distortion, no noise
    std::vector<GeneratedImpression> impressions;
    int iterations = 0; ///< Gabor growth iterations used
};

/// Generates a finger and `options.impressions` impressions of it.
///
/// Re-entrant (no shared state). Honours cancellation (throws Error(Cancelled)); throws Error(BadInput)
/// naming the option when an option is out of range. Never lets a cv::Exception escape.
GeneratedFinger generateFinger(const GeneratorOptions& options, const RunControl& control = RunControl());

/// One print for the app's "Generate…" button: a single impression (distorted and noisy unless `clean`) of a
/// finger of the given class and seed, with its truth. Same contract as generateFinger().
GeneratedImpression generatePrint(FingerprintClass fingerprintClass, std::uint64_t seed,
                                  cv::Size size = cv::Size(400, 400), bool clean = false);

/// Truth as JSON: class, singularPoints [{x, y, type: core|delta}], minutiae [{x, y, angle (radians),
/// angleDegrees, type: ending|bifurcation|other, quality}]. Per-pixel maps are not included.
QJsonObject truthToJson(const FingerprintTruth& truth);
/// The inverse of truthToJson(); throws Error(BadInput) naming the field that is missing or malformed.
FingerprintTruth truthFromJson(const QJsonObject& json);

/// The finger's truth file: seed, class, size, ppi, generator, master {file, truth}, impressions [{file,
/// rotation, translation, truth}]. `masterFile` and `impressionFiles` are the names the images are saved as.
QJsonObject fingerToJson(const GeneratedFinger& finger, const QString& masterFile,
                         const QStringList& impressionFiles);

/// Encodes an 8-bit gray image as PNG with a 500 ppi resolution chunk (pHYs), as fingerprint tools expect.
/// Throws Error(Internal) when encoding fails.
QByteArray encodeFingerprintPng(const cv::Mat& gray);

} // namespace al::fp
