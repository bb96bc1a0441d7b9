# SPDX-License-Identifier: MIT
# Fingerprints: generate one print (target <= 2 s, one thread); analysis and matching (fp-pipe).
add_executable(bench_fingerprint_generate bench_fingerprint_generate.cpp)
target_link_libraries(bench_fingerprint_generate PRIVATE AttentionLens::Core benchmark::benchmark opencv_core)
add_executable(bench_fingerprint_analysis bench_fingerprint_analysis.cpp)
target_link_libraries(bench_fingerprint_analysis PRIVATE AttentionLens::Core benchmark::benchmark opencv_core)
