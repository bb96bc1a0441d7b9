// SPDX-License-Identifier: MIT
#pragma once

/// @file
/// A small, dependency-free reader of the parts of an ONNX file (protobuf ModelProto) that explain import
/// problems: opset, graph inputs with their shapes, graph outputs, nodes with op types. Used by
/// `attentionlens-cli doctor`.

#include <QString>
#include <QStringList>
#include <vector>

namespace al {

struct OnnxValueInfo {
    QString name;
    std::vector<qint64> dims;   ///< -1 for a symbolic or unknown dimension
    QStringList symbolicDims;   ///< dim_param names, same order (empty string for fixed dims)
};

struct OnnxNodeInfo {
    QString name;
    QString opType;
    QStringList inputs;
    QStringList outputs;
};

struct OnnxGraphInfo {
    qint64 irVersion = 0;
    qint64 opset = 0;                  ///< of the default ("" or "ai.onnx") domain
    QString producer;
    std::vector<OnnxValueInfo> inputs; ///< real inputs only (initializers listed as inputs are dropped)
    std::vector<OnnxValueInfo> outputs;
    std::vector<OnnxNodeInfo> nodes;
    QStringList initializers;
};

/// Parses `path`. Throws Error(BadInput) naming the file when it is missing, unreadable, larger than 2 GiB or
/// not a protobuf ModelProto with a graph.
OnnxGraphInfo inspectOnnx(const QString& path);

} // namespace al
