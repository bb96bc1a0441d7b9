# SPDX-License-Identifier: MIT
# The overlay hot path: renderOverlay at 1080p must stay <= 3 ms on one core.
add_executable(bench_overlay bench_overlay.cpp)
target_link_libraries(bench_overlay PRIVATE AttentionLens::Core benchmark::benchmark opencv_core opencv_imgproc)
