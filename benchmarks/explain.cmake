# SPDX-License-Identifier: MIT
# The explainer. Self-attention step-through: temperature slider redraw (target <= 16 ms); non-local means.
# Faithfulness on the digit models (targets: RISE 2000 masks <= 2 s, occlusion <= 0.5 s).
add_executable(bench_faithfulness bench_faithfulness.cpp)
target_link_libraries(bench_faithfulness PRIVATE onnx_internal benchmark::benchmark opencv_core opencv_imgproc)
target_compile_definitions(bench_faithfulness PRIVATE AL_MODELS_DIR="${PROJECT_SOURCE_DIR}/resources/models")
add_executable(bench_selfattention bench_selfattention.cpp)
target_link_libraries(bench_selfattention PRIVATE AttentionLens::Core benchmark::benchmark opencv_core opencv_imgproc)
target_compile_definitions(bench_selfattention PRIVATE AL_MODELS_DIR="${PROJECT_SOURCE_DIR}/resources/models")
