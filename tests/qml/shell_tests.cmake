# SPDX-License-Identifier: GPL-3.0-or-later
# The shell's controllers without QML, and the control kit in a real scene.
harbor_add_test(tst_preferences SOURCES tst_preferences.cpp LIBRARIES HarborUi LABELS unit shell)
harbor_add_test(tst_regionchooser SOURCES tst_regionchooser.cpp LIBRARIES HarborEmergency harbor_platform_fake
                LABELS unit shell)
add_test(NAME tst_qml_kit COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_kit.qml)
set_tests_properties(tst_qml_kit PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
