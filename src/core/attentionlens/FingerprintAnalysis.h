// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// The transparent fingerprint analysis pipeline: every stage leaves an image the user can step through.
///
/// Stages (500 ppi, conventions of FingerprintTypes.h): normalisation, foreground segmentation, orientation
/// field with coherence (Hong, Wan & Jain 1998), ridge period from the x-signature (same paper), NBIS-style
/// quality levels 0-4, contextual Gabor enhancement (same paper), binarisation, thinning (Zhang & Suen 1984),
/// minutiae by crossing number with clean-up, singular points by the Poincare index (Kawagoe & Tojo 1984) and
/// a rule-based class from the singular points.
#include "attentionlens/FingerprintTypes.h"
#include "attentionlens/RunControl.h"

#include <QJsonObject>
#include <QString>
#include <opencv2/core.hpp>
#include <vector>

namespace al::fp {

/// Resolution the pipeline works at; other inputs are resampled to it.
inline constexpr double kAnalysisPpi = 500.0;

struct AnalysisOptions {
    double dpi = kAnalysisPpi;     ///< resolution of the input in pixels per inch (resampled to 500 ppi)
    bool darkRidges = true;        ///< ridges darker than valleys (ink, optical and capacitive scans)
    double borderMargin = 12.0;    ///< minutiae closer than this (px) to the mask border are dropped
    int minQualityForMinutiae = 2; ///< minutiae in blocks with a lower quality level are dropped
};

/// One step of the pipeline as shown to the user.
struct AnalysisStage {
    QString id;          ///< stable name, e.g. "orientation" (file names, JSON)
    QString title;       ///< translated short title
    QString explanation; ///< translated one-sentence explanation
    cv::Mat image;       ///< CV_8UC3 BGR display image at analysis resolution
    cv::Mat values;      ///< CV_32F raw per-pixel values (value under the cursor); may be empty
    QString valueUnit;   ///< translated unit/meaning of `values`, e.g. "degrees"
};

struct StageTiming {
    QString id;
    double ms = 0.0;
};

/// Everything the pipeline produced. Coordinates are in analysis pixels (500 ppi); `scale` maps input
/// pixels to analysis pixels (analysis = input * scale).
struct AnalysisResult {
    cv::Mat gray; ///< CV_8U input at 500 ppi
    double scale = 1.0;
    FingerprintTruth features; ///< orientation, period, mask, minutiae, singular points, class
    cv::Mat coherence;         ///< CV_32F [0,1]
    cv::Mat quality;           ///< CV_8U per-pixel quality level 0 (background) .. 4 (best)
    cv::Mat enhanced;          ///< CV_32F Gabor response, ridges positive
    cv::Mat binary;            ///< CV_8U 255 = ridge
    cv::Mat skeleton;          ///< CV_8U 255 = ridge skeleton pixel
    std::vector<AnalysisStage> stages;
    std::vector<StageTiming> timings;
    double totalMs = 0.0;
    /// Finger quality 0..100 (ISO/IEC 19794-2 "finger quality"): mean quality level over the mask * 25.
    int fingerQuality = 0;

    const AnalysisStage* stage(const QString& id) const;
};

/// Translated title, one-sentence explanation and value unit of a stage id, in the current language (a UI
/// calls it again after a language switch; AnalysisStage holds the texts of the language at analysis time).
struct StageText {
    QString title;
    QString explanation;
    QString unit;
};
StageText stageText(const QString& id, FingerprintClass fingerprintClass);

/// Analyses one print. `image` is CV_8UC1 or CV_8UC3 (converted to gray). Throws Error(BadInput) for an
/// empty image, one smaller than 64x64 or larger than 4096x4096 at 500 ppi, or a dpi outside [100, 2000];
/// Error(Cancelled) when `control` is cancelled between stages. Re-entrant: no shared state.
AnalysisResult analyzeFingerprint(const cv::Mat& image, const AnalysisOptions& options = {},
                                  const RunControl& control = {});

/// Loads `path` with al::loadImage (PNG, BMP, TIFF, ...) and analyses it. Errors name the file.
AnalysisResult analyzeFingerprintFile(const QString& path, const AnalysisOptions& options = {},
                                      const RunControl& control = {});

/// The display image of the final stage: the print with minutiae (endings red, bifurcations blue, with a
/// direction tick) and singular points (cores as circles, deltas as triangles).
cv::Mat drawFeatures(const cv::Mat& gray, const FingerprintTruth& features);
/// Draws the same markers onto an existing CV_8UC3 image (e.g. any stage image).
void drawFeaturesOn(cv::Mat& bgr, const FingerprintTruth& features);

/// Stable lower-case names used in JSON: "arch", "tented_arch", "left_loop", "right_loop", "whorl";
/// "ending", "bifurcation", "other"; "core", "delta".
QString fingerprintClassId(FingerprintClass c);
QString minutiaTypeId(MinutiaType t);
QString singularTypeId(SingularType t);
/// Translated class name for the UI.
QString fingerprintClassName(FingerprintClass c);

/// JSON of the result: size, class, singular points, minutiae (x, y, angle in degrees, type, quality),
/// fingerQuality, timings; coordinates in analysis pixels, with `scale` to map back to the input.
QJsonObject analysisToJson(const AnalysisResult& result);

} // namespace al::fp
