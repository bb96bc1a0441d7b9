# SPDX-License-Identifier: MIT
# Installs the desktop integration files and data, and configures CPack to build .deb packages:
#   attentionlens        the app, the CLI, the core library, the plugins (in <libdir>/attentionlens/plugins),
#                        samples, model packages, .desktop, AppStream metainfo, icon;
#   attentionlens-kiosk  the kiosk's systemd unit and an example /etc/attentionlens/kiosk.ini (docs/kiosk.md).
# Build them with: cmake -DCMAKE_INSTALL_PREFIX=/usr ... && cmake --build B && (cd B && cpack -G DEB)
# Native builds compute Depends with dpkg-shlibdeps. Cross builds (toolchain files in cmake/toolchains) compute
# them at cpack time from the ELF NEEDED entries and the sysroot's soname -> package map (packaging/CrossDepends.cmake).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.attentionlens.AttentionLens.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/org.attentionlens.AttentionLens.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/attentionlens.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME org.attentionlens.AttentionLens.svg)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/samples/
    DESTINATION ${AL_DATA_INSTALL_DIR}/samples
    FILES_MATCHING PATTERN "*.png" PATTERN "*.jpg" PATTERN "README.md")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/models/
    DESTINATION ${AL_DATA_INSTALL_DIR}/models
    PATTERN "fixtures" EXCLUDE)

# The kiosk component: absolute destinations, because a unit and a conffile live outside the prefix.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kiosk/attentionlens-kiosk.service
    DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kiosk/kiosk.ini
    DESTINATION /etc/attentionlens COMPONENT kiosk)

set(CPACK_PACKAGE_NAME "attentionlens")
set(CPACK_PACKAGE_VENDOR "AttentionLens")
set(CPACK_PACKAGE_CONTACT "AttentionLens developers <dev@attentionlens.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL Unspecified kiosk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://attentionlens.invalid")
set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_NAME "attentionlens")
set(CPACK_DEBIAN_UNSPECIFIED_DESCRIPTION "${PROJECT_DESCRIPTION}")
# Qt's platform plugins for linuxfb/eglfs/vnc (qt6-qpa-plugins) are what a kiosk without a desktop needs.
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME "attentionlens-kiosk")
set(CPACK_DEBIAN_KIOSK_PACKAGE_ARCHITECTURE "all")
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "attentionlens (= ${PROJECT_VERSION}), qt6-qpa-plugins, systemd")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "AttentionLens touch-screen exhibit: systemd unit and example configuration")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA "")
# Run-time plugins no NEEDED entry shows: the SVG icon engine and image format (libqt6svg6; the app's icons are
# SVG and Qt6::Svg itself is dropped by --as-needed), and the Chinese font.
set(CPACK_AL_EXTRA_DEPENDS "libqt6svg6, fonts-wqy-microhei")
if(CMAKE_CROSSCOMPILING)
    # dpkg-shlibdeps only knows the host's dpkg database; CrossDepends.cmake maps NEEDED sonames through the
    # sysroot's map (written by scripts/build-sysroot.sh) at cpack time.
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
        set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
    elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^arm")
        set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE armhf)
    endif()
    set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_SHLIBDEPS OFF)
    set(CPACK_AL_SHLIBS_MAP "${CMAKE_SYSROOT}/.attentionlens-shlibs")
    set(CPACK_AL_BINARIES_LIST "${PROJECT_BINARY_DIR}/cpack-binaries.txt")
    set(AL_CPACK_BINARY_TARGETS attentionlens_app attentionlens_cli attentionlens_core)
    if(NOT AL_STATIC_PLUGINS)
        list(APPEND AL_CPACK_BINARY_TARGETS saliency onnx)
    endif()
    set(_al_files "")
    foreach(t IN LISTS AL_CPACK_BINARY_TARGETS)
        if(TARGET ${t})
            string(APPEND _al_files "$<TARGET_FILE:${t}>\n")
        endif()
    endforeach()
    file(GENERATE OUTPUT ${CPACK_AL_BINARIES_LIST} CONTENT "${_al_files}")
    set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/packaging/CrossDepends.cmake)
else()
    set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_UNSPECIFIED_PACKAGE_DEPENDS "${CPACK_AL_EXTRA_DEPENDS}")
endif()
include(CPack)
