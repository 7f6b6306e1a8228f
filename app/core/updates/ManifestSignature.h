// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace harbor::updates {

// The signed manifest file ("manifest.signed"): a magic line, the 64-byte
// Ed25519 signature, then the manifest's JSON bytes. The signature covers a
// fixed context string followed by the manifest, so nothing else the
// publisher's key might sign can pass as a manifest.
class ManifestSignature
{
public:
    static constexpr int kSignatureBytes = 64;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr qint64 kMaxSignedBytes = qint64 { 256 } * 1024;

    // The manifest bytes, only when the file is well-formed and a pinned key
    // signed them. Nothing in the file is parsed before this says yes.
    [[nodiscard]] static std::optional<QByteArray> open(const QByteArray &signedFile, const QList<QByteArray> &keys);
    // For the publishing tool and tests. An empty result if the key is not a
    // 64-byte libsodium Ed25519 secret key.
    [[nodiscard]] static QByteArray sign(const QByteArray &manifest, const QByteArray &secretKey);
    // A new key pair (public 32 bytes, secret 64 bytes).
    static void generateKeyPair(QByteArray *publicKey, QByteArray *secretKey);
};

} // namespace harbor::updates
