// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

#include "RegionListModel.h"

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
    calls.setPlatform(&platform);
    QObject::connect(
        &library, &content::ContentLibrary::regionChanged, &calls, &emergency::CallController::refreshRegion);
    emergency::RegionListModel::useLibrary(&library);
    // A family in Colorado (the seed's region) that chose not to go online:
    // most tests are about something else than the first-start questions
    // (FirstStartControl asks them again).
    library.setRegionId(QStringLiteral("colorado"));
    settings.setUpdatesConsent(shell::AppSettings::UpdatesConsent::Off);
}

AppServices::~AppServices()
{
    // The library goes before the translations, whose removal still tells
    // the call controller that the language changed.
    calls.setRegionProvider(nullptr);
    emergency::RegionListModel::useLibrary(nullptr);
}

} // namespace harbor::test
