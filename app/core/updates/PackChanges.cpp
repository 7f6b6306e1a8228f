// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/PackChanges.h"

#include <QCoreApplication>

namespace harbor::updates {

namespace {

const QStringList kKindNames { QStringLiteral("guide"), QStringLiteral("signs"), QStringLiteral("flow"),
    QStringLiteral("ages"), QStringLiteral("recovery"), QStringLiteral("resources") };
const QStringList kStatusNames { QStringLiteral("added"), QStringLiteral("changed"), QStringLiteral("removed") };

template<typename Document>
void compare(
    const QList<Document> &before, const QList<Document> &after, PackChange::Kind kind, QList<PackChange> *changes)
{
    for (const Document &now : after) {
        const auto old
            = std::find_if(before.cbegin(), before.cend(), [&now](const Document &d) { return d.id == now.id; });
        if (old == before.cend()) {
            changes->append(PackChange { kind, now.id, PackChange::Status::Added });
        } else if (!(*old == now)) {
            changes->append(PackChange { kind, now.id, PackChange::Status::Changed });
        }
    }
    for (const Document &old : before) {
        if (std::none_of(after.cbegin(), after.cend(), [&old](const Document &d) { return d.id == old.id; })) {
            changes->append(PackChange { kind, old.id, PackChange::Status::Removed });
        }
    }
}

template<typename Document>
const Document *find(const QList<Document> &documents, const QString &id)
{
    const auto it = std::find_if(documents.cbegin(), documents.cend(), [&id](const Document &d) { return d.id == id; });
    return it == documents.cend() ? nullptr : &*it;
}

} // namespace

QString PackChange::toString() const
{
    return QStringList { kKindNames.at(static_cast<int>(kind)), id, kStatusNames.at(static_cast<int>(status)) }.join(
        QLatin1Char(':'));
}

std::optional<PackChange> PackChange::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3 || !kKindNames.contains(parts.at(0)) || !kStatusNames.contains(parts.at(2))
        || parts.at(1).isEmpty()) {
        return std::nullopt;
    }
    return PackChange { static_cast<Kind>(kKindNames.indexOf(parts.at(0))), parts.at(1),
        static_cast<Status>(kStatusNames.indexOf(parts.at(2))) };
}

QList<PackChange> PackChanges::between(const content::Pack &before, const content::Pack &after)
{
    QList<PackChange> changes;
    compare(before.guides, after.guides, PackChange::Kind::Guide, &changes);
    compare(before.signs, after.signs, PackChange::Kind::Signs, &changes);
    compare(before.flows, after.flows, PackChange::Kind::Flow, &changes);
    compare(before.ageTips, after.ageTips, PackChange::Kind::AgeTips, &changes);
    compare(before.recovery, after.recovery, PackChange::Kind::Recovery, &changes);
    compare(before.regions, after.regions, PackChange::Kind::Resources, &changes);
    return changes;
}

QString PackChanges::title(const content::Pack &pack, const PackChange &change, const QString &language)
{
    switch (change.kind) {
    case PackChange::Kind::Guide:
        if (const auto *guide = find(pack.guides, change.id)) {
            return guide->name;
        }
        break;
    case PackChange::Kind::Signs:
        if (const auto *list = find(pack.signs, change.id)) {
            return list->title.in(language);
        }
        break;
    case PackChange::Kind::Flow:
        if (const auto *flow = find(pack.flows, change.id)) {
            return flow->title.in(language);
        }
        break;
    case PackChange::Kind::AgeTips:
        return QCoreApplication::translate("harbor::updates::PackChanges", "Tips by age");
    case PackChange::Kind::Recovery:
        if (const auto *recovery = find(pack.recovery, change.id)) {
            return recovery->title.in(language);
        }
        break;
    case PackChange::Kind::Resources:
        if (const auto *region = find(pack.regions, change.id)) {
            return QCoreApplication::translate("harbor::updates::PackChanges", "Resources: %1")
                .arg(region->name.in(language));
        }
        break;
    }
    return change.id;
}

} // namespace harbor::updates
