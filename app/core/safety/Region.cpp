// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/Region.h"

#include <QCoreApplication>

namespace harbor::safety {

Region defaultRegion()
{
    return Region {
        QStringLiteral("us-co"),
        QCoreApplication::translate("Region", "Colorado"),
        Hotline {
            QCoreApplication::translate("Region", "Colorado Child Abuse and Neglect Hotline"),
            QStringLiteral("844-264-5437"),
            QCoreApplication::translate("Region", "24/7"),
        },
    };
}

} // namespace harbor::safety
