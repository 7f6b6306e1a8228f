// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

namespace harbor::test {

AppServices::AppServices()
{
    translations.apply(QStringLiteral("en"));
    emergency::CallController::provide(&calls);
    ui::Preferences::provide(&preferences);
    vaultui::VaultController::provide(&vaultController);
    vaultui::BackupController::provide(&backupController);
    journalui::JournalController::provide(&journalController);
    journalui::ReportController::provide(&reportController);
    guidesui::GuidesController::provide(&guidesController);
    settingsui::UpdatesController::provide(&updatesController);
    settings.setUpdateUrl(QStringLiteral("https://updates.test/harbor/"));
    journalController.setCategorySource([this] { return library.categories(); });
    reportController.setSources([this] { return library.categories(); }, [this] { return translations.current(); });
    calls.setRegionProvider(&library);
    QObject::connect(
        &library, &content::ContentLibrary::regionChanged, &calls, &emergency::CallController::refreshRegion);
}

AppServices::~AppServices()
{
    // The library goes before the translations, whose removal still tells
    // the call controller that the language changed.
    calls.setRegionProvider(nullptr);
}

} // namespace harbor::test
