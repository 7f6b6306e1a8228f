// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalVerifier.h"

#include "journal/Entry.h"
#include "journal/RevisionChain.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <limits>

namespace harbor::journal {

using vault::Database;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

struct LastLink
{
    ChainLink::Kind kind = ChainLink::Kind::Revision;
    QByteArray contentHash;
    qint64 sequence = 0;
};

VerifyResult broken(VerifyResult result, VerifyResult::Problem problem, qint64 sequence, qint64 entryId)
{
    result.problem = problem;
    result.brokenSequence = sequence;
    result.brokenEntryId = entryId;
    return result;
}

} // namespace

VerifyResult JournalVerifier::verify(Database &db)
{
    VerifyResult result;
    QHash<qint64, LastLink> lastLinks;
    {
        Database::Statement links = db.prepare("SELECT sequence, entry_id, kind, created_at, content, content_hash, "
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
                return broken(result, VerifyResult::Problem::ChainBroken, previousSequence + 1, entryId);
            }
            if (!links.columnIsNull(4) && sha256(links.columnBlob(4)) != link.contentHash) {
                return broken(result, VerifyResult::Problem::RevisionAltered, link.sequence, entryId);
            }
            lastLinks.insert(entryId, LastLink { link.kind, link.contentHash, link.sequence });
            previousSequence = link.sequence;
            previousHash = link.hash;
            ++result.linksChecked;
        }
        if (links.error() != Database::Error::None) {
            result.error = JournalError::fromDatabase(links.error());
            return result;
        }
    }
    {
        // Every entry is what its newest link says, and every link's entry exists.
        QSet<qint64> seen;
        Database::Statement entries = db.prepare("SELECT id, content, state FROM entries ORDER BY id");
        while (entries.step()) {
            const qint64 id = entries.columnInt(0);
            const auto last = lastLinks.constFind(id);
            if (last == lastLinks.cend()) {
                return broken(result, VerifyResult::Problem::EntryAltered, 0, id);
            }
            seen.insert(id);
            const bool erased = last->kind == ChainLink::Kind::Erasure;
            const bool contentMatches = erased
                ? entries.columnIsNull(1)
                : (!entries.columnIsNull(1) && sha256(entries.columnBlob(1)) == last->contentHash);
            const int expectedState = erased ? 2 : (last->kind == ChainLink::Kind::Tombstone ? 1 : 0);
            if (!contentMatches || entries.columnInt(2) != expectedState) {
                return broken(result, VerifyResult::Problem::EntryAltered, last->sequence, id);
            }
        }
        if (entries.error() != Database::Error::None) {
            result.error = JournalError::fromDatabase(entries.error());
            return result;
        }
        if (seen.size() != lastLinks.size()) {
            qint64 missing = std::numeric_limits<qint64>::max();
            for (auto it = lastLinks.cbegin(); it != lastLinks.cend(); ++it) {
                if (!seen.contains(it.key())) {
                    missing = std::min(missing, it.key());
                }
            }
            return broken(result, VerifyResult::Problem::EntryAltered, lastLinks.value(missing).sequence, missing);
        }
    }
    // Every attachment an entry lists is stored, with bytes that match.
    {
        Database::Statement listing = db.prepare("SELECT id, content FROM entries WHERE state != 2 AND "
                                                 "instr(content, '\"sha256\"') > 0 ORDER BY id");
        Database::Statement stored = db.prepare(
            "SELECT data FROM attachments WHERE entry_id = ?1 AND sha256 = ?2 AND data IS NOT NULL LIMIT 1");
        while (listing.step()) {
            const qint64 entryId = listing.columnInt(0);
            const Entry entry = Entry::fromContent(QJsonDocument::fromJson(listing.columnBlob(1)).object());
            for (const AttachmentRef &ref : entry.attachments) {
                stored.reset();
                stored.bind(1, entryId);
                stored.bindBlob(2, ref.sha256);
                if (!stored.step() || sha256(stored.columnBlob(0)) != ref.sha256) {
                    return broken(
                        result, VerifyResult::Problem::AttachmentAltered, lastLinks.value(entryId).sequence, entryId);
                }
            }
        }
        if (listing.error() != Database::Error::None) {
            result.error = JournalError::fromDatabase(listing.error());
            return result;
        }
    }
    // And nothing is stored that its entry does not list.
    Database::Statement attachments = db.prepare("SELECT a.entry_id, a.sha256, e.content FROM attachments a "
                                                 "JOIN entries e ON e.id = a.entry_id WHERE a.data IS NOT NULL "
                                                 "ORDER BY a.id");
    while (attachments.step()) {
        const QByteArray listed = QByteArrayLiteral("\"sha256\":\"") + attachments.columnBlob(1).toHex() + '"';
        if (!attachments.columnBlob(2).contains(listed)) {
            const qint64 entryId = attachments.columnInt(0);
            return broken(result, VerifyResult::Problem::AttachmentAltered, lastLinks.value(entryId).sequence, entryId);
        }
    }
    result.error = JournalError::fromDatabase(attachments.error());
    return result;
}

} // namespace harbor::journal
