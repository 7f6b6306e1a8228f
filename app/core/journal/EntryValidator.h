// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"
#include "journal/JournalError.h"

namespace harbor::journal {

// The rules an entry must meet before it is saved: what each kind needs
// (a draft needs only something written in it), and no dates in the future
// (a minute of grace for clock skew).
class EntryValidator
{
public:
    static constexpr qint64 kFutureGraceMs = qint64 { 60 } * 1000;
    static constexpr qsizetype kMaxFieldChars = 100000;

    [[nodiscard]] static JournalError check(const Entry &entry, qint64 nowMs);
};

} // namespace harbor::journal
