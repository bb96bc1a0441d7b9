# SPDX-License-Identifier: MIT
# Text views at 2048 tokens (target <= 50 ms per view, one thread): matrix image, top-k links, head view.
add_executable(bench_text_views bench_text_views.cpp)
target_link_libraries(bench_text_views PRIVATE AttentionLens::Core Qt6::Gui benchmark::benchmark opencv_core)
