# SPDX-License-Identifier: GPL-3.0-or-later
# Spanish is a first-class language. harbor_en.ts holds only English plural
# forms ("%n minute(s)" → "1 minute", "10 minutes"). lupdate scans every C++ and QML source
# (target `update_translations`); the .qm files are built into harbor_core's
# resources under :/i18n, so the app and the tests load the same ones.
file(GLOB_RECURSE harbor_translatable CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
  ${PROJECT_SOURCE_DIR}/qml/*.cpp ${PROJECT_SOURCE_DIR}/qml/*.h ${PROJECT_SOURCE_DIR}/qml/*.qml)
qt_add_translations(harbor_core
  TS_FILES ${PROJECT_SOURCE_DIR}/assets/translations/harbor_es.ts
           ${PROJECT_SOURCE_DIR}/assets/translations/harbor_en.ts
  SOURCES ${harbor_translatable}
  RESOURCE_PREFIX /i18n
  LUPDATE_OPTIONS -no-obsolete -locations none
)
