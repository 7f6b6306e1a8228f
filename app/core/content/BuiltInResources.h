// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

namespace harbor::content {

// What no pack can take away: 911, in every region.
class BuiltInResources
{
public:
    static inline const QString kEmergencyId = QStringLiteral("emergency-911");
    [[nodiscard]] static const Resource &emergency();
};

} // namespace harbor::content
