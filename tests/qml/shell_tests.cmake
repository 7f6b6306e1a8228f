# SPDX-License-Identifier: GPL-3.0-or-later
# The shell's controllers without QML, and the control kit in a real scene.
harbor_add_test(tst_preferences SOURCES tst_preferences.cpp LIBRARIES HarborUi LABELS unit shell)
harbor_add_test(tst_regionchooser SOURCES tst_regionchooser.cpp LIBRARIES HarborEmergency harbor_platform_fake
                LABELS unit shell)
add_test(NAME tst_qml_kit COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_kit.qml)
set_tests_properties(tst_qml_kit PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
add_test(NAME tst_qml_contrast COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_contrast.qml)
set_tests_properties(tst_qml_contrast PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
add_test(NAME tst_qml_shortcuts COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_shortcuts.qml)
set_tests_properties(tst_qml_shortcuts PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
# The same window mirrored by Qt's -reverse; a skip means it was not mirrored.
add_test(NAME tst_qml_shortcuts_rtl COMMAND tst_qml -reverse -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_shortcuts.qml
         Shortcuts::test_rightToLeft)
set_tests_properties(tst_qml_shortcuts_rtl PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}"
                     FAIL_REGULAR_EXPRESSION "SKIP")
add_test(NAME tst_qml_datetimefield COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_datetimefield.qml)
set_tests_properties(tst_qml_datetimefield PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
# The real window at 320 px and 200 % text, in English and Spanish: nothing cut or off screen.
add_test(NAME tst_qml_narrow COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_narrow.qml)
set_tests_properties(tst_qml_narrow PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
# The main stories in the real window with key events only.
add_test(NAME tst_qml_keyboardstory COMMAND tst_qml -input ${CMAKE_CURRENT_SOURCE_DIR}/tst_keyboardstory.qml)
set_tests_properties(tst_qml_keyboardstory PROPERTIES LABELS "qml;shell" ENVIRONMENT "${HARBOR_TEST_ENVIRONMENT}")
