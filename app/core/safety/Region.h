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
    // False when this is not where reports are filed (no state chosen, or its
    // line unconfirmed): then `name` says honestly what it is.
    bool reportingLine = true;
};

struct Region
{
    QString id;
    QString name;
    Hotline hotline;
};

// What the emergency bar dials when no content pack says more (a pack
// without regions): Childhelp's national line, labelled honestly as
// counselling and the way to the user's state line, never as a reporting
// line, and never a state's line for a family that may live elsewhere.
// Names are translated at call time.
[[nodiscard]] Region defaultRegion();

} // namespace harbor::safety
