# Registers the Python conformance corpus with ctest.
#
# Include this file after the `klass` executable target is defined:
#     include(${PROJECT_SOURCE_DIR}/tests/py/tests.cmake)
#
# Every tests/py/<area>/<name>.py becomes the test `py/<area>/<name>`, run by
# tests/run_py_test.sh against <name>.expected. Files deeper than that
# (tests/py/<area>/<folder>/...) are helper modules and packages that tests
# import; they are never tests themselves. Scripts listed in tests/py/xfail.txt
# (paths relative to tests/py, one a line, `#` starts a comment) run with
# --xfail: they pass while their output differs and fail once it matches.

if(NOT TARGET klass)
  message(FATAL_ERROR "tests/py/tests.cmake needs the `klass` executable target to be defined first")
endif()

set(KLASS_PY_CORPUS ${CMAKE_CURRENT_LIST_DIR})
get_filename_component(KLASS_PY_RUNNER ${CMAKE_CURRENT_LIST_DIR}/../run_py_test.sh ABSOLUTE)

# Expected failures: strip comments and blanks.
set(KLASS_PY_XFAIL "")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${KLASS_PY_CORPUS}/xfail.txt)
if(EXISTS ${KLASS_PY_CORPUS}/xfail.txt)
  file(STRINGS ${KLASS_PY_CORPUS}/xfail.txt xfail_lines)
  foreach(line IN LISTS xfail_lines)
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line)
      if(NOT EXISTS ${KLASS_PY_CORPUS}/${line})
        message(WARNING "tests/py/xfail.txt lists ${line}, which does not exist")
      endif()
      list(APPEND KLASS_PY_XFAIL ${line})
    endif()
  endforeach()
endif()

file(GLOB KLASS_PY_SCRIPTS CONFIGURE_DEPENDS RELATIVE ${KLASS_PY_CORPUS} ${KLASS_PY_CORPUS}/*/*.py)
list(SORT KLASS_PY_SCRIPTS)
foreach(script IN LISTS KLASS_PY_SCRIPTS)
  string(REGEX REPLACE "\\.py$" "" test_name ${script})
  set(xfail_flag "")
  if(script IN_LIST KLASS_PY_XFAIL)
    set(xfail_flag --xfail)
  endif()
  add_test(NAME py/${test_name}
           COMMAND bash ${KLASS_PY_RUNNER} $<TARGET_FILE:klass> ${KLASS_PY_CORPUS}/${script} ${xfail_flag})
  set_tests_properties(py/${test_name} PROPERTIES LABELS py TIMEOUT 90)
endforeach()
