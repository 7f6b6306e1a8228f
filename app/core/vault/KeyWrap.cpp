// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KeyWrap.h"

#include <sodium.h>

namespace harbor::vault {

namespace {
const auto *asBytes(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}
} // namespace

WrappedKey KeyWrap::seal(const SecureBuffer &kek, const SecureBuffer &dataKey, const QByteArray &associatedData)
{
    WrappedKey wrapped;
    if (kek.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
        return wrapped;
    }
    wrapped.nonce.resize(WrappedKey::kNonceBytes);
    randombytes_buf(wrapped.nonce.data(), static_cast<size_t>(wrapped.nonce.size()));
    wrapped.sealed.resize(
        static_cast<qsizetype>(dataKey.size()) + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(wrapped.sealed.data()), &sealedLength,
        dataKey.data(), dataKey.size(), asBytes(associatedData), static_cast<unsigned long long>(associatedData.size()),
        nullptr, asBytes(wrapped.nonce), kek.data());
    wrapped.sealed.resize(static_cast<qsizetype>(sealedLength));
    return wrapped;
}

SecureBuffer KeyWrap::open(const SecureBuffer &kek, const WrappedKey &wrapped, const QByteArray &associatedData)
{
    if (kek.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || !wrapped.hasValidShape()) {
        return {};
    }
    SecureBuffer dataKey(static_cast<size_t>(wrapped.sealed.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), &length, nullptr, asBytes(wrapped.sealed),
        static_cast<unsigned long long>(wrapped.sealed.size()), asBytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), asBytes(wrapped.nonce), kek.data());
    if (rc != 0 || length != dataKey.size()) {
        return {};
    }
    return dataKey;
}

SecureBuffer KeyWrap::recoveryKek(const SecureBuffer &recoveryKey, const QByteArray &salt)
{
    static const unsigned char personal[crypto_generichash_blake2b_PERSONALBYTES]
        = { 'h', 'a', 'r', 'b', 'o', 'r', '-', 'r', 'e', 'c', 'o', 'v', 'e', 'r', 'y', '1' };
    if (salt.size() != crypto_generichash_blake2b_SALTBYTES
        || recoveryKey.size() < crypto_generichash_blake2b_KEYBYTES_MIN) {
        return {};
    }
    SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_generichash_blake2b_salt_personal(
        kek.data(), kek.size(), nullptr, 0, recoveryKey.data(), recoveryKey.size(), asBytes(salt), personal);
    return kek;
}

} // namespace harbor::vault
