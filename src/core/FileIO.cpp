// SPDX-License-Identifier: MIT
#include "attentionlens/FileIO.h"

#include "attentionlens/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <opencv2/imgcodecs.hpp>
#include <vector>

namespace al {

namespace {

void checkTarget(const QString& path) {
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir()) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "al::FileIO", "Cannot write '%1': it is a folder or empty. Choose a file name.")
                        .arg(path));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::FileIO", "Cannot write '%1': the folder '%2' does not exist.")
                .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!folder.isWritable()) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate(
                "al::FileIO", "Cannot write '%1': the folder '%2' is not writable. Choose another folder.")
                .arg(path, QDir::toNativeSeparators(info.absolutePath())));
    }
}

} // namespace

void writeFileAtomic(const QString& path, const QByteArray& data) {
    checkTarget(path);
    // QSaveFile writes a temporary file next to the target and renames it on commit(); if anything fails
    // before that, its destructor removes the temporary and the old file (if any) is untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::FileIO", "Cannot write '%1': %2. Choose another folder.")
                        .arg(path, file.errorString()));
    }
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(
            ErrorCode::Internal,
            QCoreApplication::translate("al::FileIO", "Writing '%1' failed: %2. Check the free disk space.")
                .arg(path, reason));
    }
    if (!file.commit()) {
        throw Error(
            ErrorCode::Internal,
            QCoreApplication::translate("al::FileIO", "Saving '%1' failed: %2. Check the free disk space.")
                .arg(path, file.errorString()));
    }
}

void writeImageAtomic(const QString& path, const cv::Mat& image) {
    static const QStringList encodable{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                       QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff"),
                                       QStringLiteral("webp")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!encodable.contains(suffix)) {
        throw Error(ErrorCode::BadInput,
                    QCoreApplication::translate("al::FileIO",
                                                "Cannot save '%1': unknown image type '%2'. Use one of: %3.")
                        .arg(path, suffix, encodable.join(QStringLiteral(", "))));
    }
    if (image.empty())
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("al::FileIO", "Cannot save '%1': the image is empty.").arg(path));
    // Encode fully in memory first, so a failing encoder never touches the file system.
    std::vector<uchar> encoded;
    bool ok = false;
    QString reason;
    try {
        ok = cv::imencode("." + suffix.toStdString(), image, encoded);
    } catch (const cv::Exception& e) {
        reason = QString::fromStdString(e.err);
    }
    if (!ok || encoded.empty()) {
        throw Error(
            ErrorCode::BadInput,
            QCoreApplication::translate(
                "al::FileIO", "Cannot save '%1': the %2 encoder rejected this image (%3 x %4, type %5). %6")
                .arg(path, suffix.toUpper())
                .arg(image.cols)
                .arg(image.rows)
                .arg(QString::fromStdString(cv::typeToString(image.type())), reason)
                .trimmed());
    }
    writeFileAtomic(path, QByteArray(reinterpret_cast<const char*>(encoded.data()),
                                     static_cast<qsizetype>(encoded.size())));
}

} // namespace al
