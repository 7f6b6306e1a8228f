// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Child.h"
#include "journal/JournalError.h"
#include "vault/Database.h"

namespace harbor::safety {
class Clock;
}

namespace harbor::journal {

// Children's profiles in the vault.
class ChildStore
{
public:
    static constexpr int kOldestAge = 25;
    static constexpr qsizetype kMaxNicknameChars = 80;

    ChildStore(vault::Database &db, const safety::Clock &clock);

    [[nodiscard]] QList<Child> children(JournalError *error = nullptr) const;
    // Inserts (id 0) or updates; fills in the id. Platforms are replaced.
    [[nodiscard]] JournalError save(Child &child);
    // Only a child no entry refers to can be removed (entries are evidence).
    [[nodiscard]] JournalError remove(qint64 id);

private:
    [[nodiscard]] JournalError validate(const Child &child) const;

    vault::Database &m_db;
    const safety::Clock &m_clock;
};

} // namespace harbor::journal
