// SPDX-License-Identifier: MIT
#pragma once

#include "attentionlens/AttentionMap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <opencv2/core.hpp>
#include <optional>
#include <vector>

namespace al {

/// The four input types of the product.
enum class Modality { Image, Video, Text, Fingerprint };
QString toString(Modality modality);
std::optional<Modality> modalityFromString(const QString& name);

/// What a model receives. Image models read `image` (CV_8UC3 BGR, as produced by loadImage());
/// fingerprint models read `image` as CV_8UC1; text models read `text`; video (sequence) models read
/// `frames` (CV_8UC3 BGR, oldest first).
struct ModelInput {
    Modality modality = Modality::Image;
    cv::Mat image;
    QString text;
    std::vector<cv::Mat> frames;
    QString sourcePath; ///< informational; may be empty
};

/// One token a text model saw, in input order (special tokens such as [CLS] included).
struct TextToken {
    QString text;        ///< as shown to the user (the vocabulary entry, "##" kept for WordPiece pieces)
    qsizetype start = -1; ///< offset into ModelInput::text in UTF-16 code units; -1 for special tokens
    qsizetype length = 0;
    bool unknown = false; ///< mapped to the UNK token
    bool special = false; ///< [CLS], [SEP], padding...
};

/// One entry of a model's parameter schema. The GUI builds a control from it, the CLI parses
/// `--set name=value` with it.
struct ParamSpec {
    enum class Type { Int, Double, Bool, Choice };
    QString name;  ///< machine name, [a-z0-9_]+
    Type type = Type::Double;
    QString label; ///< translated label
    QString help;  ///< translated one-sentence help
    QVariant defaultValue;
    QVariant minimum;    ///< Int/Double only
    QVariant maximum;    ///< Int/Double only
    QStringList choices; ///< Choice only; values are the strings themselves
};

using ParamValues = QVariantMap;

QString toString(ParamSpec::Type type);

/// Validates `given` against `schema` and fills in defaults. Throws Error(BadInput) naming the parameter
/// for an unknown name, a wrong type or a value out of range. Values are converted to the spec's type.
ParamValues resolveParams(const std::vector<ParamSpec>& schema, const ParamValues& given);

/// Parses CLI-style assignments ("sigma=2.5", "use_color=true") against `schema`, then resolves them.
/// Throws Error(BadInput) on a malformed assignment, unknown name or bad value.
ParamValues parseParamAssignments(const std::vector<ParamSpec>& schema, const QStringList& assignments);

/// One class score.
struct Prediction {
    int index = -1;
    QString label;
    double score = 0.0; ///< probability in [0,1] when the model's output is a softmax
};

/// A named intermediate tensor the explainer may show (any shape; data is CV_32F, dims as in shape).
struct Tensor {
    QString name;
    QString description;
    std::vector<int> shape;
    cv::Mat data;
};

/// Everything a run returns.
struct ModelResult {
    QString modelId;
    cv::Size inputSize;                  ///< size of the input image in pixels (0x0 for text)
    std::vector<AttentionMap> maps;      ///< final and intermediate maps; at most one has isFinal
    std::vector<Prediction> predictions; ///< sorted by score, highest first; empty for saliency models
    QVariantMap scalars;                 ///< any other scalar outputs
    std::vector<Tensor> intermediates;
    std::vector<TextToken> tokens;       ///< text models: the tokens, matching the token axes of the maps
    double elapsedMs = 0.0;

    /// The map marked isFinal, else the first map, else nullptr.
    const AttentionMap* finalMap() const;
    const AttentionMap* map(const QString& name) const;
};

} // namespace al
