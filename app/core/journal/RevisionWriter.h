// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"
#include "journal/JournalError.h"
#include "journal/RevisionChain.h"
#include "vault/Database.h"

#include <optional>

namespace harbor::journal {

// The writes every change of the journal makes, for one transaction: the
// entry's row, its link in the revision chain and its search text. Each
// statement is prepared once and reused, and the chain's head is read once
// and then followed in memory, so an import of many entries costs what its
// rows cost. Lives only inside the transaction that BEGIN IMMEDIATE opened
// (no other writer can move the head meanwhile); discard it on any error.
class RevisionWriter
{
public:
    explicit RevisionWriter(vault::Database &db);

    // Appends one link after the head; `content` is stored with it, or NULL.
    [[nodiscard]] JournalError appendLink(
        qint64 entryId, ChainLink::Kind kind, qint64 nowMs, const QByteArray &contentHash, const QByteArray *content);
    // The entry's row (inserted when id is 0, which fills in the id), its
    // revision link and its search text; sets updatedAtMs.
    [[nodiscard]] JournalError writeRevision(Entry &entry, qint64 nowMs);
    // Replaces the entry's search text (none: only removes it).
    [[nodiscard]] JournalError index(qint64 entryId, const QString *text);

private:
    vault::Database::Statement &statement(std::optional<vault::Database::Statement> &slot, const char *sql);
    [[nodiscard]] JournalError writeEntryRow(const Entry &entry, const QByteArray &content, qint64 nowMs);
    [[nodiscard]] JournalError addText(qint64 entryId, const QString &text);

    vault::Database &m_db;
    std::optional<vault::Database::Statement> m_insertEntry;
    std::optional<vault::Database::Statement> m_updateEntry;
    std::optional<vault::Database::Statement> m_insertLink;
    std::optional<vault::Database::Statement> m_dropText;
    std::optional<vault::Database::Statement> m_addText;
    bool m_headKnown = false;
    qint64 m_headSequence = 0; // 0 while the journal has no link
    QByteArray m_headHash;
};

} // namespace harbor::journal
