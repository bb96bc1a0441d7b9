// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <memory>
#include <opencv2/core.hpp>

namespace al {

/// What a video source is, read once when it is opened.
struct VideoInfo {
    QString source;     ///< the file path, or "camera:<index>"
    int frameCount = 0; ///< decodable frames (the last one was verified on open); -1 for a live camera
    double fps = 0.0;   ///< frames per second as the container says (25 when it says nothing usable)
    cv::Size size;      ///< frame size in pixels
    QString codec;      ///< FourCC as text, e.g. "MJPG", "FMP4"; empty when unknown
    bool live = false;  ///< a camera: no frame count, no seeking
    double durationSec() const { return fps > 0.0 && frameCount > 0 ? frameCount / fps : 0.0; }
};

/// Video file suffixes offered by the file dialogs (lower case, no dot). Decoding goes through OpenCV's
/// FFmpeg backend, so other containers it understands open as well.
QStringList supportedVideoSuffixes();
/// A file-dialog filter string, e.g. "Videos (*.avi *.mp4 ...)".
QString videoFileFilter();

/// Frame-exact reading of a video file (cv::VideoCapture with the FFmpeg backend) or a live V4L2 camera.
///
/// open() refuses, with Error(BadInput) naming the file and what to do: a missing path, a folder, an empty
/// file, a still image (checked from the file header, since an image sequence backend would "open" it as a
/// one-frame video), a container OpenCV cannot read, a codec it cannot decode (the first frame fails), a
/// file above maxPixels per frame, and a truncated file (the last frame the header announces does not
/// decode). Frames are CV_8UC3 BGR. Indices start at 0.
///
/// Threading: a reader is not thread-safe; give every thread its own reader (several readers may open the
/// same file). No cv::Exception escapes.
class VideoReader {
public:
    VideoReader();
    ~VideoReader();
    VideoReader(VideoReader&& other) noexcept;
    VideoReader& operator=(VideoReader&& other) noexcept;

    static VideoReader open(const QString& path, qint64 maxPixels = 100'000'000);
    /// Opens V4L2 camera `index`; throws Error(BadInput) when there is no such camera.
    static VideoReader openCamera(int index);

    bool isOpen() const;
    const VideoInfo& info() const;
    /// Index of the frame the next read() returns.
    int position() const;
    /// Decodes the next frame into `bgr`; false at the end of the video (or when the camera stops).
    bool read(cv::Mat& bgr);
    /// Moves so that the next read() returns frame `index` (0 <= index < frameCount). Sequential access
    /// does not seek. Throws Error(BadInput) for an index out of range or a live camera.
    void seek(int index);
    /// seek(index) + read(); throws Error(BadInput) when the frame cannot be decoded.
    cv::Mat frameAt(int index);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace al
