# SPDX-License-Identifier: MIT
# Cross toolchain for arm64 (Debian's g++-aarch64-linux-gnu) against a Debian arm64 sysroot in $AL_SYSROOT
# (scripts/build-sysroot.sh arm64). Tests run through qemu-aarch64-static (scripts/cross-test.sh arm64).
set(AL_CROSS_TRIPLET aarch64-linux-gnu)
set(AL_CROSS_PROCESSOR aarch64)
set(AL_CROSS_QEMU qemu-aarch64-static)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
