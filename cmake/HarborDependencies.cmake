# SPDX-License-Identifier: GPL-3.0-or-later
# Every external dependency, each with an error that names its Debian package.
# packaging/install-deps.sh installs all of them.

find_package(Qt6 6.4 COMPONENTS Core Gui Qml Quick QuickControls2 Test QuickTest LinguistTools)
foreach(component Core Gui Qml Quick QuickControls2 Test QuickTest LinguistTools)
  if(NOT Qt6${component}_FOUND)
    message(FATAL_ERROR "Qt6 ${component} not found: install qt6-base-dev qt6-declarative-dev "
                        "qt6-tools-dev (run packaging/install-deps.sh)")
  endif()
endforeach()

# Desktop Linux hears session lock and sleep on D-Bus (platform/linux only).
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  find_package(Qt6 6.4 COMPONENTS DBus)
  if(NOT Qt6DBus_FOUND)
    message(FATAL_ERROR "Qt6 DBus not found: install qt6-base-dev (run packaging/install-deps.sh)")
  endif()
endif()

find_package(Qt6 6.4 COMPONENTS Pdf)
if(NOT Qt6Pdf_FOUND)
  message(FATAL_ERROR "Qt6 Pdf not found: install qt6-pdf-dev (run packaging/install-deps.sh)")
endif()

find_package(PkgConfig)
if(NOT PKG_CONFIG_FOUND)
  message(FATAL_ERROR "pkg-config not found: install the Debian package pkg-config")
endif()

function(harbor_require_pkg target module debian_package)
  pkg_check_modules(${target} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR "${module} not found: install the Debian package ${debian_package} "
                        "(run packaging/install-deps.sh)")
  endif()
endfunction()

harbor_require_pkg(SQLCIPHER "sqlcipher>=3.4" libsqlcipher-dev)
harbor_require_pkg(SODIUM "libsodium>=1.0.18" libsodium-dev)
harbor_require_pkg(CURL "libcurl>=7.88" libcurl4-openssl-dev)
harbor_require_pkg(QRENCODE "libqrencode>=4.0" libqrencode-dev)

# libzxcvbn ships no .pc file.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h)
find_library(ZXCVBN_LIBRARY zxcvbn)
if(NOT ZXCVBN_INCLUDE_DIR OR NOT ZXCVBN_LIBRARY)
  message(FATAL_ERROR "libzxcvbn not found: install the Debian package libzxcvbn-dev "
                      "(run packaging/install-deps.sh)")
endif()
add_library(Harbor::zxcvbn UNKNOWN IMPORTED GLOBAL)
set_target_properties(Harbor::zxcvbn PROPERTIES IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
                      INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")
