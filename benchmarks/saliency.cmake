# SPDX-License-Identifier: MIT
if(TARGET al_saliency_models)
    add_executable(bench_saliency bench_saliency.cpp)
    target_link_libraries(bench_saliency PRIVATE al_saliency_models benchmark::benchmark opencv_core opencv_imgproc)
endif()
