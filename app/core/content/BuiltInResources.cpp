// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/BuiltInResources.h"

namespace harbor::content {

const Resource &BuiltInResources::emergency()
{
    static const Resource resource = [] {
        Resource r;
        r.id = kEmergencyId;
        r.name.byLanguage
            = { { QStringLiteral("en"), QStringLiteral("911") }, { QStringLiteral("es"), QStringLiteral("911") } };
        r.purpose.byLanguage = {
            { QStringLiteral("en"), QStringLiteral("A child is in danger right now.") },
            { QStringLiteral("es"), QStringLiteral("Un niño o una niña está en peligro en este momento.") },
        };
        r.phone = { QStringLiteral("911"), QStringLiteral("911") };
        r.hours.byLanguage
            = { { QStringLiteral("en"), QStringLiteral("24/7") }, { QStringLiteral("es"), QStringLiteral("24/7") } };
        return r;
    }();
    return resource;
}

} // namespace harbor::content
