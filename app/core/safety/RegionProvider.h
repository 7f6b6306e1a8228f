// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/Region.h"

#include <QStringList>

namespace harbor::safety {

// The regions the user can choose from and the one chosen, whose hotline the
// emergency bar calls. The content library implements it from its pack.
class RegionProvider
{
public:
    RegionProvider() = default;
    virtual ~RegionProvider() = default;
    RegionProvider(const RegionProvider &) = delete;
    RegionProvider &operator=(const RegionProvider &) = delete;

    [[nodiscard]] virtual Region currentRegion() const = 0;
    // Names in the language in effect, in a fixed order.
    [[nodiscard]] virtual QStringList regionNames() const = 0;
    [[nodiscard]] virtual int currentRegionIndex() const = 0;
    virtual void chooseRegion(int index) = 0;
};

} // namespace harbor::safety
