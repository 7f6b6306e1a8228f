// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalError.h"
#include "vault/Database.h"

#include <QByteArray>
#include <QString>

namespace harbor::journal {

// The newest link of the whole journal's chain, as reports and backups
// print it so that a recipient can compare it with the journal later: the
// same hash, count and time mean the same chain up to that link.
struct ChainHead
{
    QByteArray hash; // raw 32 bytes; empty while the journal has no link
    qint64 links = 0; // changes in the chain (what Verify counts)
    qint64 entries = 0; // entries the chain covers, deleted and erased ones included
    qint64 atMs = 0; // UTC: when the newest link was written

    [[nodiscard]] bool isEmpty() const { return links == 0; }
    // The hash in lowercase hex and the time as "2024-03-04T21:15:07Z":
    // the same text in every language and time zone, to compare as is.
    [[nodiscard]] QString hashHex() const;
    [[nodiscard]] QString atUtc() const;
    friend bool operator==(const ChainHead &, const ChainHead &) = default;
};

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
    ChainHead head; // the chain as checked (complete only when intact)
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
    // The chain's newest link, its length and the entries it covers, read
    // without checking anything (cheap: two indexed queries).
    [[nodiscard]] static ChainHead head(vault::Database &db, JournalError *error = nullptr);
};

} // namespace harbor::journal
