// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace harbor::safety {

struct Hotline
{
    QString name;
    // As people read and write it, e.g. "844-264-5437"; validated before dialling.
    QString displayNumber;
    QString hours;
};

struct Region
{
    QString id;
    QString name;
    Hotline hotline;
};

// The region built into the app: Colorado, whose Child Abuse and Neglect
// Hotline takes calls 24/7. Content packs add regions; this one is the
// fallback that is always there. Names are translated at call time.
[[nodiscard]] Region defaultRegion();

} // namespace harbor::safety
