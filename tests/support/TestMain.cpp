// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

#include <QStandardPaths>

#include <ctime>

namespace harbor::test {

void pinEnvironment()
{
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("TZ", "UTC");
    tzset();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace harbor::test
