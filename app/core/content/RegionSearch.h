// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/RegionProvider.h"

#include <QList>
#include <QString>

namespace harbor::content {

// "Where do you live?": finds regions by name or postal code as people type
// them: any case, with or without accents ("Mexico" finds "Nuevo México"),
// a word's start or a two-letter code ("co", "CO" find Colorado first).
class RegionSearch
{
public:
    // The choices that match `query`, in their given order, except that an
    // exact postal code comes first. An empty query matches everything.
    [[nodiscard]] static QList<safety::RegionChoice> filter(
        const QList<safety::RegionChoice> &choices, const QString &query);
    // Lower case, without accents or extra spaces: what comparisons use.
    [[nodiscard]] static QString fold(const QString &text);
};

} // namespace harbor::content
