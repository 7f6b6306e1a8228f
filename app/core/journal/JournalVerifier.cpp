// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalVerifier.h"

#include "journal/Entry.h"
#include "journal/RevisionChain.h"
#include "journal/Sha256.h"

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
    bool attachments();

private:
    bool missingEntry();
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
    {
        // Sized once (at most one entry per link; bounded, whatever the file says).
        Database::Statement newest = m_db.prepare("SELECT max(sequence) FROM revisions");
        if (newest.step()) {
            m_lastLinks.reserve(std::clamp<qsizetype>(newest.columnInt(0), 0, qsizetype { 1 } << 22));
        }
    }
    while (links.step()) {
        // RevisionChain::follows() on the columns as stored, without copies.
        const qint64 sequence = links.columnInt(0);
        const qint64 entryId = links.columnInt(1);
        const auto kind = static_cast<ChainLink::Kind>(links.columnInt(2));
        const qint64 createdAtMs = links.columnInt(3);
        const QByteArrayView contentHash = links.columnBlobView(5);
        const QByteArrayView hash = links.columnBlobView(7);
        const bool follows = sequence == previousSequence + 1 && links.columnBlobView(6) == previousHash
            && contentHash.size() == RevisionChain::kHashBytes
            && RevisionChain::linkHash(
                   sequence, QByteArray::number(entryId), kind, createdAtMs, contentHash, previousHash)
                == hash;
        if (!follows) {
            return broken(VerifyResult::Problem::ChainBroken, previousSequence + 1, entryId);
        }
        if (!links.columnIsNull(4) && Sha256::hash(links.columnBlobView(4)) != contentHash) {
            return broken(VerifyResult::Problem::RevisionAltered, sequence, entryId);
        }
        m_lastLinks.insert(entryId, LastLink { kind, contentHash.toByteArray(), sequence });
        previousSequence = sequence;
        previousHash = hash.toByteArray();
        ++result.linksChecked;
        result.head.atMs = createdAtMs;
    }
    result.head.hash = result.linksChecked > 0 ? previousHash : QByteArray();
    result.head.links = result.linksChecked;
    result.head.entries = m_lastLinks.size();
    return finished(links);
}

// Every entry is what its newest link says, and every link's entry exists.
// Notes the entries that list attachments for the next step.
bool Run::entries()
{
    qint64 matched = 0;
    Database::Statement rows = m_db.prepare("SELECT id, content, state FROM entries ORDER BY id");
    while (rows.step()) {
        const qint64 id = rows.columnInt(0);
        const auto last = m_lastLinks.constFind(id);
        if (last == m_lastLinks.cend()) {
            return broken(VerifyResult::Problem::EntryAltered, 0, id);
        }
        ++matched; // ids are unique: counting them is enough to find a missing one
        const bool erased = last->kind == ChainLink::Kind::Erasure;
        const QByteArrayView content = rows.columnBlobView(1);
        const bool contentMatches
            = erased ? rows.columnIsNull(1) : (!rows.columnIsNull(1) && Sha256::hash(content) == last->contentHash);
        const int expectedState = erased ? 2 : (last->kind == ChainLink::Kind::Tombstone ? 1 : 0);
        if (!contentMatches || rows.columnInt(2) != expectedState) {
            return broken(VerifyResult::Problem::EntryAltered, last->sequence, id);
        }
        if (!erased && content.contains("\"sha256\"")) {
            Entry entry = Entry::fromContent(QJsonDocument::fromJson(content.toByteArray()).object());
            entry.id = id;
            m_withAttachments.append(entry);
        }
    }
    if (!finished(rows)) {
        return false;
    }
    if (matched != m_lastLinks.size()) {
        return missingEntry();
    }
    return true;
}

// A link's entry has no row: names the first such entry.
bool Run::missingEntry()
{
    QSet<qint64> seen;
    Database::Statement ids = m_db.prepare("SELECT id FROM entries");
    while (ids.step()) {
        seen.insert(ids.columnInt(0));
    }
    if (!finished(ids)) {
        return false;
    }
    qint64 missing = std::numeric_limits<qint64>::max();
    for (auto it = m_lastLinks.cbegin(); it != m_lastLinks.cend(); ++it) {
        if (!seen.contains(it.key())) {
            missing = std::min(missing, it.key());
        }
    }
    return broken(VerifyResult::Problem::EntryAltered, m_lastLinks.value(missing).sequence, missing);
}

// Every attachment an entry lists is stored, with bytes that match, and
// nothing is stored that its entry does not list. One pass over the files:
// each one's bytes are read once.
bool Run::attachments()
{
    const auto key = [](qint64 entryId, QByteArrayView sha256) {
        QByteArray joined = QByteArray::number(entryId) + ':';
        return joined.append(sha256);
    };
    QSet<QByteArray> listed;
    for (const Entry &entry : std::as_const(m_withAttachments)) {
        for (const AttachmentRef &ref : entry.attachments) {
            listed.insert(key(entry.id, ref.sha256));
        }
    }
    QSet<QByteArray> intact; // stored, with bytes that match
    QSet<QByteArray> altered; // stored, with bytes that do not
    qint64 unlistedEntry = 0; // the first file's entry that does not list it
    Database::Statement files
        = m_db.prepare("SELECT entry_id, sha256, data FROM attachments WHERE data IS NOT NULL ORDER BY id");
    while (files.step()) {
        const qint64 entryId = files.columnInt(0);
        const QByteArrayView sha256 = files.columnBlobView(1);
        const QByteArray file = key(entryId, sha256);
        if (!listed.contains(file)) {
            unlistedEntry = unlistedEntry != 0 ? unlistedEntry : entryId;
            continue;
        }
        (Sha256::hash(files.columnBlobView(2)) == sha256 ? intact : altered).insert(file);
    }
    if (!finished(files)) {
        return false;
    }
    // As before: first an entry whose files are missing or altered, in
    // entry order, then a file that no entry lists.
    for (const Entry &entry : std::as_const(m_withAttachments)) {
        for (const AttachmentRef &ref : entry.attachments) {
            const QByteArray wanted = key(entry.id, ref.sha256);
            if (!intact.contains(wanted) || altered.contains(wanted)) {
                return broken(VerifyResult::Problem::AttachmentAltered, m_lastLinks.value(entry.id).sequence, entry.id);
            }
        }
    }
    if (unlistedEntry != 0) {
        return broken(
            VerifyResult::Problem::AttachmentAltered, m_lastLinks.value(unlistedEntry).sequence, unlistedEntry);
    }
    return true;
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
    (void)(run.chain() && run.entries() && run.attachments());
    return run.result;
}

} // namespace harbor::journal
