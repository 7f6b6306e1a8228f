// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace harbor::journal {

// The journal's tamper evidence: every change (a revision, a deletion's
// tombstone, a permanent erasure) is one link in a single SHA-256 chain over
// the whole journal. A link covers its position, entry, kind, time, the hash
// of its content's canonical form and the previous link, so editing,
// removing, reordering or inserting anything breaks every later link.
// Erasing keeps the content hash and drops the content: the chain still
// verifies, and shows that something was erased and when.
struct ChainLink
{
    enum class Kind {
        Revision,
        Tombstone,
        Erasure,
    };

    qint64 sequence = 0; // 1, 2, 3 … across the whole journal
    QString entryId;
    Kind kind = Kind::Revision;
    qint64 createdAtMs = 0; // UTC
    QByteArray contentHash; // SHA-256 of canonical(content); kept after erasure
    QByteArray previousHash; // the previous link's hash (32 zero bytes first)
    QByteArray hash; // this link's hash
};

class RevisionChain
{
public:
    static constexpr qsizetype kHashBytes = 32;

    // Deterministic bytes for content: compact JSON with keys sorted (as
    // QJsonObject keeps them) and text in Unicode NFC.
    [[nodiscard]] static QByteArray canonical(const QJsonObject &content);
    [[nodiscard]] static QByteArray contentHash(const QJsonObject &content);
    // SHA-256 of bytes already in canonical form (stored revisions, files).
    [[nodiscard]] static QByteArray sha256(const QByteArray &bytes);
    [[nodiscard]] static QByteArray genesis() { return QByteArray(kHashBytes, '\0'); }

    // Fills previousHash and hash for a new link that follows `previous`
    // (nullptr for the first link of the journal).
    [[nodiscard]] static ChainLink append(const ChainLink *previous, const QString &entryId, ChainLink::Kind kind,
        qint64 createdAtMs, const QByteArray &contentHash);
    [[nodiscard]] static QByteArray linkHash(const ChainLink &link);
    // The same from the link's fields, the entry id as its decimal digits.
    [[nodiscard]] static QByteArray linkHash(qint64 sequence, QByteArrayView entryId, ChainLink::Kind kind,
        qint64 createdAtMs, QByteArrayView contentHash, QByteArrayView previousHash);

    // Whether `link` is the correct successor of a link with sequence
    // `previousSequence` and hash `previousHash` (0 and genesis() first).
    [[nodiscard]] static bool follows(const ChainLink &link, qint64 previousSequence, const QByteArray &previousHash);
    // Recomputes the chain in sequence order. The index of the first link
    // that does not verify, or nullopt when the whole chain is intact.
    [[nodiscard]] static std::optional<qsizetype> firstBreak(const QList<ChainLink> &links);
};

} // namespace harbor::journal
