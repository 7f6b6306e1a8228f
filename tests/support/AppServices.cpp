// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

namespace harbor::test {

AppServices::AppServices()
{
    settings.setUpdateUrl(QStringLiteral("https://updates.test/harbor/"));
    // A family in Colorado (the seed's region) that chose not to go online:
    // most tests are about something else than the first-start questions
    // (FirstStartControl asks them again).
    library.setRegionId(QStringLiteral("colorado"));
    settings.setUpdatesConsent(shell::AppSettings::UpdatesConsent::Off);
}

AppServices::~AppServices() = default;

} // namespace harbor::test
