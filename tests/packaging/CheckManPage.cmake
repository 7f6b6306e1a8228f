# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPAGE=harbor.1.gz -P CheckManPage.cmake: formats the page as man(1)
# does, with every groff warning on; any warning fails.
cmake_policy(VERSION 3.25)
if(NOT EXISTS "${PAGE}")
  message(FATAL_ERROR "${PAGE} is missing: build the target harbor-package-data")
endif()
execute_process(COMMAND gzip -dc "${PAGE}" COMMAND groff -man -Tutf8 -ww -z
                RESULT_VARIABLE result ERROR_VARIABLE warnings)
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
  message(FATAL_ERROR "groff on ${PAGE} (exit ${result}):\n${warnings}")
endif()
execute_process(COMMAND gzip -dc "${PAGE}" OUTPUT_VARIABLE page)
foreach(section NAME SYNOPSIS DESCRIPTION OPTIONS "QT OPTIONS")
  if(NOT page MATCHES "\n\\.SH ${section}\n")
    message(FATAL_ERROR "${PAGE}: no ${section} section")
  endif()
endforeach()
