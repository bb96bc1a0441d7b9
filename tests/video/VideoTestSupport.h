// SPDX-License-Identifier: MIT
#pragma once
// Tiny generated test videos whose frames encode their own index, so that a test can tell exactly which
// frame a reader returned.

#include <QString>
#include <opencv2/core.hpp>

namespace al::test {

struct IndexedVideo {
    int frames = 20;
    cv::Size size{64, 48};
    double fps = 10.0;
    /// Writes the video; the suffix picks the codec: .avi = MJPG, .mp4 = mp4v. Returns false on failure.
    bool write(const QString& path) const;
};

/// The frame: the index as 6 black/white blocks along the top (bit 0 left), a grey background and a bright
/// 8x8 square whose x position moves 2 px per frame (something for motion models to find).
cv::Mat indexedFrame(int index, cv::Size size);
/// Reads the index back from the blocks (robust to JPEG/MPEG-4 artefacts); -1 for a frame without blocks.
int decodeFrameIndex(const cv::Mat& bgr);
/// Top-left corner of the moving square in frame `index`.
cv::Point squareCorner(int index, cv::Size size);

/// Copies `from` to `to` keeping only the first `fraction` of its bytes (a truncated download).
bool truncateCopy(const QString& from, const QString& to, double fraction);
/// Copies `from` to `to` replacing every occurrence of `oldTag` by `newTag` (4 bytes each): a container with
/// a codec FourCC no decoder knows.
bool retagCopy(const QString& from, const QString& to, const QByteArray& oldTag, const QByteArray& newTag);

} // namespace al::test
