// SPDX-License-Identifier: MIT
#include "Cli.h"

#include <QCoreApplication>
#include <opencv2/core/utils/logger.hpp>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same user plugin folder.
    QCoreApplication::setOrganizationName(QStringLiteral("AttentionLens"));
    QCoreApplication::setApplicationName(QStringLiteral("AttentionLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AL_VERSION));
    // stderr is a contract (one error line); OpenCV's own warnings would break it unless asked for.
    if (qEnvironmentVariableIsEmpty("OPENCV_LOG_LEVEL"))
        cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    return al::cli::dispatch(QCoreApplication::arguments());
}
