# SPDX-License-Identifier: MIT
# Video: frame-exact reading (cv::VideoCapture, FFmpeg backend), the per-frame analysis pipeline with its
# bounded cache and statistics, and the all-or-nothing overlay video / JSON / CSV export.
target_sources(attentionlens_core PRIVATE
    attentionlens/VideoReader.h
    attentionlens/VideoAnalysis.h
    attentionlens/VideoExport.h
    video/VideoReader.cpp
    video/FrameStats.cpp
    video/FrameCache.cpp
    video/VideoAnalysis.cpp
    video/VideoExport.cpp
)
target_link_libraries(attentionlens_core PRIVATE opencv_videoio)
