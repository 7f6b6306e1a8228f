// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"

#include <QByteArray>

namespace harbor::vault {

// The data key sealed under a key-encryption key with XChaCha20-Poly1305.
// The associated data binds a wrap to its vault and purpose, so a wrapped
// key cannot be moved into another vault or slot.
struct WrappedKey
{
    QByteArray nonce; // 24 bytes
    QByteArray sealed; // data key + 16-byte tag

    static constexpr qsizetype kNonceBytes = 24;
    static constexpr qsizetype kSealedBytes = 32 + 16;
    [[nodiscard]] bool hasValidShape() const { return nonce.size() == kNonceBytes && sealed.size() == kSealedBytes; }
};

class KeyWrap
{
public:
    [[nodiscard]] static WrappedKey seal(
        const SecureBuffer &kek, const SecureBuffer &dataKey, const QByteArray &associatedData);
    // Empty when the key-encryption key is wrong or anything was altered.
    [[nodiscard]] static SecureBuffer open(
        const SecureBuffer &kek, const WrappedKey &wrapped, const QByteArray &associatedData);
    // The recovery key's key-encryption key (BLAKE2b, keyed by the 128-bit
    // recovery key; it is random, so no slow KDF is needed).
    [[nodiscard]] static SecureBuffer recoveryKek(const SecureBuffer &recoveryKey, const QByteArray &salt);
};

} // namespace harbor::vault
