// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/Region.h"

#include <QList>
#include <QStringList>

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

    // The same by position in regionChoices().
    [[nodiscard]] QStringList regionNames() const
    {
        QStringList names;
        for (const RegionChoice &choice : regionChoices()) {
            names.append(choice.name);
        }
        return names;
    }
    [[nodiscard]] int currentRegionIndex() const
    {
        const QList<RegionChoice> choices = regionChoices();
        for (qsizetype i = 0; i < choices.size(); ++i) {
            if (choices.at(i).id == currentRegionId()) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }
    void chooseRegion(int index)
    {
        const QList<RegionChoice> choices = regionChoices();
        if (index >= 0 && index < choices.size()) {
            chooseRegion(choices.at(index).id);
        }
    }
};

} // namespace harbor::safety
