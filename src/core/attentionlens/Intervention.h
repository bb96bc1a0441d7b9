// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Interventions on a model's spatial attention (the causal test): replace one stage's attention gate by a
/// chosen map, run the rest of the network and compare the predictions. Needs a package with "stages"
/// (a staged graph, docs/explainer.md "Interventions"), e.g. the built-in digits-cbam.

#include "attentionlens/ModelPackage.h"
#include "attentionlens/ModelTypes.h"
#include "attentionlens/RunControl.h"

#include <QJsonObject>
#include <QString>
#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace al {

/// What replaces the gate a (values in [0,1], on the stage's grid).
struct InterventionSpec {
    enum class Kind {
        None,     ///< the model's own gate (no change; the reference)
        Uniform,  ///< mean(a) everywhere: same overall gain, no "where"
        Inverted, ///< 1 - a
        Shift,    ///< a moved by (dx, dy) grid cells; vacated cells get min(a)
        Random,   ///< i.i.d. U[0,1): SplitMix64(seed), row-major, (next() >> 40) / 2^24
        Mask,     ///< a given map (resized to the grid with INTER_AREA; 8-bit values / 255; clamped to [0,1])
    };
    Kind kind = Kind::None;
    int dx = 0;
    int dy = 0;
    quint64 seed = 1;
    cv::Mat mask; ///< Kind::Mask: CV_8UC1 or CV_32FC1, any size

    static InterventionSpec none() { return {}; }
    static InterventionSpec uniform() { return of(Kind::Uniform); }
    static InterventionSpec inverted() { return of(Kind::Inverted); }
    static InterventionSpec shift(int dx, int dy) {
        InterventionSpec s = of(Kind::Shift);
        s.dx = dx;
        s.dy = dy;
        return s;
    }
    static InterventionSpec random(quint64 seed) {
        InterventionSpec s = of(Kind::Random);
        s.seed = seed;
        return s;
    }
    static InterventionSpec fromMask(const cv::Mat& mask) {
        InterventionSpec s = of(Kind::Mask);
        s.mask = mask;
        return s;
    }
    static InterventionSpec of(Kind kind) {
        InterventionSpec s;
        s.kind = kind;
        return s;
    }

    /// Parses the CLI syntax: none | true | uniform | inverted | random[:SEED] | shift:DX,DY | mask:FILE
    /// (FILE loaded as a grey image). Throws Error(BadInput) naming the text and the accepted forms.
    static InterventionSpec parse(const QString& text);
    /// "true", "uniform", "inverted", "shift:DX,DY", "random:SEED" or "mask" (used as JSON keys).
    QString name() const;
};

/// The map that replaces `gate` (non-empty CV_32FC1). Pure and thread-safe. Throws Error(BadInput) for an
/// empty or unreadable mask.
cv::Mat applyIntervention(const cv::Mat& gate, const InterventionSpec& spec);

/// Predictions of one image with and without an intervention.
struct InterventionResult {
    int stage = 0;
    QString interventionName;
    std::vector<Prediction> before; ///< every class, highest score first
    std::vector<Prediction> after;
    cv::Mat trueMap; ///< CV_32FC1, the stage's own gate on this image
    cv::Mat usedMap; ///< CV_32FC1, the gate the network ran with
    int topBefore() const { return before.empty() ? -1 : before.front().index; }
    int topAfter() const { return after.empty() ? -1 : after.front().index; }
};

/// Runs a package's staged graph. Loading reads the ONNX file once. run() is not re-entrant (OpenCV nets
/// keep state): use one Intervener per thread, or serialise the calls; the instance itself locks a mutex.
class Intervener {
public:
    /// Throws Error(BadInput) when the package has no stages, is not an image model or OpenCV cannot
    /// import the staged graph (the message names the package and the file).
    explicit Intervener(ModelPackage package);
    ~Intervener();
    Intervener(const Intervener&) = delete;
    Intervener& operator=(const Intervener&) = delete;

    const ModelPackage& package() const;
    int stageCount() const;
    /// `image`: CV_8UC3 BGR or CV_8UC1 grey, preprocessed as the manifest says (stretch resize only).
    /// `stage` is 1-based. Throws Error(BadInput) for a bad stage, image or mask.
    InterventionResult run(const cv::Mat& image, int stage, const InterventionSpec& spec) const;

    /// Lower level, for the dataset loop: the network's probabilities with the gate of `stage` replaced
    /// by `map` (empty: no replacement). `gate`, if not null, receives the stage's own gate.
    cv::Mat probabilities(const cv::Mat& image, int stage, const cv::Mat& map, cv::Mat* gate = nullptr) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// One-shot convenience: Intervener(package).run(image, stage, spec).
InterventionResult intervene(const ModelPackage& package, const cv::Mat& image, int stage,
                             const InterventionSpec& spec);

/// Accuracy under one intervention over a data set.
struct InterventionAccuracy {
    QString name;      ///< InterventionSpec::name()
    int correct = 0;   ///< top-1 == label
    int unchanged = 0; ///< top-1 == the model's own top-1
    int samples = 0;
    double accuracy() const { return samples ? double(correct) / samples : 0.0; }
    double agreement() const { return samples ? double(unchanged) / samples : 0.0; }
};

struct InterventionReport {
    QString modelId;
    QString dataset;
    int stage = 0;
    int samples = 0;
    std::vector<InterventionAccuracy> rows; ///< in the order of the specs given
    double elapsedMs = 0.0;
};

/// The set the card and `evaluate --interventions` use: true, uniform, inverted, shift by a quarter of the
/// grid in x and y, random:1.
std::vector<InterventionSpec> defaultInterventions(const PackageStage& stage);

/// Runs every spec on the first `limit` samples of `dataset` ("builtin:cluttered-digits", the test split).
/// Reports progress, honours cancellation. Throws Error(BadInput) for an unknown dataset or stage.
InterventionReport evaluateInterventions(const Intervener& intervener, int stage, const QString& dataset,
                                         int limit, const std::vector<InterventionSpec>& specs,
                                         const RunControl& control = RunControl());

/// {modelId, dataset, stage, samples, elapsedMs, accuracy: {name: value}, agreement: {name: value}}.
QJsonObject interventionsToJson(const InterventionReport& report);

} // namespace al
