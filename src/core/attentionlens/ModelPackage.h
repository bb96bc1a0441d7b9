// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// Model packages: a folder with model.onnx, model.json (manifest), card.json, labels.txt, samples/, parity/.
/// The format is documented in docs/models.md.

#include "attentionlens/AttentionMap.h"
#include "attentionlens/ModelTypes.h"
#include "attentionlens/Tokenizer.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace al {

enum class ResizePolicy { Stretch, Letterbox, CentreCrop };
enum class ColourOrder { Gray, Rgb, Bgr };

struct PackageInput {
    QString name;
    int channels = 1;
    int height = 0;
    int width = 0;
    ColourOrder colour = ColourOrder::Gray;
    double scale = 1.0;
    std::vector<double> mean; ///< one per channel
    std::vector<double> std;  ///< one per channel, > 0
    ResizePolicy resize = ResizePolicy::Stretch;
};

struct PackagePrediction {
    QString output;
    QString activation; ///< "softmax", "sigmoid" or "none"
    QStringList labels; ///< from labels.txt; may be empty
};

struct PackageAttention {
    QString output;
    MapKind kind = MapKind::Spatial;
    int layer = 0;
    QString group;
    std::vector<int> shape;
    int heads = 1;
    int headAxis = -1; ///< -1 when heads == 1
    int gridRows = 0;  ///< spatial / token grid; 0 for channel maps
    int gridCols = 0;
    int channels = 0;
    int patchTokenOffset = 0;
    std::vector<std::pair<QString, int>> specialTokens;
    bool preActivation = false;
    ValueSemantics semantics = ValueSemantics::Unbounded;
    QString title;
    QString description;
};

struct PackageIntermediate {
    QString output;
    std::vector<int> shape;
    QString description;
};

struct PackageRollout {
    QStringList layers; ///< attention outputs, first to last
    QString headFusion = QStringLiteral("mean");
    double residualIdentity = 0.5;
    double discardRatio = 0.0;
    int sourceToken = 0;
};

/// The text part of a text package's manifest (docs/text-models.md). Specials are empty when the model has
/// none; their ids were checked against the vocabulary.
struct PackageText {
    TokenizerKind tokenizer = TokenizerKind::Word;
    QString vocabPath;
    QStringList vocabulary; ///< read from vocabPath, line i = id i
    bool lowercase = true;
    bool stripAccents = false;
    int maxTokens = 0; ///< T of the [1, T] id input, specials included
    QString padToken;
    QString unkToken;
    QString clsToken;
    QString sepToken;
    QString maskInput; ///< graph input of the [1, T] 0/1 mask, empty when the graph derives it ("in-graph")
    QString pooling;   ///< attention-pooling output ([1, T]), empty when the model has none

    TokenizerConfig tokenizerConfig() const;
};

/// One stage of a staged ("intervention") graph (docs/explainer.md, "Interventions"): the graph takes the
/// image plus, per stage, a map [1, 1, rows, cols] and a mix of the same shape; the stage's spatial gate
/// becomes gate + mix * (map - gate), so mix = 0 reproduces the model and mix = 1 replaces the gate.
struct PackageStage {
    int stage = 0;             ///< 1-based, in network order
    QString title;
    QString onnxPath;          ///< absolute; usually shared by all stages
    QString imageInput;
    QString mapInput;
    QString mixInput;
    int gridRows = 0;
    int gridCols = 0;
    int channels = 0;
    QString prediction;        ///< probabilities output of the staged graph
    QString logits;            ///< pre-softmax output; may be empty
    QString attentionOutput;   ///< the model's own gate (sigmoid) at this stage
    QString logitsOutput;      ///< the gate's pre-sigmoid logits
    QString usedOutput;        ///< the gate actually applied
    /// Outputs of the main graph (model.onnx) for the step-through: keys features, channel, channel_avg,
    /// channel_max, conv_logits, sigmoid, refined (any may be missing).
    QMap<QString, QString> stepOutputs;
};

/// A validated package. Paths are absolute.
struct ModelPackage {
    QString dir;
    QString id;
    QString name;
    QString version;
    QString description;
    QString task;
    Modality modality = Modality::Image;
    QString onnxPath;
    QString cardPath;
    QString samplesDir; ///< empty when the package has no samples
    QString parityDir;  ///< empty when the package has no parity vectors
    PackageInput input;
    PackagePrediction prediction;
    std::vector<PackageAttention> attention;
    std::vector<PackageIntermediate> intermediates;
    QStringList outputs; ///< every graph output, in order
    QString defaultMap;  ///< an attention output, "rollout", or empty
    std::optional<PackageRollout> rollout;
    std::optional<PackageText> text; ///< modality "text" only
    std::vector<PackageStage> stages; ///< staged graph for interventions; empty when the package has none
    QString randomizedOnnxPath;       ///< copy with re-initialised weights (same outputs); empty if none
    QJsonObject card;    ///< card.json as read
};

/// Reads and validates `<dir>/model.json` (+ labels, card). Throws Error(BadInput) whose message names the
/// package folder and the offending field, e.g. "model.json of 'x': field 'input.shape' must be [1, C, H, W]".
/// Does not open the ONNX graph (the onnx plugin checks the graph outputs against `outputs`).
ModelPackage loadModelPackage(const QString& dir);

/// Folders that hold packages, most specific first: `extra`, $ATTENTIONLENS_MODEL_PATH (':'-separated), the user
/// folder (AppDataLocation/models), then "<dataDir>/models" of every data dir. Only existing folders.
QStringList modelSearchDirs(const QStringList& extra = {});

/// Every immediate sub-folder of `dirs` that contains a model.json (absolute paths, in search order).
QStringList findModelPackageDirs(const QStringList& dirs);

} // namespace al
