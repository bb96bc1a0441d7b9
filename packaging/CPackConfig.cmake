# SPDX-License-Identifier: MIT
# Installs the desktop integration files and data, and configures CPack to build a .deb.
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

set(CPACK_PACKAGE_NAME "attentionlens")
set(CPACK_PACKAGE_VENDOR "AttentionLens")
set(CPACK_PACKAGE_CONTACT "AttentionLens developers <dev@attentionlens.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://attentionlens.invalid")
include(CPack)
