// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CallPrep.h"

#include <QDateTime>

namespace harbor::report {

namespace {
// Enough to read out on the phone; the report holds the rest.
constexpr qsizetype kSeenChars = 300;

void addOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value)) {
        list << value;
    }
}
} // namespace

CallPrep CallPrep::build(
    const QList<journal::Entry> &entries, const QList<journal::Child> &children, const QLocale &locale, int currentYear)
{
    CallPrep card;
    QList<qint64> childIds;
    for (const journal::Entry &entry : entries) {
        if (entry.childId != 0 && !childIds.contains(entry.childId)) {
            childIds << entry.childId;
        }
        addOnce(card.places, entry.place.trimmed());
        for (const QString &who : { entry.account, entry.present, entry.witnesses }) {
            const QString person = who.trimmed();
            // The account is named with its platform: intake asks where.
            const bool isAccount = person == entry.account.trimmed();
            addOnce(card.involved,
                entry.platform.isEmpty() || !isAccount || person.isEmpty()
                    ? person
                    : tr("%1 on %2").arg(person, entry.platform));
        }
        card.seen.append(Seen {
            locale.toString(QDateTime::fromMSecsSinceEpoch(entry.occurredAtMs).toLocalTime(), QLocale::ShortFormat),
            (entry.text.isEmpty() ? entry.childWords : entry.text).left(kSeenChars),
        });
    }
    for (const journal::Child &child : children) {
        if (!childIds.contains(child.id)) {
            continue;
        }
        card.children << (child.birthYear > 0
                ? tr("%1, about %2 years old").arg(child.nickname).arg(currentYear - child.birthYear)
                : child.nickname);
    }
    card.childId = childIds.isEmpty() ? 0 : childIds.constFirst();
    return card;
}

QStringList CallPrep::seenLines() const
{
    QStringList lines;
    for (const Seen &item : seen) {
        //: On the call-prep card: %1 when (a date and time), %2 what was seen.
        lines << tr("%1: %2").arg(item.when, item.what);
    }
    return lines;
}

QString CallPrep::callEntryText(const QLocale &locale) const
{
    QStringList when;
    for (const Seen &item : seen) {
        when << item.when;
    }
    return tr("Called the hotline about what I wrote down on %1.").arg(locale.createSeparatedList(when));
}

} // namespace harbor::report
