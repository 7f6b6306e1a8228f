# SPDX-License-Identifier: GPL-3.0-or-later
# harbor_add_test(NAME SOURCES ... LIBRARIES ... LABELS kind area [ARGS ...])
# Every test runs offscreen with a pinned locale and time zone.
set(HARBOR_TEST_ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC;QT_QUICK_BACKEND=software")

function(harbor_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS;ARGS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test harbor_test_support ${ARG_LIBRARIES})
  add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
endfunction()
