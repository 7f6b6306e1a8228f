// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/Region.h"

#include <QList>
#include <QString>

namespace harbor::safety {

// One region the user can choose ("Where do you live?").
struct RegionChoice
{
    QString id;
    QString name; // in the language in effect
    QString postal; // "CO"
};

// The regions the user can choose from and the one chosen, whose hotline the
// emergency bar calls. The content library implements it from its pack.
class RegionProvider
{
public:
    RegionProvider() = default;
    virtual ~RegionProvider() = default;
    RegionProvider(const RegionProvider &) = delete;
    RegionProvider &operator=(const RegionProvider &) = delete;

    // What the emergency bar's second button dials: the chosen region's
    // reporting line, or, with none chosen or none known, an honest fallback.
    [[nodiscard]] virtual Region currentRegion() const = 0;
    // In the order to show them: Colorado (the seed's region) first, then by name.
    [[nodiscard]] virtual QList<RegionChoice> regionChoices() const = 0;
    // The chosen region's id; empty when none is chosen.
    [[nodiscard]] virtual QString currentRegionId() const = 0;
    // False until the user chose a region or said they would rather not.
    [[nodiscard]] virtual bool regionAsked() const = 0;
    // An id from regionChoices(), or an empty id for "I'd rather not say".
    virtual void chooseRegion(const QString &regionId) = 0;
};

} // namespace harbor::safety
