# SPDX-License-Identifier: MIT
# Learned models: inference per image (targets: CBAM <= 1 ms, ViT + rollout <= 3 ms, one thread) and rollout alone.
add_executable(bench_onnx bench_onnx.cpp)
target_link_libraries(bench_onnx PRIVATE onnx_internal benchmark::benchmark opencv_core opencv_imgproc opencv_imgcodecs)
target_compile_definitions(bench_onnx PRIVATE AL_MODELS_DIR="${PROJECT_SOURCE_DIR}/resources/models")
