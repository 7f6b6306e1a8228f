// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

namespace harbor::test {

AppServices::AppServices()
{
    translations.apply(QStringLiteral("en"));
    emergency::CallController::provide(&calls);
    ui::Preferences::provide(&preferences);
    vaultui::VaultController::provide(&vaultController);
    journalui::JournalController::provide(&journalController);
    guidesui::GuidesController::provide(&guidesController);
    journalController.setCategorySource([this] { return library.categories(); });
    calls.setRegionSource([this] { return library.hotlineRegion(); });
    QObject::connect(
        &library, &content::ContentLibrary::regionChanged, &calls, &emergency::CallController::refreshRegion);
}

} // namespace harbor::test
