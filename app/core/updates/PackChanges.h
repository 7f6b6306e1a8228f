// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace harbor::updates {

// What an update changed, document by document, for "What changed".
struct PackChange
{
    enum class Status {
        Added,
        Changed,
        Removed,
    };
    enum class Kind {
        Guide,
        Signs,
        Flow,
        AgeTips,
        Recovery,
        Resources,
    };
    Kind kind = Kind::Guide;
    QString id;
    Status status = Status::Changed;

    [[nodiscard]] QString toString() const; // "guide:instagram:changed"
    [[nodiscard]] static std::optional<PackChange> fromString(const QString &text);
    friend bool operator==(const PackChange &, const PackChange &) = default;
};

class PackChanges
{
public:
    [[nodiscard]] static QList<PackChange> between(const content::Pack &before, const content::Pack &after);
    // The document's title in `language`, from whichever pack still has it.
    [[nodiscard]] static QString title(const content::Pack &pack, const PackChange &change, const QString &language);
};

} // namespace harbor::updates
