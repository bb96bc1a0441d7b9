# SPDX-License-Identifier: MIT
# Fingerprints: generate one print (target <= 2 s, one thread); analysis and matching (fp-pipe).
add_executable(bench_fingerprint_generate bench_fingerprint_generate.cpp)
target_link_libraries(bench_fingerprint_generate PRIVATE AttentionLens::Core benchmark::benchmark opencv_core)
add_executable(bench_fingerprint_analysis bench_fingerprint_analysis.cpp)
target_link_libraries(bench_fingerprint_analysis PRIVATE AttentionLens::Core benchmark::benchmark opencv_core)
# The attention classifier on one 400x400 print, end to end (fp-class).
add_executable(bench_fingerprint_classifier bench_fingerprint_classifier.cpp)
target_link_libraries(bench_fingerprint_classifier PRIVATE onnx_internal benchmark::benchmark opencv_core)
target_compile_definitions(bench_fingerprint_classifier PRIVATE AL_MODELS_DIR="${PROJECT_SOURCE_DIR}/resources/models")
