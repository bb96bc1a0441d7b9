# SPDX-License-Identifier: MIT
# Tests of the model half of the core: types, parameter schemas, JSON, settings and the plugin registry.
al_add_qtest(tst_modeltypes SOURCES tst_modeltypes.cpp LABELS core)
al_add_qtest(tst_resultjson SOURCES tst_resultjson.cpp LABELS core)
al_add_qtest(tst_settings SOURCES tst_settings.cpp LABELS core)
al_add_qtest(tst_paths SOURCES tst_paths.cpp LABELS core)
al_add_qtest(tst_pluginregistry SOURCES tst_pluginregistry.cpp LABELS core)
al_add_qtest(tst_onnxinspect SOURCES tst_onnxinspect.cpp LABELS core)

# Test plugins: one folder per case under a test-only root, so that they never reach the real plugin dir
# and every test can load exactly the plugins it is about.
set(AL_TEST_PLUGIN_ROOT "${PROJECT_BINARY_DIR}/testplugins")
target_compile_definitions(tst_pluginregistry PRIVATE AL_TEST_PLUGIN_ROOT="${AL_TEST_PLUGIN_ROOT}")

function(al_add_model_test_plugin target case)
    cmake_parse_arguments(ARG "" "CLASS" "SOURCES" ${ARGN})
    qt_add_plugin(${target} SHARED CLASS_NAME ${ARG_CLASS})
    target_sources(${target} PRIVATE ${ARG_SOURCES})
    set_target_properties(${target} PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY "${AL_TEST_PLUGIN_ROOT}/${case}"
        PREFIX "lib")
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/testplugins)
    target_link_libraries(${target} PRIVATE AttentionLens::Core)
    add_dependencies(tst_pluginregistry ${target})
endfunction()

set(_tp ${CMAKE_CURRENT_SOURCE_DIR}/testplugins)
al_add_model_test_plugin(tp_good good CLASS TestGoodPlugin SOURCES ${_tp}/good.cpp)
al_add_model_test_plugin(tp_badmajor badmajor CLASS TestBadMajorPlugin SOURCES ${_tp}/badmajor.cpp)
al_add_model_test_plugin(tp_newminor newminor CLASS TestNewMinorPlugin SOURCES ${_tp}/newminor.cpp)
al_add_model_test_plugin(tp_nometa nometa CLASS TestNoMetaPlugin SOURCES ${_tp}/nometa.cpp)
al_add_model_test_plugin(tp_wrongiid wrongiid CLASS TestWrongIidPlugin SOURCES ${_tp}/wrongiid.cpp)
al_add_model_test_plugin(tp_otheriid otheriid CLASS TestOtherVersionIidPlugin SOURCES ${_tp}/otheriid.cpp)
al_add_model_test_plugin(tp_unresolved unresolved CLASS TestUnresolvedPlugin SOURCES ${_tp}/unresolved.cpp)
al_add_model_test_plugin(tp_throwinit throwinit CLASS TestThrowInitPlugin SOURCES ${_tp}/throwinit.cpp)
al_add_model_test_plugin(tp_badrun badrun CLASS TestBadRunPlugin SOURCES ${_tp}/badrun.cpp)
al_add_model_test_plugin(tp_dupmodel dup CLASS TestDupModelPlugin SOURCES ${_tp}/dupmodel.cpp)
al_add_model_test_plugin(tp_dupplugin dup CLASS TestDupPlugin SOURCES ${_tp}/dupplugin.cpp)

# A shared library that is not a Qt plugin.
add_library(tp_notplugin SHARED ${_tp}/notaplugin.cpp)
set_target_properties(tp_notplugin PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${AL_TEST_PLUGIN_ROOT}/notplugin")
add_dependencies(tst_pluginregistry tp_notplugin)

# A static plugin linked into the test, found through QPluginLoader::staticPlugins().
qt_add_plugin(tp_static STATIC CLASS_NAME TestStaticPlugin)
target_sources(tp_static PRIVATE ${_tp}/static.cpp)
target_compile_definitions(tp_static PRIVATE QT_STATICPLUGIN)
target_include_directories(tp_static PRIVATE ${_tp})
target_link_libraries(tp_static PRIVATE AttentionLens::Core)
target_link_libraries(tst_pluginregistry PRIVATE tp_static)
