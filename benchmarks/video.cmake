# SPDX-License-Identifier: MIT
# Video end to end: vtest.avi with the spectral-residual overlay written to mp4 (target >= 100 frames/s) and
# the peak RSS on a generated 3000-frame 1080p file (target <= 300 MB).
if(TARGET al_saliency_models)
    add_executable(bench_video bench_video.cpp)
    target_link_libraries(bench_video PRIVATE al_saliency_models AttentionLens::Core benchmark::benchmark
        Qt6::Core opencv_core opencv_imgproc opencv_videoio)
endif()
