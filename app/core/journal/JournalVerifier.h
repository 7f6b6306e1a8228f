// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalError.h"
#include "vault/Database.h"

namespace harbor::journal {

struct VerifyResult
{
    enum class Problem {
        None,
        ChainBroken, // a link does not follow the one before (edited, removed, reordered)
        RevisionAltered, // a revision's content no longer matches its hash
        EntryAltered, // an entry's current content is not its newest revision
        AttachmentAltered, // an attachment's bytes no longer match their SHA-256
    };

    Problem problem = Problem::None;
    qint64 linksChecked = 0;
    qint64 brokenSequence = 0; // the first link that breaks, when known
    qint64 brokenEntryId = 0; // the first entry that breaks
    JournalError error; // the check itself could not run

    [[nodiscard]] bool intact() const { return problem == Problem::None && error.ok(); }
};

// Recomputes the whole journal's revision chain and checks that every
// entry, revision and attachment still matches what the chain recorded.
// Streams the rows: memory stays small for any journal size.
class JournalVerifier
{
public:
    [[nodiscard]] static VerifyResult verify(vault::Database &db);
};

} // namespace harbor::journal
