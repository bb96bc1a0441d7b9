// SPDX-License-Identifier: MIT
#pragma once
// Shared helpers of the CLI end-to-end tests: run attentionlens-cli as a child process, read its outputs.

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>

namespace al::test {

inline const QStringList kSaliencyModels = {QStringLiteral("saliency.spectral-residual"),
                                            QStringLiteral("saliency.fine-grained"),
                                            QStringLiteral("saliency.itti-koch")};
inline const QString kErrorPrefix = QStringLiteral("attentionlens-cli: error: ");

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/// The attentionlens-cli binary of this build tree.
QString cliPath();
/// Runs the CLI to completion (killed after timeoutMs).
CliRun runCli(const QStringList& args, int timeoutMs = 120000);
/// Parses JSON, warning with the parser's message when it is not valid.
QJsonDocument parseJson(const QByteArray& bytes);
QByteArray readAll(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);
QStringList runArgs(const QString& model, const QString& input);

/// The test image: a dark 320x240 scene with one bright disk that every saliency model must find.
struct BlobImage {
    cv::Size size{320, 240};
    cv::Point centre{236, 78};
    int radius = 18;
    bool write(const QString& path) const;
};

} // namespace al::test
