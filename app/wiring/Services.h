// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupController.h"
#include "CallController.h"
#include "GuidesController.h"
#include "JournalController.h"
#include "Preferences.h"
#include "ReportController.h"
#include "UpdatesController.h"
#include "VaultController.h"
#include "content/ContentLibrary.h"
#include "safety/EmergencyDialer.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"
#include "updates/UpdateService.h"
#include "vault/Vault.h"

#include <QString>

namespace harbor {
class Platform;
namespace safety {
class Clock;
}
} // namespace harbor

namespace harbor::app {

// What differs between the app and its tests: where data lives, the
// platform and clock, how costly the vault's key derivation is, and where
// content updates come from.
struct ServicesConfig
{
    QString dataDir;
    Platform &platform;
    const safety::Clock &clock;
    vault::Vault::KdfPolicy kdfPolicy;
    updates::UpdateService::Config updates;
    // Empty: the language saved in Settings.
    QString language;
    bool phone = false;
};

// Every service Harbor's QML sees, built once and wired together in one
// place; main.cpp and the QML tests both use it, so what the tests drive is
// what the app runs. Members are declared in the order they depend on each
// other, and destroyed in reverse.
class Services
{
public:
    explicit Services(const ServicesConfig &config);
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    shell::AppSettings settings;
    shell::Translations translations;

private:
    // The language in effect, applied before anything reads a text.
    QString m_language;

public:
    safety::EmergencyDialer dialer;
    // The content shown (built-in pack, or an installed update) and the
    // chosen region, which sets the emergency bar's hotline.
    content::ContentLibrary library;
    updates::UpdateService updates;
    settingsui::UpdatesController updatesController;
    emergency::CallController calls;
    ui::Preferences preferences;
    vault::Vault vault;
    vaultui::VaultController vaultController;
    vaultui::BackupController backupController;
    journalui::JournalController journalController;
    journalui::ReportController reportController;
    guidesui::GuidesController guidesController;

private:
    void connectServices(Platform &platform);
    // The one list of what QML reaches as singletons.
    void provideSingletons();
};

} // namespace harbor::app
