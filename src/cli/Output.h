// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <opencv2/core.hpp>
#include <utility>
#include <vector>

namespace al::cli {

/// Image suffixes the CLI can write (lower case, no dot), as far as this OpenCV build has encoders.
QStringList imageOutputSuffixes();

/// Checks, before any work is done, that `path` can be written: its folder exists and is writable, it is
/// not a folder, and (for images) its suffix is one of imageOutputSuffixes(). Throws Error(BadInput)
/// naming the option and the path.
void checkOutputPath(const QString& option, const QString& path, bool isImage);

/// Refuses an output that would overwrite the input file (empty `inputPath`: none) or an earlier output of
/// the same command: compared by absolute path and, for existing files, by canonical path. Remembers `path`
/// in `seen`. Throws Error(BadInput) naming the option and the path.
void checkDistinctOutput(const QString& option, const QString& path, const QString& inputPath,
                         QSet<QString>& seen);

/// Encodes an image in memory by the path's suffix. Throws Error(Internal) when the encoder fails.
QByteArray encodeImage(const cv::Mat& image, const QString& path);

/// All files of one invocation, written together or not at all.
///
/// commit() first writes every file to a temporary file next to its target (QSaveFile) and only then
/// renames them into place, so a failure while writing (disk full, permissions) leaves no target touched.
/// If a rename fails half-way, the files already renamed are deleted, so no run leaves partial output.
class OutputBatch {
public:
    void add(const QString& path, QByteArray data);
    bool isEmpty() const { return m_files.empty(); }
    /// Writes everything; returns the written paths. Throws Error(Internal) naming the failed path.
    QStringList commit();

private:
    std::vector<std::pair<QString, QByteArray>> m_files;
};

} // namespace al::cli
