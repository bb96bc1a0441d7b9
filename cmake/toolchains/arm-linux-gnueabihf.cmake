# SPDX-License-Identifier: MIT
# Cross toolchain for armhf / ARMv7 (Debian's g++-arm-linux-gnueabihf) against a Debian armhf sysroot in
# $AL_SYSROOT (scripts/build-sysroot.sh armhf). Tests run through qemu-arm-static (scripts/cross-test.sh armhf).
set(AL_CROSS_TRIPLET arm-linux-gnueabihf)
set(AL_CROSS_PROCESSOR armv7l)
set(AL_CROSS_QEMU qemu-arm-static)
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
