// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/RevisionWriter.h"

namespace harbor::journal {

using vault::Database;

RevisionWriter::RevisionWriter(Database &db)
    : m_db(db)
{
}

Database::Statement &RevisionWriter::statement(std::optional<Database::Statement> &slot, const char *sql)
{
    if (slot) {
        slot->reset();
    } else {
        slot.emplace(m_db.prepare(sql));
    }
    return *slot;
}

JournalError RevisionWriter::appendLink(
    qint64 entryId, ChainLink::Kind kind, qint64 nowMs, const QByteArray &contentHash, const QByteArray *content)
{
    if (!m_headKnown) {
        Database::Statement head = m_db.prepare("SELECT sequence, hash FROM revisions ORDER BY sequence DESC LIMIT 1");
        if (head.step()) {
            m_headSequence = head.columnInt(0);
            m_headHash = head.columnBlob(1);
        } else if (head.error() != Database::Error::None) {
            return JournalError::fromDatabase(head.error());
        } else {
            m_headSequence = 0;
            m_headHash = RevisionChain::genesis();
        }
        m_headKnown = true;
    }
    const qint64 sequence = m_headSequence + 1;
    const QByteArray hash
        = RevisionChain::linkHash(sequence, QByteArray::number(entryId), kind, nowMs, contentHash, m_headHash);
    Database::Statement &insert = statement(m_insertLink,
        "INSERT INTO revisions (sequence, entry_id, kind, created_at, content, content_hash, previous_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, sequence);
    insert.bind(2, entryId);
    insert.bind(3, static_cast<qint64>(kind));
    insert.bind(4, nowMs);
    if (content) {
        insert.bindBlobUnowned(5, *content);
    } else {
        insert.bindNull(5);
    }
    insert.bindBlobUnowned(6, contentHash);
    insert.bindBlobUnowned(7, m_headHash);
    insert.bindBlobUnowned(8, hash);
    (void)insert.step();
    JournalError error = JournalError::fromDatabase(insert.error());
    insert.reset(); // the unowned bytes go out of scope
    if (error.ok()) {
        m_headSequence = sequence;
        m_headHash = hash;
    }
    return error;
}

JournalError RevisionWriter::writeEntryRow(const Entry &entry, const QByteArray &content, qint64 nowMs)
{
    const bool isNew = entry.id == 0;
    Database::Statement &write = isNew
        ? statement(m_insertEntry,
            "INSERT INTO entries (kind, child_id, occurred_at, platform, category, severity, draft, excerpt, "
            "attachment_count, content, updated_at, state, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?11)")
        : statement(m_updateEntry,
            "UPDATE entries SET kind = ?1, child_id = ?2, occurred_at = ?3, platform = ?4, category = ?5, "
            "severity = ?6, draft = ?7, excerpt = ?8, attachment_count = ?9, content = ?10, updated_at = ?11, "
            "state = 0 WHERE id = ?12");
    write.bind(1, static_cast<qint64>(entry.kind));
    if (entry.childId > 0) {
        write.bind(2, entry.childId);
    } else {
        write.bindNull(2);
    }
    write.bind(3, entry.occurredAtMs);
    write.bind(4, entry.platform);
    write.bind(5, entry.category);
    write.bind(6, static_cast<qint64>(entry.severity));
    write.bind(7, static_cast<qint64>(entry.draft ? 1 : 0));
    write.bind(8, entry.excerpt());
    write.bind(9, static_cast<qint64>(entry.attachments.size()));
    write.bindBlobUnowned(10, content);
    write.bind(11, nowMs);
    if (!isNew) {
        write.bind(12, entry.id);
    }
    (void)write.step();
    JournalError error = JournalError::fromDatabase(write.error());
    write.reset();
    return error;
}

JournalError RevisionWriter::addText(qint64 entryId, const QString &text)
{
    Database::Statement &add = statement(m_addText, "INSERT INTO entries_fts (docid, body) VALUES (?1, ?2)");
    add.bind(1, entryId);
    add.bind(2, text);
    (void)add.step();
    return JournalError::fromDatabase(add.error());
}

JournalError RevisionWriter::index(qint64 entryId, const QString *text)
{
    Database::Statement &drop = statement(m_dropText, "DELETE FROM entries_fts WHERE docid = ?1");
    drop.bind(1, entryId);
    (void)drop.step();
    if (drop.error() != Database::Error::None || !text) {
        return JournalError::fromDatabase(drop.error());
    }
    return addText(entryId, *text);
}

JournalError RevisionWriter::writeRevision(Entry &entry, qint64 nowMs)
{
    const bool isNew = entry.id == 0;
    const QByteArray content = RevisionChain::canonical(entry.toContent());
    if (JournalError error = writeEntryRow(entry, content, nowMs); !error.ok()) {
        return error;
    }
    if (isNew) {
        entry.id = m_db.lastInsertRowId();
    }
    if (JournalError error
        = appendLink(entry.id, ChainLink::Kind::Revision, nowMs, RevisionChain::sha256(content), &content);
        !error.ok()) {
        return error;
    }
    // A new entry's id has never had search text: nothing to remove first
    // (were there any, the insert would fail and the change roll back).
    const QString text = entry.searchableText();
    if (JournalError error = isNew ? addText(entry.id, text) : index(entry.id, &text); !error.ok()) {
        return error;
    }
    entry.updatedAtMs = nowMs;
    return {};
}

} // namespace harbor::journal
