// SPDX-License-Identifier: MIT
#include "Output.h"

#include "Cli.h"

#include "attentionlens/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <memory>
#include <opencv2/imgcodecs.hpp>

namespace al::cli {

QStringList imageOutputSuffixes() {
    // The formats writeImageAtomic() documents; keep only those this OpenCV build can encode.
    static const QStringList suffixes = [] {
        QStringList available;
        for (const char* suffix : {"png", "jpg", "jpeg", "bmp", "tif", "tiff", "webp"}) {
            try {
                if (cv::haveImageWriter(std::string(".") + suffix))
                    available << QLatin1String(suffix);
            } catch (const cv::Exception&) {
                // Treated as unavailable.
            }
        }
        return available;
    }();
    return suffixes;
}

void checkOutputPath(const QString& option, const QString& path, bool isImage) {
    if (path.isEmpty())
        throw Error(ErrorCode::BadInput, Cli::tr("--%1 needs a file name.").arg(option));
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw Error(ErrorCode::BadInput,
                    Cli::tr("--%1 '%2': the folder '%3' does not exist.").arg(option, path, folder));
    if (info.isDir())
        throw Error(ErrorCode::BadInput,
                    Cli::tr("--%1 '%2' is a folder; give a file name.").arg(option, path));
    if (!QFileInfo(folder).isWritable() || (info.exists() && !info.isWritable()))
        throw Error(
            ErrorCode::BadInput,
            Cli::tr("--%1 '%2' cannot be written (no permission); choose another path.").arg(option, path));
    if (isImage) {
        const QString suffix = info.suffix().toLower();
        if (!imageOutputSuffixes().contains(suffix))
            throw Error(ErrorCode::BadInput,
                        Cli::tr("--%1 '%2': unsupported image format '.%3'; use one of: %4.")
                            .arg(option, path, suffix, imageOutputSuffixes().join(QStringLiteral(", "))));
    }
}

void checkDistinctOutput(const QString& option, const QString& path, const QString& inputPath,
                         QSet<QString>& seen) {
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath(); // empty when the file does not exist yet
    if (!inputPath.isEmpty() &&
        (absolute == QFileInfo(inputPath).absoluteFilePath() ||
         (!canonical.isEmpty() && canonical == QFileInfo(inputPath).canonicalFilePath())))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("--%1 '%2' would overwrite the input; choose another path.").arg(option, path));
    if (seen.contains(absolute))
        throw Error(ErrorCode::BadInput,
                    Cli::tr("--%1 '%2' is also used by another output option.").arg(option, path));
    seen.insert(absolute);
}

QByteArray encodeImage(const cv::Mat& image, const QString& path) {
    const std::string ext = "." + QFileInfo(path).suffix().toLower().toStdString();
    std::vector<uchar> buffer;
    bool ok = false;
    try {
        ok = cv::imencode(ext, image, buffer);
    } catch (const cv::Exception& e) {
        throw Error(ErrorCode::Internal,
                    Cli::tr("Could not encode '%1': %2").arg(path, QString::fromStdString(e.what())));
    }
    if (!ok)
        throw Error(ErrorCode::Internal, Cli::tr("Could not encode '%1'.").arg(path));
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size()));
}

void OutputBatch::add(const QString& path, QByteArray data) {
    m_files.emplace_back(path, std::move(data));
}

QStringList OutputBatch::commit() {
    std::vector<std::unique_ptr<QSaveFile>> staged;
    for (const auto& [path, data] : m_files) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly) || file->write(data) != data.size())
            throw Error(ErrorCode::Internal,
                        Cli::tr("Could not write '%1': %2").arg(path, file->errorString()));
        staged.push_back(std::move(file)); // destroyed without commit() = temporary file removed
    }
    QStringList written;
    for (auto& file : staged) {
        if (!file->commit()) {
            for (const QString& done : std::as_const(written))
                QFile::remove(done);
            throw Error(ErrorCode::Internal,
                        Cli::tr("Could not write '%1': %2").arg(file->fileName(), file->errorString()));
        }
        written << file->fileName();
    }
    m_files.clear();
    return written;
}

} // namespace al::cli
