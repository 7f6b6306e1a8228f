// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Kdf.h"
#include "vault/KeyWrap.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace harbor::vault {

// The small file beside the database that holds the data key, wrapped under
// the passphrase (Argon2id) and under the recovery key, plus the database's
// pinned SQLCipher format. JSON, versioned; every field is checked on read.
struct KeyHeader
{
    static constexpr int kVersion = 1;
    static constexpr qsizetype kVaultIdBytes = 16;
    static constexpr qsizetype kSaltBytes = 16;
    // Pinned so SQLCipher 4 on phones reads what SQLCipher 3.4 wrote.
    static constexpr int kCipherPageSize = 4096;
    static constexpr int kCipherKdfIter = 64000;

    enum class ParseError {
        None,
        NotAHeader,
        UnsupportedVersion,
        Damaged,
    };

    QByteArray vaultId;
    int cipherPageSize = kCipherPageSize;
    int cipherKdfIter = kCipherKdfIter;
    KdfParams passphraseKdf;
    QByteArray passphraseSalt;
    WrappedKey passphraseWrap;
    QByteArray recoverySalt;
    WrappedKey recoveryWrap;

    [[nodiscard]] static std::optional<KeyHeader> parse(const QByteArray &bytes, ParseError *error = nullptr);
    [[nodiscard]] QByteArray serialize() const;

    // What each wrap is bound to (vault id, purpose, and for the passphrase
    // its KDF parameters, so editing them breaks the wrap instead of
    // weakening it).
    [[nodiscard]] QByteArray passphraseAssociatedData() const;
    [[nodiscard]] QByteArray recoveryAssociatedData() const;
};

} // namespace harbor::vault
