# SPDX-License-Identifier: MIT
# Shared part of the Debian cross toolchains (aarch64-linux-gnu.cmake, arm-linux-gnueabihf.cmake).
# Expects AL_CROSS_TRIPLET, AL_CROSS_PROCESSOR and AL_CROSS_QEMU, and a sysroot made by scripts/build-sysroot.sh
# in $AL_SYSROOT (kept in the cache so try_compile and re-runs see the same folder).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${AL_CROSS_PROCESSOR})
if(NOT AL_SYSROOT)
    if(NOT DEFINED ENV{AL_SYSROOT})
        message(FATAL_ERROR "Set AL_SYSROOT to a sysroot folder made by scripts/build-sysroot.sh")
    endif()
    set(AL_SYSROOT "$ENV{AL_SYSROOT}" CACHE PATH "Cross sysroot (scripts/build-sysroot.sh)")
endif()
# try_compile projects get a fresh cache: hand the sysroot on to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES AL_SYSROOT)
set(CMAKE_SYSROOT "${AL_SYSROOT}")
set(CMAKE_C_COMPILER ${AL_CROSS_TRIPLET}-gcc)
set(CMAKE_CXX_COMPILER ${AL_CROSS_TRIPLET}-g++)
set(CMAKE_LIBRARY_ARCHITECTURE ${AL_CROSS_TRIPLET})
# GNUInstallDirs picks Debian's multiarch libdir (lib/<triplet>) for the /usr prefix only when not cross
# compiling; a cross-built .deb must lay out its files like the native one, so make the same choice here
# (also when a build folder moves from the default prefix to /usr, as GNUInstallDirs itself would).
if(CMAKE_INSTALL_PREFIX MATCHES "^/usr/?$")
    if(NOT DEFINED CACHE{CMAKE_INSTALL_LIBDIR})
        set(CMAKE_INSTALL_LIBDIR "lib/${AL_CROSS_TRIPLET}" CACHE PATH "Object code libraries (lib/<triplet>)")
    elseif(CMAKE_INSTALL_LIBDIR STREQUAL "lib" AND DEFINED _GNUInstallDirs_LAST_CMAKE_INSTALL_PREFIX
           AND NOT _GNUInstallDirs_LAST_CMAKE_INSTALL_PREFIX MATCHES "^/usr/?$")
        set_property(CACHE CMAKE_INSTALL_LIBDIR PROPERTY VALUE "lib/${AL_CROSS_TRIPLET}")
    endif()
endif()

# Libraries, headers and packages come from the sysroot only; programs (moc, uic, rcc, lrelease) from the host.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Without QT_HOST_PATH Qt would pick the target's moc from the sysroot and run it silently under binfmt.
set(QT_HOST_PATH /usr)
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake)
# Qt 6.4 does not route LinguistTools through QT_HOST_PATH: the sysroot's config would run the target's
# lrelease ("Exec format error"). The host's config has no target dependencies, so point at it directly.
set(Qt6LinguistTools_DIR ${QT_HOST_PATH_CMAKE_DIR}/Qt6LinguistTools)
set(ENV{PKG_CONFIG_LIBDIR} "${CMAKE_SYSROOT}/usr/lib/${AL_CROSS_TRIPLET}/pkgconfig:${CMAKE_SYSROOT}/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "${CMAKE_SYSROOT}")

# Tests run under qemu user emulation; the target's Qt plugins and fontconfig files come from the sysroot.
set(CMAKE_CROSSCOMPILING_EMULATOR
    /usr/bin/env
    "QT_PLUGIN_PATH=${CMAKE_SYSROOT}/usr/lib/${AL_CROSS_TRIPLET}/qt6/plugins"
    "FONTCONFIG_SYSROOT=${CMAKE_SYSROOT}"
    ${AL_CROSS_QEMU} -L "${CMAKE_SYSROOT}")
