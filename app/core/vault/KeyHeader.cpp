// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KeyHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace harbor::vault {

namespace {

const QString kFormat = QStringLiteral("harbor-vault-header");
constexpr qsizetype kMaxHeaderBytes = qsizetype { 64 } * 1024;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Strict base64 of an exact length; empty on any deviation.
QByteArray fromB64(const QJsonValue &value, qsizetype expectedSize)
{
    if (!value.isString()) {
        return {};
    }
    const auto result
        = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() != expectedSize) {
        return {};
    }
    return result.decoded;
}

std::optional<std::uint64_t> positive(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < 1 || number > 9.0e15 || number != static_cast<double>(static_cast<std::uint64_t>(number))) {
        return std::nullopt;
    }
    return static_cast<std::uint64_t>(number);
}

QJsonObject wrapToJson(const WrappedKey &wrap)
{
    return { { QStringLiteral("nonce"), b64(wrap.nonce) }, { QStringLiteral("sealed"), b64(wrap.sealed) } };
}

std::optional<WrappedKey> wrapFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    WrappedKey wrap { fromB64(object.value(QStringLiteral("nonce")), WrappedKey::kNonceBytes),
        fromB64(object.value(QStringLiteral("sealed")), WrappedKey::kSealedBytes) };
    if (!wrap.hasValidShape()) {
        return std::nullopt;
    }
    return wrap;
}

} // namespace

std::optional<KeyHeader> KeyHeader::parse(const QByteArray &bytes, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<KeyHeader> {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    if (bytes.size() > kMaxHeaderBytes) {
        return fail(ParseError::NotAHeader);
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(ParseError::NotAHeader);
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        return fail(ParseError::NotAHeader);
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble()) {
        return fail(ParseError::Damaged);
    }
    if (version.toDouble() != kVersion) {
        return fail(ParseError::UnsupportedVersion);
    }

    KeyHeader header;
    header.vaultId = fromB64(root.value(QStringLiteral("vault_id")), kVaultIdBytes);

    const QJsonObject database = root.value(QStringLiteral("database")).toObject();
    const auto pageSize = positive(database.value(QStringLiteral("cipher_page_size")));
    const auto kdfIter = positive(database.value(QStringLiteral("cipher_kdf_iter")));

    const QJsonObject passphrase = root.value(QStringLiteral("passphrase")).toObject();
    const auto ops = positive(passphrase.value(QStringLiteral("ops_limit")));
    const auto mem = positive(passphrase.value(QStringLiteral("mem_limit")));
    const bool argon2id = passphrase.value(QStringLiteral("kdf")).toString() == QLatin1String("argon2id13");
    header.passphraseSalt = fromB64(passphrase.value(QStringLiteral("salt")), kSaltBytes);
    const auto passphraseWrap = wrapFromJson(passphrase.value(QStringLiteral("wrap")));

    const QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
    header.recoverySalt = fromB64(recovery.value(QStringLiteral("salt")), kSaltBytes);
    const auto recoveryWrap = wrapFromJson(recovery.value(QStringLiteral("wrap")));

    if (header.vaultId.isEmpty() || !pageSize || *pageSize != kCipherPageSize || !kdfIter || !ops || !mem || !argon2id
        || header.passphraseSalt.isEmpty() || !passphraseWrap || header.recoverySalt.isEmpty() || !recoveryWrap) {
        return fail(ParseError::Damaged);
    }
    header.cipherPageSize = static_cast<int>(*pageSize);
    header.cipherKdfIter = static_cast<int>(*kdfIter);
    header.passphraseKdf = KdfParams { *ops, *mem };
    if (!header.passphraseKdf.isAtLeastFloor() || !header.passphraseKdf.isWithinLimits()) {
        return fail(ParseError::Damaged);
    }
    header.passphraseWrap = *passphraseWrap;
    header.recoveryWrap = *recoveryWrap;
    if (error) {
        *error = ParseError::None;
    }
    return header;
}

QByteArray KeyHeader::serialize() const
{
    const QJsonObject root {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("vault_id"), b64(vaultId) },
        { QStringLiteral("database"),
            QJsonObject { { QStringLiteral("cipher_page_size"), cipherPageSize },
                { QStringLiteral("cipher_kdf_iter"), cipherKdfIter } } },
        { QStringLiteral("passphrase"),
            QJsonObject { { QStringLiteral("kdf"), QStringLiteral("argon2id13") },
                { QStringLiteral("ops_limit"), static_cast<double>(passphraseKdf.opsLimit) },
                { QStringLiteral("mem_limit"), static_cast<double>(passphraseKdf.memLimitBytes) },
                { QStringLiteral("salt"), b64(passphraseSalt) },
                { QStringLiteral("wrap"), wrapToJson(passphraseWrap) } } },
        { QStringLiteral("recovery"),
            QJsonObject { { QStringLiteral("kdf"), QStringLiteral("blake2b-keyed") },
                { QStringLiteral("salt"), b64(recoverySalt) }, { QStringLiteral("wrap"), wrapToJson(recoveryWrap) } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeyHeader::passphraseAssociatedData() const
{
    return QByteArrayLiteral("harbor-vault/1/passphrase/") + vaultId.toHex() + '/'
        + QByteArray::number(static_cast<qulonglong>(passphraseKdf.opsLimit)) + '/'
        + QByteArray::number(static_cast<qulonglong>(passphraseKdf.memLimitBytes));
}

QByteArray KeyHeader::recoveryAssociatedData() const
{
    return QByteArrayLiteral("harbor-vault/1/recovery/") + vaultId.toHex();
}

} // namespace harbor::vault
