// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupController.h"
#include "CallController.h"
#include "ClockControl.h"
#include "FakeDialer.h"
#include "FirstStartControl.h"
#include "GuidesController.h"
#include "JournalController.h"
#include "MemoryUpdateSite.h"
#include "Preferences.h"
#include "ReportController.h"
#include "UpdatesController.h"
#include "VaultController.h"
#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "fake/FakePlatform.h"
#include "safety/Clock.h"
#include "safety/EmergencyDialer.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"
#include "updates/UpdateService.h"
#include "vault/Vault.h"

#include <QTemporaryDir>

namespace harbor::test {

// The services main.cpp builds, with a fake platform and a throwaway data
// directory, provided to QML as the same singletons the app uses.
struct AppServices
{
    AppServices();
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    QTemporaryDir dataDir;
    FakePlatform platform;
    FakeDialer fakeDialer { platform };
    safety::EmergencyDialer dialer { platform };
    shell::AppSettings settings { dataDir.path() };
    emergency::CallController calls { dialer, settings };
    shell::Translations translations;
    ui::Preferences preferences { settings, translations };
    // The vault at SECURITY.md's floor cost (no calibration) on a clock tests move.
    safety::ManualClock clock;
    vault::Vault vault { dataDir.path(), clock, [] { return vault::KdfParams::floor(); } };
    vaultui::VaultController vaultController { vault, settings, clock, false };
    vaultui::BackupController backupController { vault, settings, clock };
    journalui::JournalController journalController { vault, clock };
    journalui::ReportController reportController { vault, clock };
    // The built-in content pack, its region setting the emergency bar's hotline.
    content::ContentLibrary library { content::PackLoader::embedded(), settings,
        [this] { return translations.current(); } };
    guidesui::GuidesController guidesController { library, vault, clock };
    // Content updates from an in-memory server, signed with a throwaway key.
    MemoryUpdateSite updateSite { clock };
    updates::UpdateService updates { updates::UpdateService::Config { dataDir.filePath(QStringLiteral("content")),
                                         { updateSite.publicKey() }, QStringLiteral("0.1.0"),
                                         [this] { return updateSite.transport(); } },
        settings, library, clock };
    settingsui::UpdatesController updatesController { updates, settings, library,
        [this] { return translations.current(); } };
    FirstStartControl firstStart { settings, library, updatesController };
    ClockControl clockControl { clock };
};

} // namespace harbor::test
