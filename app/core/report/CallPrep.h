// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Child.h"
#include "journal/Entry.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace harbor::report {

// The card a parent reads from while on the phone with the hotline: what
// intake asks (the child and their age, where, what was seen and when, who
// may be involved), drawn from the entries chosen for a report, and the
// words of the "hotline call" entry written afterwards.
struct CallPrep
{
    Q_DECLARE_TR_FUNCTIONS(harbor::report::CallPrep)

public:
    struct Seen
    {
        QString when; // the entry's time, short, in the card's locale
        QString what; // its text (or the child's words), at most 300 characters
    };

    QStringList children; // "Ana, about 11 years old", in the journal's order
    QStringList places; // each place once, trimmed
    QStringList involved; // accounts ("xx_friend on Discord"), people present, witnesses
    QList<Seen> seen; // one per entry, in the entries' order
    qint64 childId = 0; // the first entry's child (0: none), for the call entry

    // `entries` in the report's order; `children` every child of the
    // journal; `currentYear` for the ages.
    [[nodiscard]] static CallPrep build(const QList<journal::Entry> &entries, const QList<journal::Child> &children,
        const QLocale &locale, int currentYear);

    // "when: what", one line per entry.
    [[nodiscard]] QStringList seenLines() const;
    // The text of the draft entry that records the call.
    [[nodiscard]] QString callEntryText(const QLocale &locale) const;
};

} // namespace harbor::report
