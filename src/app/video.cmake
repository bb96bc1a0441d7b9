# SPDX-License-Identifier: MIT
# The Video workspace (mode page) of the desktop app.
target_sources(attentionlens_gui PRIVATE
    video/VideoPage.cpp
)
