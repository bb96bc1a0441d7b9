# SPDX-License-Identifier: MIT
# Cross toolchain for armhf / ARMv7 (Debian's g++-arm-linux-gnueabihf) against a Debian armhf sysroot in
# $AL_SYSROOT (scripts/build-sysroot.sh armhf). Tests run through qemu-arm-static (scripts/cross-test.sh armhf).
set(AL_CROSS_TRIPLET arm-linux-gnueabihf)
set(AL_CROSS_PROCESSOR armv7l)
set(AL_CROSS_QEMU qemu-arm-static)
# The compiler's defaults are Debian's armhf baseline (ARMv7-A, Thumb-2, VFPv3-D16, hard float, no NEON), the
# same as the sysroot's libraries; no -mfpu=neon, so the binaries run on every board Debian armhf runs on.
# -Wno-psabi: GCC notes on every std::pair<double, ...> in a std::vector that its parameter passing changed in
# GCC 7.1; everything here is built by one GCC, so the notes only bury real warnings.
set(CMAKE_CXX_FLAGS_INIT "-Wno-psabi")
include(${CMAKE_CURRENT_LIST_DIR}/debian-cross.cmake)
