// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/RevisionChain.h"

#include "journal/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace harbor::journal {

namespace {

QJsonValue normalized(const QJsonValue &value);

QJsonObject normalizedObject(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        result.insert(it.key().normalized(QString::NormalizationForm_C), normalized(it.value()));
    }
    return result;
}

QJsonValue normalized(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().normalized(QString::NormalizationForm_C);
    }
    if (value.isObject()) {
        return normalizedObject(value.toObject());
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const auto &item : value.toArray()) {
            array.append(normalized(item));
        }
        return array;
    }
    return value;
}

// Every code point below U+0300 is stable under NFC (its quick check is
// "yes"): text made only of those needs no normalizing, which is most text.
bool belowCombiningMarks(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x300; });
}

bool needsNormalizing(const QJsonValue &value);

bool needsNormalizing(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!belowCombiningMarks(it.key()) || needsNormalizing(it.value())) {
            return true;
        }
    }
    return false;
}

bool needsNormalizing(const QJsonValue &value)
{
    if (value.isString()) {
        return !belowCombiningMarks(value.toString());
    }
    if (value.isObject()) {
        return needsNormalizing(value.toObject());
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &item) { return needsNormalizing(item); });
    }
    return false;
}

const char *kindName(ChainLink::Kind kind)
{
    switch (kind) {
    case ChainLink::Kind::Revision:
        return "revision";
    case ChainLink::Kind::Tombstone:
        return "tombstone";
    case ChainLink::Kind::Erasure:
        return "erasure";
    }
    return "?";
}

void addField(Sha256 &hash, QByteArrayView field)
{
    // Length-prefixed, so no two different field lists hash alike.
    const auto size = static_cast<quint64>(field.size());
    char length[8];
    for (int i = 0; i < 8; ++i) {
        length[i] = static_cast<char>((size >> (8 * (7 - i))) & 0xff);
    }
    hash.addData(QByteArrayView(length, 8));
    hash.addData(field);
}

} // namespace

QByteArray RevisionChain::canonical(const QJsonObject &content)
{
    return QJsonDocument(needsNormalizing(content) ? normalizedObject(content) : content)
        .toJson(QJsonDocument::Compact);
}

QByteArray RevisionChain::contentHash(const QJsonObject &content)
{
    return sha256(canonical(content));
}

QByteArray RevisionChain::sha256(const QByteArray &bytes)
{
    return Sha256::hash(bytes);
}

QByteArray RevisionChain::linkHash(const ChainLink &link)
{
    return linkHash(
        link.sequence, link.entryId.toUtf8(), link.kind, link.createdAtMs, link.contentHash, link.previousHash);
}

QByteArray RevisionChain::linkHash(qint64 sequence, QByteArrayView entryId, ChainLink::Kind kind, qint64 createdAtMs,
    QByteArrayView contentHash, QByteArrayView previousHash)
{
    thread_local Sha256 hash;
    addField(hash, "harbor-journal-chain/1");
    addField(hash, QByteArray::number(sequence));
    addField(hash, entryId);
    addField(hash, kindName(kind));
    addField(hash, QByteArray::number(createdAtMs));
    addField(hash, contentHash);
    addField(hash, previousHash);
    return hash.result();
}

ChainLink RevisionChain::append(const ChainLink *previous, const QString &entryId, ChainLink::Kind kind,
    qint64 createdAtMs, const QByteArray &contentHash)
{
    ChainLink link;
    link.sequence = previous ? previous->sequence + 1 : 1;
    link.entryId = entryId;
    link.kind = kind;
    link.createdAtMs = createdAtMs;
    link.contentHash = contentHash;
    link.previousHash = previous ? previous->hash : genesis();
    link.hash = linkHash(link);
    return link;
}

bool RevisionChain::follows(const ChainLink &link, qint64 previousSequence, const QByteArray &previousHash)
{
    return link.sequence == previousSequence + 1 && link.previousHash == previousHash
        && link.contentHash.size() == kHashBytes && linkHash(link) == link.hash;
}

std::optional<qsizetype> RevisionChain::firstBreak(const QList<ChainLink> &links)
{
    QByteArray expectedPrevious = genesis();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const ChainLink &link = links.at(i);
        if (!follows(link, i, expectedPrevious)) {
            return i;
        }
        expectedPrevious = link.hash;
    }
    return std::nullopt;
}

} // namespace harbor::journal
