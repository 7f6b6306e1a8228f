// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/RevisionChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

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

void addField(QCryptographicHash &hash, const QByteArray &field)
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
    return QJsonDocument(normalizedObject(content)).toJson(QJsonDocument::Compact);
}

QByteArray RevisionChain::contentHash(const QJsonObject &content)
{
    return sha256(canonical(content));
}

QByteArray RevisionChain::sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray RevisionChain::linkHash(const ChainLink &link)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, QByteArrayLiteral("harbor-journal-chain/1"));
    addField(hash, QByteArray::number(link.sequence));
    addField(hash, link.entryId.toUtf8());
    addField(hash, kindName(link.kind));
    addField(hash, QByteArray::number(link.createdAtMs));
    addField(hash, link.contentHash);
    addField(hash, link.previousHash);
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
