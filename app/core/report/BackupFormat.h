// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BackupError.h"
#include "vault/Kdf.h"
#include "vault/SecureBuffer.h"

#include <QByteArray>

#include <optional>

namespace harbor::report {

// A Harbor backup file, format 1:
//
//   header (80 bytes, in the clear, authenticated):
//     "HARBORBK"            8  magic
//     format                2  big-endian, 1
//     flags                 2  0
//     Argon2id opslimit     4  big-endian
//     Argon2id memlimit     8  big-endian, bytes
//     salt                 16
//     secretstream header  24  (XChaCha20-Poly1305)
//     key check            16  BLAKE2b(key, "harbor backup key check")
//   then chunks until the one tagged FINAL:
//     length                4  big-endian: ciphertext bytes that follow
//     ciphertext            libsodium secretstream; the first chunk's
//                           additional data is the whole header
//
// The plaintext is a stream of records (BackupRecords.h) cut into chunks of
// at most kChunkBytes: nothing is held whole, whatever the journal's size.
// A file that ends before the FINAL chunk is truncated; anything after it,
// a changed bit anywhere, a reordered or dropped chunk, is damage.
struct BackupHeader
{
    static constexpr int kFormat = 1;
    static constexpr qsizetype kSize = 80;
    static constexpr qsizetype kChunkBytes = qsizetype { 64 } * 1024;
    static inline const QByteArray kMagic = QByteArrayLiteral("HARBORBK");

    int format = kFormat;
    vault::KdfParams kdf;
    QByteArray salt; // 16 bytes
    QByteArray streamHeader; // 24 bytes
    QByteArray keyCheck; // 16 bytes

    [[nodiscard]] QByteArray serialize() const;
    // Checks magic, format and cost limits; the key check needs the key.
    [[nodiscard]] static std::optional<BackupHeader> parse(const QByteArray &bytes, BackupError *error);
    [[nodiscard]] static QByteArray keyCheckFor(const vault::SecureBuffer &key);
};

} // namespace harbor::report
