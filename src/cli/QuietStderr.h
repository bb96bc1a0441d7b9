// SPDX-License-Identifier: MIT
#pragma once

namespace al::cli {

/// While alive, file descriptor 2 points to /dev/null. Decoders such as libpng print their own messages
/// ("libpng error: ...") straight to stderr, which would break the CLI's one-error-line contract; the error
/// itself still arrives as an al::Error. Does nothing when $OPENCV_LOG_LEVEL is set (debugging).
class QuietStderr {
public:
    QuietStderr();
    ~QuietStderr();
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int m_saved = -1;
};

} // namespace al::cli
