# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR= -DHARBOR= -DQML_DIR= -DPLUGIN_DIR= -DWORK_DIR= -P CheckRuntimeDepends.cmake
#
# Fails when the .deb would miss something Harbor loads:
# 1. every QML import in the sources resolves to a Debian package here
#    (packaging/deb/RuntimeDepends.cmake, which also fills the Depends);
# 2. every QML module and Qt plug-in a real `harbor --self-test` opens (the
#    loader's own trace, LD_DEBUG=files) belongs to a package the .deb
#    depends on: one of those derived in 1, or the package of a library
#    harbor links (dpkg-shlibdeps names those).
cmake_policy(VERSION 3.25)
include("${SOURCE_DIR}/packaging/deb/RuntimeDepends.cmake")

harbor_runtime_packages(declared problems "${SOURCE_DIR}" "${QML_DIR}")
if(problems)
  list(JOIN problems "\n  " problems)
  message(FATAL_ERROR "Imports without a package:\n  ${problems}")
endif()
message(STATUS "Depends (besides linked libraries): ${declared}")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/data")
set(ENV{LD_DEBUG} files)
set(ENV{LD_DEBUG_OUTPUT} "${WORK_DIR}/ld")
execute_process(COMMAND "${HARBOR}" --self-test --data-dir "${WORK_DIR}/data"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
unset(ENV{LD_DEBUG})
unset(ENV{LD_DEBUG_OUTPUT})
if(NOT result EQUAL 0)
  message(FATAL_ERROR "harbor --self-test failed (${result}):\n${output}")
endif()

set(loaded "")
set(loaded_as_named "")
file(GLOB traces "${WORK_DIR}/ld.*")
foreach(trace IN LISTS traces)
  file(STRINGS "${trace}" lines REGEX "calling init: ")
  foreach(line IN LISTS lines)
    if(line MATCHES "calling init: (/.+)$")
      list(APPEND loaded_as_named "${CMAKE_MATCH_1}")
      file(REAL_PATH "${CMAKE_MATCH_1}" path)
      list(APPEND loaded "${path}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES loaded)
list(REMOVE_DUPLICATES loaded_as_named)

# The packages of the libraries harbor links (its NEEDED entries).
execute_process(COMMAND readelf -d "${HARBOR}" OUTPUT_VARIABLE dynamic COMMAND_ERROR_IS_FATAL ANY)
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
set(linked_files "")
foreach(entry IN LISTS needed)
  string(REGEX REPLACE "Shared library: \\[([^]]+)\\]" "\\1" soname "${entry}")
  foreach(path IN LISTS loaded_as_named)
    get_filename_component(name "${path}" NAME)
    if(name STREQUAL soname)
      file(REAL_PATH "${path}" path)
      list(APPEND linked_files "${path}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES linked_files)
harbor_owning_packages(linked unowned_linked ${linked_files})

set(plugins "")
foreach(path IN LISTS loaded)
  file(REAL_PATH "${QML_DIR}" qml_dir)
  file(REAL_PATH "${PLUGIN_DIR}" plugin_dir)
  if(path MATCHES "^${qml_dir}/" OR path MATCHES "^${plugin_dir}/")
    list(APPEND plugins "${path}")
  endif()
endforeach()
if(NOT plugins MATCHES "libqtquickcontrols2plugin\\.so")
  message(FATAL_ERROR "The loader's trace shows no Qt Quick Controls plug-in; the check itself is broken.\n${output}")
endif()

set(missing "")
foreach(plugin IN LISTS plugins)
  harbor_owning_packages(owner unowned "${plugin}")
  if(unowned)
    list(APPEND missing "${plugin}: no Debian package owns it")
  elseif(NOT owner IN_LIST declared AND NOT owner IN_LIST linked)
    list(APPEND missing "${owner} (Harbor loads ${plugin})")
  endif()
endforeach()
list(LENGTH plugins count)
if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "The .deb does not depend on:\n  ${missing}\n"
                      "Add each to HARBOR_PLUGIN_PACKAGES in packaging/deb/RuntimeDepends.cmake, with why.")
endif()
message(STATUS "${count} QML modules and plug-ins loaded, each from a package the .deb depends on")
