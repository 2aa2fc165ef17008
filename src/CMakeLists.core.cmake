# The runtime core (object model, types, VM, modules, live reloading) and the
# `klass` command. Included from the top-level CMakeLists.txt.

# The Python-written library (lib/) is compiled into the binary.
file(GLOB_RECURSE KLASS_LIB_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lib/*.py)
set(KLASS_EMBEDDED ${PROJECT_BINARY_DIR}/embedded_lib.cpp)
add_custom_command(OUTPUT ${KLASS_EMBEDDED}
  COMMAND ${CMAKE_COMMAND} -DLIB_DIR=${PROJECT_SOURCE_DIR}/lib -DOUT=${KLASS_EMBEDDED}
          -P ${PROJECT_SOURCE_DIR}/cmake/embed_lib.cmake
  DEPENDS ${KLASS_LIB_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_lib.cmake
  COMMENT "Embedding lib/")

klass_layer(klass_core
  src/gc/*.cpp src/object/*.cpp src/types/*.cpp src/vm/*.cpp src/modules/*.cpp src/live/*.cpp)
target_sources(klass_core PRIVATE ${KLASS_EMBEDDED})
target_link_libraries(klass_core PUBLIC klass_compile klass_parse klass_text PkgConfig::PCRE2 ${GMP_LIBRARY})

file(GLOB KLASS_CLI_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/cli/*.cpp)
add_executable(klass ${KLASS_CLI_SOURCES})
target_link_libraries(klass PRIVATE klass_core PkgConfig::LIBEDIT)
target_include_directories(klass PRIVATE ${PROJECT_SOURCE_DIR})
set_target_properties(klass PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})

klass_unit_tests(core klass_core)
include(${PROJECT_SOURCE_DIR}/tests/py/tests.cmake)

# The README's demo must print exactly what CPython prints.
add_test(NAME demo/tour COMMAND bash ${PROJECT_SOURCE_DIR}/tests/run_py_test.sh $<TARGET_FILE:klass>
         ${PROJECT_SOURCE_DIR}/examples/tour.py)

# CPython's own doctest suites for the language core and the class machinery:
# fails when a module drops below its figure in tests/doctest/thresholds.txt.
add_test(NAME doctest/yardstick COMMAND bash ${PROJECT_SOURCE_DIR}/tools/doctests/run_all.sh $<TARGET_FILE:klass>)
