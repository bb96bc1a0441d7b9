// SPDX-License-Identifier: MIT
#include "attentionlens/VideoReader.h"

#include "attentionlens/Error.h"
#include "attentionlens/ImageLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace al {

namespace {

// A translation context that lupdate understands (a free Tr::tr() function would not be extracted).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(al::VideoReader)
};

QString nativePath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QString fourccText(double value) {
    const auto code = static_cast<unsigned>(static_cast<qint64>(value));
    QString text;
    for (int i = 0; i < 4; ++i) {
        const char c = static_cast<char>((code >> (8 * i)) & 0xFF);
        if (c >= 32 && c < 127)
            text += QLatin1Char(c);
    }
    return text.trimmed();
}

// Checks everything that can be told from the file system and the header, before FFmpeg sees the file.
void checkFile(const QString& path) {
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Video '%1' does not exist. Check the path.").arg(nativePath(path)));
    if (info.isDir())
        throw Error(ErrorCode::BadInput,
                    Tr::tr("'%1' is a folder, not a video file. Choose a file.").arg(nativePath(path)));
    if (!info.isReadable())
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Video '%1' cannot be read (no permission).").arg(nativePath(path)));
    if (info.size() == 0)
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Video '%1' is empty (0 bytes). Choose another file.").arg(nativePath(path)));
    bool isImage = false;
    try {
        readImageHeader(path); // only succeeds for a recognised still-image header
        isImage = true;
    } catch (const Error&) {
        isImage = false;
    }
    if (isImage)
        throw Error(ErrorCode::BadInput,
                    Tr::tr("'%1' is a still image, not a video. Open it in the Image workspace (or with the "
                           "run command) instead.")
                        .arg(nativePath(path)));
}

cv::Mat toBgr(const cv::Mat& frame) {
    if (frame.type() == CV_8UC3)
        return frame;
    cv::Mat bgr;
    if (frame.type() == CV_8UC1)
        cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
    else if (frame.type() == CV_8UC4)
        cv::cvtColor(frame, bgr, cv::COLOR_BGRA2BGR);
    else
        frame.convertTo(bgr, CV_8U); // other depths are not produced by the FFmpeg backend
    return bgr;
}

} // namespace

QStringList supportedVideoSuffixes() {
    return {QStringLiteral("avi"), QStringLiteral("mp4"), QStringLiteral("mkv"), QStringLiteral("webm"),
            QStringLiteral("mov"), QStringLiteral("m4v"), QStringLiteral("mpg"), QStringLiteral("mpeg")};
}

QString videoFileFilter() {
    QStringList patterns;
    for (const QString& suffix : supportedVideoSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    return Tr::tr("Videos (%1)").arg(patterns.join(QLatin1Char(' ')));
}

struct VideoReader::Impl {
    cv::VideoCapture capture;
    VideoInfo info;
    int position = 0;

    bool readRaw(cv::Mat& bgr) {
        cv::Mat frame;
        try {
            if (!capture.read(frame) || frame.empty())
                return false;
        } catch (const cv::Exception&) {
            return false;
        }
        bgr = toBgr(frame);
        ++position;
        return true;
    }

    bool seekRaw(int index) {
        try {
            if (!capture.set(cv::CAP_PROP_POS_FRAMES, index))
                return false;
        } catch (const cv::Exception&) {
            return false;
        }
        position = index;
        return true;
    }

    void openFile(const QString& path, qint64 maxPixels);
    void verifyEnd(const QString& path);
};

void VideoReader::Impl::openFile(const QString& path, qint64 maxPixels) {
    checkFile(path);
    try {
        // FFmpeg only: the image-sequence backend would accept a still image or a printf-style pattern.
        capture.open(path.toStdString(), cv::CAP_FFMPEG);
    } catch (const cv::Exception&) {
        capture.release();
    }
    if (!capture.isOpened())
        throw Error(ErrorCode::BadInput,
                    Tr::tr("'%1' is not a video OpenCV can read: unknown container, unsupported codec or a "
                           "damaged file. Convert it to MP4 (H.264/MPEG-4) or AVI (MJPG).")
                        .arg(nativePath(path)));
    info.source = path;
    info.codec = fourccText(capture.get(cv::CAP_PROP_FOURCC));
    info.fps = capture.get(cv::CAP_PROP_FPS);
    if (!(info.fps > 0.0 && info.fps < 1000.0))
        info.fps = 25.0; // containers without a usable rate: play at a common default
    const double count = capture.get(cv::CAP_PROP_FRAME_COUNT);
    info.frameCount = count > 0 && count < 1e9 ? static_cast<int>(count) : 0;
    cv::Mat first;
    if (!readRaw(first))
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Video '%1' opened but its first frame cannot be decoded: the codec '%2' is not "
                           "supported or the file is damaged. Convert it to MP4 (MPEG-4) or AVI (MJPG).")
                        .arg(nativePath(path), info.codec.isEmpty() ? Tr::tr("unknown") : info.codec));
    info.size = first.size();
    if (qint64(info.size.width) * info.size.height > maxPixels)
        throw Error(ErrorCode::TooLarge,
                    Tr::tr("Video '%1' has %2 x %3 frames, more than the limit of %4 pixels.")
                        .arg(nativePath(path))
                        .arg(info.size.width)
                        .arg(info.size.height)
                        .arg(maxPixels));
    if (info.frameCount <= 0)
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Video '%1' does not say how many frames it has; it may be truncated or a stream "
                           "dump. Remux it into MP4 or AVI.")
                        .arg(nativePath(path)));
    verifyEnd(path);
}

// The frame count comes from the header. A file cut short still announces the full count, so the last
// frames are decoded once; containers that only estimate the count (duration x fps) may be off by a frame
// or two, which is corrected here instead of refused.
void VideoReader::Impl::verifyEnd(const QString& path) {
    constexpr int kSlack = 2;
    const int announced = info.frameCount;
    for (int last = announced - 1; last >= std::max(0, announced - 1 - kSlack); --last) {
        cv::Mat frame;
        if (seekRaw(last) && readRaw(frame)) {
            info.frameCount = last + 1;
            if (!seekRaw(0))
                break;
            return;
        }
    }
    throw Error(ErrorCode::BadInput,
                Tr::tr("Video '%1' is truncated or damaged: its header announces %2 frames but the last ones "
                       "cannot be decoded. Re-export or re-download it.")
                    .arg(nativePath(path))
                    .arg(announced));
}

VideoReader::VideoReader() : d(std::make_unique<Impl>()) {}
VideoReader::~VideoReader() = default;
VideoReader::VideoReader(VideoReader&& other) noexcept = default;
VideoReader& VideoReader::operator=(VideoReader&& other) noexcept = default;

VideoReader VideoReader::open(const QString& path, qint64 maxPixels) {
    VideoReader reader;
    reader.d->openFile(path, maxPixels);
    return reader;
}

VideoReader VideoReader::openCamera(int index) {
    VideoReader reader;
    Impl& impl = *reader.d;
    try {
        if (index >= 0)
            impl.capture.open(index, cv::CAP_V4L2);
    } catch (const cv::Exception&) {
        impl.capture.release();
    }
    cv::Mat first;
    if (!impl.capture.isOpened() || !impl.readRaw(first))
        throw Error(
            ErrorCode::BadInput,
            Tr::tr("Camera %1 is not available (no V4L2 device /dev/video%1, or it is busy).").arg(index));
    impl.info.source = QStringLiteral("camera:%1").arg(index);
    impl.info.live = true;
    impl.info.frameCount = -1;
    impl.info.size = first.size();
    impl.info.fps = impl.capture.get(cv::CAP_PROP_FPS);
    if (!(impl.info.fps > 0.0 && impl.info.fps < 1000.0))
        impl.info.fps = 30.0;
    impl.info.codec = fourccText(impl.capture.get(cv::CAP_PROP_FOURCC));
    impl.position = 0;
    return reader;
}

bool VideoReader::isOpen() const {
    return d && d->capture.isOpened();
}

const VideoInfo& VideoReader::info() const {
    return d->info;
}

int VideoReader::position() const {
    return d->position;
}

bool VideoReader::read(cv::Mat& bgr) {
    if (!isOpen())
        return false;
    if (!d->info.live && d->position >= d->info.frameCount)
        return false;
    return d->readRaw(bgr);
}

void VideoReader::seek(int index) {
    if (!isOpen() || d->info.live)
        throw Error(
            ErrorCode::BadInput,
            Tr::tr("Cannot seek in '%1': it is a live camera or not open.").arg(nativePath(d->info.source)));
    if (index < 0 || index >= d->info.frameCount)
        throw Error(ErrorCode::BadInput, Tr::tr("Frame %1 is outside '%2' (frames 0 to %3).")
                                             .arg(index)
                                             .arg(nativePath(d->info.source))
                                             .arg(d->info.frameCount - 1));
    if (index == d->position)
        return;
    // A short hop forward (playback that dropped a few frames) is cheaper by grabbing than by seeking,
    // which restarts decoding at the previous key frame.
    constexpr int kMaxGrab = 8;
    if (index > d->position && index - d->position <= kMaxGrab) {
        bool grabbed = true;
        while (grabbed && d->position < index) {
            try {
                grabbed = d->capture.grab();
            } catch (const cv::Exception&) {
                grabbed = false;
            }
            if (grabbed)
                ++d->position;
        }
        if (grabbed)
            return;
    }
    if (!d->seekRaw(index))
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Cannot seek to frame %1 in '%2'.").arg(index).arg(nativePath(d->info.source)));
}

cv::Mat VideoReader::frameAt(int index) {
    seek(index);
    cv::Mat frame;
    if (!read(frame))
        throw Error(ErrorCode::BadInput,
                    Tr::tr("Frame %1 of '%2' cannot be decoded; the file may be damaged.")
                        .arg(index)
                        .arg(nativePath(d->info.source)));
    return frame;
}

} // namespace al
