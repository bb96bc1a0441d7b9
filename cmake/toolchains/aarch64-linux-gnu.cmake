# SPDX-License-Identifier: MIT
# Cross toolchain for arm64 (Debian's g++-aarch64-linux-gnu) against a Debian arm64 sysroot in $AL_SYSROOT.
# Tests run through qemu-aarch64-static. The sysroot builder is part of the embedded-build work (issue 7).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
if(NOT DEFINED ENV{AL_SYSROOT})
    message(FATAL_ERROR "Set AL_SYSROOT to an arm64 sysroot folder")
endif()
set(CMAKE_SYSROOT "$ENV{AL_SYSROOT}")
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# Search the sysroot only for libraries, headers and packages; host programs (moc, uic) come from the host Qt.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(QT_HOST_PATH /usr)
set(ENV{PKG_CONFIG_LIBDIR} "${CMAKE_SYSROOT}/usr/lib/aarch64-linux-gnu/pkgconfig:${CMAKE_SYSROOT}/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${CMAKE_SYSROOT}")
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static -L "${CMAKE_SYSROOT}")
