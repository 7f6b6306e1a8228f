# SPDX-License-Identifier: GPL-3.0-or-later
# Guides and content updates: the QML adapters (GuidesController, GuideProgress) driven from C++ without QML.

# The adapters without QML, over their own fixtures (GuidesFixture.h). Their
# sources are compiled in rather than linked through HarborGuides, so these
# tests need neither the views nor the Journal module the views import.
set(harbor_guides_adapters GuidesController GuideProgress GuideSearch GuideTexts)
set(harbor_guides_adapter_sources ${PROJECT_SOURCE_DIR}/qml/Guides/GuideValues.h)
foreach(adapter ${harbor_guides_adapters})
  list(APPEND harbor_guides_adapter_sources ${PROJECT_SOURCE_DIR}/qml/Guides/${adapter}.cpp
       ${PROJECT_SOURCE_DIR}/qml/Guides/${adapter}.h)
endforeach()
foreach(name guidescontroller guideprogress)
  harbor_add_test(tst_${name} SOURCES tst_${name}.cpp GuidesFixture.h ${harbor_guides_adapter_sources}
                  LIBRARIES HarborUi harbor_core LABELS unit content)
  target_include_directories(tst_${name} PRIVATE ${PROJECT_SOURCE_DIR}/qml/Guides)
endforeach()
