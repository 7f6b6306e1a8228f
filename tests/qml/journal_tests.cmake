# SPDX-License-Identifier: GPL-3.0-or-later
# The journal's controllers without QML, and a content update reaching the
# journal's category picker. Included by tests/qml/CMakeLists.txt.
harbor_add_test(tst_journalcontrollers SOURCES tst_journalcontrollers.cpp LIBRARIES HarborJournal LABELS unit journal)
harbor_add_test(tst_journalcategories SOURCES tst_journalcategories.cpp
                LIBRARIES harbor_services harbor_platform_fake LABELS unit journal)
# Nothing decodes an attachment on the UI thread or in Harbor's own process.
harbor_add_test(tst_attachmentthreads SOURCES tst_attachmentthreads.cpp VaultFixture.h LIBRARIES HarborJournal
                LABELS unit journal)
add_dependencies(tst_attachmentthreads harbor_test_decoder)
# The attachment viewer counts a PDF's pages without waiting (a small PDF beside the test).
add_test(NAME tst_qml_attachmentviewer COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_attachmentviewer.qml)
set_tests_properties(tst_qml_attachmentviewer PROPERTIES LABELS "qml;journal" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
