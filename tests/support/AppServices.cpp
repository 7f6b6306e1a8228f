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
}

} // namespace harbor::test
