// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlextensionplugin.h>

// Harbor's QML modules are static: a test that imports them links them and
// imports their plugins, exactly as main.cpp does.
Q_IMPORT_QML_PLUGIN(HarborShellPlugin)
Q_IMPORT_QML_PLUGIN(HarborUiPlugin)
Q_IMPORT_QML_PLUGIN(HarborEmergencyPlugin)
Q_IMPORT_QML_PLUGIN(HarborGuidesPlugin)
Q_IMPORT_QML_PLUGIN(HarborJournalPlugin)
Q_IMPORT_QML_PLUGIN(HarborResourcesPlugin)
Q_IMPORT_QML_PLUGIN(HarborSettingsPlugin)
Q_IMPORT_QML_PLUGIN(HarborVaultPlugin)
