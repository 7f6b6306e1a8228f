# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack while it packs (CPACK_PROJECT_CONFIG_FILE): the Depends
# field comes from the QML sources as they are now, so a new import is a new
# dependency without re-running CMake. dpkg-shlibdeps adds the libraries.
include("${CPACK_HARBOR_SOURCE_DIR}/packaging/deb/RuntimeDepends.cmake")
harbor_runtime_packages(harbor_packages harbor_problems "${CPACK_HARBOR_SOURCE_DIR}" "${CPACK_HARBOR_QML_DIR}")
if(harbor_problems)
  list(JOIN harbor_problems "\n  " harbor_problems)
  message(FATAL_ERROR "The package would miss what Harbor loads:\n  ${harbor_problems}")
endif()
list(JOIN harbor_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN HARBOR_RECOMMENDED_PACKAGES ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)
