# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages Harbor loads at run time besides the libraries it links
# (dpkg-shlibdeps finds those): the QML modules its QML imports, followed
# through each module's qmldir ("import" and "depends" lines; "optional"
# ones are loaded only when chosen), and the Qt plug-ins it loads by name.
#
# Used at packaging time (CPackProjectConfig.cmake: the .deb's Depends come
# from the sources as they are, without re-running CMake) and by
# tests/packaging, which checks the result against what a running Harbor
# really opens. Script-mode safe: no targets, no project() variables.

cmake_policy(VERSION 3.25) # in script mode too (cpack, cmake -P)

# Loaded by name, so no import or link names them. Each with its reason.
set(HARBOR_PLUGIN_PACKAGES
  libqt6svg6 # the SVG image and icon plug-ins: every icon Harbor shows is an SVG
  xdg-utils  # xdg-open: tel:, sms:, websites and exported files go to the user's programs
)
# Wanted, not needed: Wayland sessions (phones among them) run Harbor
# natively; without it Qt uses XWayland.
set(HARBOR_RECOMMENDED_PACKAGES qt6-wayland)

# harbor_qml_imports(<out> <qml-file>...): module URIs imported, Harbor's own
# (built into the executable) left out. `import "x.js" as X` is a file.
function(harbor_qml_imports out)
  set(uris "")
  foreach(file IN LISTS ARGN)
    file(STRINGS "${file}" lines REGEX "^[ \t]*import[ \t]+[A-Za-z]")
    foreach(line IN LISTS lines)
      if(line MATCHES "^[ \t]*import[ \t]+([A-Za-z][A-Za-z0-9_.]*)")
        set(uri "${CMAKE_MATCH_1}")
        if(NOT uri MATCHES "^Harbor(\\.|$)")
          list(APPEND uris "${uri}")
        endif()
      endif()
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES uris)
  list(SORT uris)
  set(${out} "${uris}" PARENT_SCOPE)
endfunction()

# harbor_qml_closure(<out-qmldirs> <out-unresolved> <qml-dir> <uri>...):
# the qmldir file of every module the URIs load, directly or through other
# modules. <out-unresolved>: URIs asked for directly that have no qmldir here
# (a module found only through another one may be built into a Qt library).
function(harbor_qml_closure out_qmldirs out_unresolved qml_dir)
  set(queue ${ARGN})
  set(direct ${ARGN})
  set(seen "")
  set(qmldirs "")
  set(unresolved "")
  while(queue)
    list(POP_FRONT queue uri)
    if(uri IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${uri}")
    string(REPLACE "." "/" path "${uri}")
    set(qmldir "${qml_dir}/${path}/qmldir")
    if(NOT EXISTS "${qmldir}")
      if(uri IN_LIST direct)
        list(APPEND unresolved "${uri}")
      endif()
      continue()
    endif()
    list(APPEND qmldirs "${qmldir}")
    file(STRINGS "${qmldir}" lines REGEX "^(default[ \t]+)?(import|depends)[ \t]")
    foreach(line IN LISTS lines)
      if(line MATCHES "^(default[ \t]+)?(import|depends)[ \t]+([A-Za-z][A-Za-z0-9_.]*)")
        list(APPEND queue "${CMAKE_MATCH_3}")
      endif()
    endforeach()
  endwhile()
  set(${out_qmldirs} "${qmldirs}" PARENT_SCOPE)
  set(${out_unresolved} "${unresolved}" PARENT_SCOPE)
endfunction()

# harbor_owning_packages(<out> <out-unowned> <file>...): the Debian packages
# the files belong to (dpkg -S), without architecture qualifiers.
function(harbor_owning_packages out out_unowned)
  set(packages "")
  set(owned_files "")
  if(ARGN)
    execute_process(COMMAND dpkg-query -S ${ARGN} OUTPUT_VARIABLE listing ERROR_QUIET)
    string(REPLACE "\n" ";" listing "${listing}")
    foreach(line IN LISTS listing)
      if(line MATCHES "^([^:, ]+)(:[a-z0-9]+)?(, [^:]+)?: (.+)$")
        list(APPEND packages "${CMAKE_MATCH_1}")
        list(APPEND owned_files "${CMAKE_MATCH_4}")
      endif()
    endforeach()
  endif()
  set(unowned "")
  foreach(file IN LISTS ARGN)
    if(NOT file IN_LIST owned_files)
      list(APPEND unowned "${file}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES packages)
  list(SORT packages)
  set(${out} "${packages}" PARENT_SCOPE)
  set(${out_unowned} "${unowned}" PARENT_SCOPE)
endfunction()

# harbor_runtime_packages(<out> <out-problems> <source-dir> <qml-dir>): the
# packages for the Depends field beside dpkg-shlibdeps' libraries. Problems
# (an import nothing here provides) are returned for the caller to report.
function(harbor_runtime_packages out out_problems source_dir qml_dir)
  file(GLOB_RECURSE qml_files "${source_dir}/qml/*.qml")
  harbor_qml_imports(uris ${qml_files})
  harbor_qml_closure(qmldirs unresolved "${qml_dir}" ${uris})
  harbor_owning_packages(packages unowned ${qmldirs})
  set(problems "")
  foreach(uri IN LISTS unresolved)
    list(APPEND problems "QML import ${uri}: no ${qml_dir}/.../qmldir here: install its Debian package "
                         "(add it to packaging/install-deps.sh)")
  endforeach()
  foreach(file IN LISTS unowned)
    list(APPEND problems "${file}: no Debian package owns it, so no dependency can name it")
  endforeach()
  list(APPEND packages ${HARBOR_PLUGIN_PACKAGES})
  list(REMOVE_DUPLICATES packages)
  list(SORT packages)
  set(${out} "${packages}" PARENT_SCOPE)
  set(${out_problems} "${problems}" PARENT_SCOPE)
endfunction()
