# SPDX-License-Identifier: MIT
# The Video workspace (mode page) of the desktop app.
target_sources(attentionlens_gui PRIVATE
    video/VideoPage.h
    video/VideoPage.cpp
    video/VideoPageJobs.cpp
    video/VideoPlayer.h
    video/VideoPlayer.cpp
    video/VideoTimeline.h
    video/VideoTimeline.cpp
)
