// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalVerifier.h"

#include "journal/Entry.h"
#include "journal/RevisionChain.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

namespace harbor::journal {

using vault::Database;

namespace {

struct LastLink
{
    ChainLink::Kind kind = ChainLink::Kind::Revision;
    QByteArray contentHash;
    qint64 sequence = 0;
};

// One verification run: each step reads one table once, in order, and
// stops at the first problem.
class Run
{
public:
    explicit Run(Database &db)
        : m_db(db)
    {
    }

    VerifyResult result;

    bool chain();
    bool entries();
    bool listedAttachments();
    bool storedAttachments();

private:
    bool broken(VerifyResult::Problem problem, qint64 sequence, qint64 entryId)
    {
        result.problem = problem;
        result.brokenSequence = sequence;
        result.brokenEntryId = entryId;
        return false;
    }
    // True when the statement ran to its end without an error.
    bool finished(const Database::Statement &statement)
    {
        result.error = JournalError::fromDatabase(statement.error());
        return result.error.ok();
    }

    Database &m_db;
    QHash<qint64, LastLink> m_lastLinks; // entry → its newest link
    QList<Entry> m_withAttachments; // current content of entries that list files
};

// Every link follows the one before, and every stored revision still
// hashes to what its link recorded.
bool Run::chain()
{
    Database::Statement links = m_db.prepare("SELECT sequence, entry_id, kind, created_at, content, content_hash, "
                                             "previous_hash, hash FROM revisions ORDER BY sequence");
    qint64 previousSequence = 0;
    QByteArray previousHash = RevisionChain::genesis();
    while (links.step()) {
        ChainLink link;
        link.sequence = links.columnInt(0);
        const qint64 entryId = links.columnInt(1);
        link.entryId = QString::number(entryId);
        link.kind = static_cast<ChainLink::Kind>(links.columnInt(2));
        link.createdAtMs = links.columnInt(3);
        link.contentHash = links.columnBlob(5);
        link.previousHash = links.columnBlob(6);
        link.hash = links.columnBlob(7);
        if (!RevisionChain::follows(link, previousSequence, previousHash)) {
            return broken(VerifyResult::Problem::ChainBroken, previousSequence + 1, entryId);
        }
        if (!links.columnIsNull(4) && RevisionChain::sha256(links.columnBlob(4)) != link.contentHash) {
            return broken(VerifyResult::Problem::RevisionAltered, link.sequence, entryId);
        }
        m_lastLinks.insert(entryId, LastLink { link.kind, link.contentHash, link.sequence });
        previousSequence = link.sequence;
        previousHash = link.hash;
        ++result.linksChecked;
        result.head.hash = link.hash;
        result.head.atMs = link.createdAtMs;
    }
    result.head.links = result.linksChecked;
    result.head.entries = m_lastLinks.size();
    return finished(links);
}

// Every entry is what its newest link says, and every link's entry exists.
// Notes the entries that list attachments for the next step.
bool Run::entries()
{
    QSet<qint64> seen;
    Database::Statement rows = m_db.prepare("SELECT id, content, state FROM entries ORDER BY id");
    while (rows.step()) {
        const qint64 id = rows.columnInt(0);
        const auto last = m_lastLinks.constFind(id);
        if (last == m_lastLinks.cend()) {
            return broken(VerifyResult::Problem::EntryAltered, 0, id);
        }
        seen.insert(id);
        const bool erased = last->kind == ChainLink::Kind::Erasure;
        const QByteArray content = rows.columnBlob(1);
        const bool contentMatches = erased
            ? rows.columnIsNull(1)
            : (!rows.columnIsNull(1) && RevisionChain::sha256(content) == last->contentHash);
        const int expectedState = erased ? 2 : (last->kind == ChainLink::Kind::Tombstone ? 1 : 0);
        if (!contentMatches || rows.columnInt(2) != expectedState) {
            return broken(VerifyResult::Problem::EntryAltered, last->sequence, id);
        }
        if (!erased && content.contains("\"sha256\"")) {
            Entry entry = Entry::fromContent(QJsonDocument::fromJson(content).object());
            entry.id = id;
            m_withAttachments.append(entry);
        }
    }
    if (!finished(rows)) {
        return false;
    }
    if (seen.size() != m_lastLinks.size()) {
        qint64 missing = std::numeric_limits<qint64>::max();
        for (auto it = m_lastLinks.cbegin(); it != m_lastLinks.cend(); ++it) {
            if (!seen.contains(it.key())) {
                missing = std::min(missing, it.key());
            }
        }
        return broken(VerifyResult::Problem::EntryAltered, m_lastLinks.value(missing).sequence, missing);
    }
    return true;
}

// Every attachment an entry lists is stored, with bytes that match.
bool Run::listedAttachments()
{
    Database::Statement stored
        = m_db.prepare("SELECT data FROM attachments WHERE entry_id = ?1 AND sha256 = ?2 AND data IS NOT NULL LIMIT 1");
    for (const Entry &entry : std::as_const(m_withAttachments)) {
        for (const AttachmentRef &ref : entry.attachments) {
            stored.reset();
            stored.bind(1, entry.id);
            stored.bindBlob(2, ref.sha256);
            if (!stored.step() || RevisionChain::sha256(stored.columnBlob(0)) != ref.sha256) {
                return broken(VerifyResult::Problem::AttachmentAltered, m_lastLinks.value(entry.id).sequence, entry.id);
            }
        }
    }
    return true;
}

// Nothing is stored that its entry does not list.
bool Run::storedAttachments()
{
    Database::Statement attachments = m_db.prepare("SELECT a.entry_id, a.sha256, e.content FROM attachments a "
                                                   "JOIN entries e ON e.id = a.entry_id WHERE a.data IS NOT NULL "
                                                   "ORDER BY a.id");
    while (attachments.step()) {
        const QByteArray listed = QByteArrayLiteral("\"sha256\":\"") + attachments.columnBlob(1).toHex() + '"';
        if (!attachments.columnBlob(2).contains(listed)) {
            const qint64 entryId = attachments.columnInt(0);
            return broken(VerifyResult::Problem::AttachmentAltered, m_lastLinks.value(entryId).sequence, entryId);
        }
    }
    return finished(attachments);
}

} // namespace

QString ChainHead::hashHex() const
{
    return QString::fromLatin1(hash.toHex());
}

QString ChainHead::atUtc() const
{
    return isEmpty() ? QString() : QDateTime::fromMSecsSinceEpoch(atMs).toUTC().toString(Qt::ISODate);
}

ChainHead JournalVerifier::head(Database &db, JournalError *error)
{
    ChainHead head;
    Database::Statement newest = db.prepare("SELECT hash, created_at FROM revisions ORDER BY sequence DESC LIMIT 1");
    if (newest.step()) {
        head.hash = newest.columnBlob(0);
        head.atMs = newest.columnInt(1);
    }
    Database::Statement counts = db.prepare("SELECT count(*), count(DISTINCT entry_id) FROM revisions");
    if (counts.step()) {
        head.links = counts.columnInt(0);
        head.entries = counts.columnInt(1);
    }
    if (error) {
        *error = JournalError::fromDatabase(newest.error() != Database::Error::None ? newest.error() : counts.error());
    }
    return head;
}

VerifyResult JournalVerifier::verify(Database &db)
{
    Run run(db);
    (void)(run.chain() && run.entries() && run.listedAttachments() && run.storedAttachments());
    return run.result;
}

} // namespace harbor::journal
