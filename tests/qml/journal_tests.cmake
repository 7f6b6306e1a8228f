# SPDX-License-Identifier: GPL-3.0-or-later
# The journal's controllers without QML, and a content update reaching the
# journal's category picker. Included by tests/qml/CMakeLists.txt.
harbor_add_test(tst_journalcontrollers SOURCES tst_journalcontrollers.cpp LIBRARIES HarborJournal LABELS unit journal)
harbor_add_test(tst_journalcategories SOURCES tst_journalcategories.cpp
                LIBRARIES harbor_services harbor_platform_fake LABELS unit journal)
