// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClockControl.h"
#include "FakeDialer.h"
#include "FirstStartControl.h"
#include "MemoryUpdateSite.h"
#include "Services.h"
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
    // A clock tests move.
    safety::ManualClock clock;
    // Content updates from an in-memory server, signed with a throwaway key.
    MemoryUpdateSite updateSite { clock };
    // What the app runs (app/wiring), in English, with the vault at
    // SECURITY.md's floor cost (no calibration).
    app::Services services { app::ServicesConfig { dataDir.path(), platform, clock,
        [] { return vault::KdfParams::floor(); },
        updates::UpdateService::Config { dataDir.filePath(QStringLiteral("content")), { updateSite.publicKey() },
            QStringLiteral("0.1.0"), [this] { return updateSite.transport(); } },
        QStringLiteral("en"), false } };
    // Short names for what tests reach most.
    shell::AppSettings &settings = services.settings;
    shell::Translations &translations = services.translations;
    content::ContentLibrary &library = services.library;
    updates::UpdateService &updates = services.updates;
    vault::Vault &vault = services.vault;
    journalui::JournalController &journalController = services.journalController;
    settingsui::UpdatesController &updatesController = services.updatesController;
    FirstStartControl firstStart { settings, library, updatesController };
    ClockControl clockControl { clock };
};

} // namespace harbor::test
