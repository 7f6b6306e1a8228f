// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"
#include "journal/JournalError.h"
#include "journal/RevisionChain.h"
#include "vault/Database.h"

#include <optional>

namespace harbor::safety {
class Clock;
}

namespace harbor::journal {

// One link of an entry's history, with the content it had then (none once
// erased, or for a tombstone).
struct Revision
{
    qint64 sequence = 0;
    ChainLink::Kind kind = ChainLink::Kind::Revision;
    qint64 createdAtMs = 0;
    std::optional<Entry> content;
    QByteArray hash;
};

// Writes the journal. Nothing is overwritten: every save, deletion and
// erasure appends one link to the journal-wide revision chain, in the same
// transaction as the change itself, so a save is reported only after
// COMMIT and a failure leaves everything as it was.
class JournalStore
{
public:
    JournalStore(vault::Database &db, const safety::Clock &clock);

    // Adds the entry (id 0) or a new revision of it; fills in id and times.
    // Saving unchanged content adds nothing. Attachments are kept as stored:
    // they are added with addAttachment().
    [[nodiscard]] JournalError save(Entry &entry);
    // Adds many new entries (each id 0) in one transaction, as save() would
    // one by one: all are checked first, and on any failure none is saved.
    // For imports; fills in ids and times.
    [[nodiscard]] JournalError saveAll(QList<Entry> &entries);
    // Stores the file inside the database and adds a revision listing it.
    // The same file twice is stored once.
    [[nodiscard]] JournalError addAttachment(
        qint64 entryId, const QString &fileName, const QByteArray &bytes, AttachmentRef *added = nullptr);
    // A tombstone: hidden from the list, its history kept; restore() undoes it.
    [[nodiscard]] JournalError remove(qint64 entryId);
    [[nodiscard]] JournalError restore(qint64 entryId);
    // Removes the content of every revision and attachment of the entry for
    // good; the chain keeps their hashes and records the erasure.
    [[nodiscard]] JournalError erase(qint64 entryId);

    [[nodiscard]] std::optional<Entry> entry(qint64 entryId, JournalError *error = nullptr) const;
    [[nodiscard]] QList<Revision> revisions(qint64 entryId, JournalError *error = nullptr) const;
    // The stored bytes of an attachment of this entry (empty when erased or unknown).
    [[nodiscard]] QByteArray attachmentData(qint64 entryId, const QByteArray &sha256) const;
    // The newest link's hash (the chain's head), or the genesis hash.
    [[nodiscard]] QByteArray headHash() const;

private:
    struct Current;
    [[nodiscard]] std::optional<Current> current(qint64 entryId, JournalError *error) const;
    [[nodiscard]] JournalError setState(qint64 entryId, EntryState state, ChainLink::Kind kind);

    vault::Database &m_db;
    const safety::Clock &m_clock;
};

} // namespace harbor::journal
