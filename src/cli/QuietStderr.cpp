// SPDX-License-Identifier: MIT
#include "QuietStderr.h"

#include <QtGlobal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace al::cli {

QuietStderr::QuietStderr() {
    if (!qEnvironmentVariableIsEmpty("OPENCV_LOG_LEVEL"))
        return;
    std::fflush(stderr);
    const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devNull < 0)
        return;
    m_saved = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0);
    if (m_saved >= 0 && ::dup2(devNull, STDERR_FILENO) < 0) {
        ::close(m_saved);
        m_saved = -1;
    }
    ::close(devNull);
}

QuietStderr::~QuietStderr() {
    if (m_saved < 0)
        return;
    std::fflush(stderr);
    ::dup2(m_saved, STDERR_FILENO);
    ::close(m_saved);
}

} // namespace al::cli
