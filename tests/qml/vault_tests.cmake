# SPDX-License-Identifier: GPL-3.0-or-later
# The vault, backup and report area: its controllers' Qt Tests (no QML),
# included by tests/qml/CMakeLists.txt.

# The vault, backup and report controllers, driven without QML.
foreach(name vaultcontroller backupcontroller)
  harbor_add_test(tst_${name} SOURCES tst_${name}.cpp VaultFixture.h LIBRARIES HarborVault LABELS unit vault)
endforeach()
harbor_add_test(tst_reportcontroller SOURCES tst_reportcontroller.cpp VaultFixture.h LIBRARIES HarborJournal
                LABELS unit report)
# The PDF's pictures are decoded by harbor-decoder, copied beside the tests.
add_dependencies(tst_reportcontroller harbor_test_decoder)
