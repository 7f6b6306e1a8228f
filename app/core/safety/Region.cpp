// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/Region.h"

#include <QCoreApplication>

namespace harbor::safety {

Region defaultRegion()
{
    return Region {
        QString(),
        QCoreApplication::translate("Region", "United States"),
        Hotline {
            QCoreApplication::translate("Region", "Childhelp: counselling, and your state's reporting line"),
            QStringLiteral("1-800-422-4453"),
            QCoreApplication::translate("Region", "24/7"),
            false,
        },
    };
}

} // namespace harbor::safety
