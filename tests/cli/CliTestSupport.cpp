// SPDX-License-Identifier: MIT
#include "CliTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QtGlobal>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace al::test {

QString cliPath() {
    return QStringLiteral(AL_BIN_DIR "/attentionlens-cli");
}

CliRun runCli(const QStringList& args, int timeoutMs) {
    QProcess process;
    process.start(cliPath(), args);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonDocument parseJson(const QByteArray& bytes) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON parse error: %s", qPrintable(error.errorString()));
    return document;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList runArgs(const QString& model, const QString& input) {
    return {QStringLiteral("run"), QStringLiteral("--model"), model, QStringLiteral("--input"), input};
}

bool BlobImage::write(const QString& path) const {
    // A smooth, dark background with a slightly brighter band (some structure) and one bright disk.
    cv::Mat image(size, CV_8UC3, cv::Scalar(40, 45, 50));
    cv::rectangle(image, cv::Rect(0, size.height - 40, size.width, 40), cv::Scalar(55, 55, 60), cv::FILLED);
    cv::circle(image, centre, radius, cv::Scalar(255, 255, 255), cv::FILLED, cv::LINE_AA);
    return cv::imwrite(path.toStdString(), image);
}

} // namespace al::test
