// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/ManifestSignature.h"

#include "updates/PublisherKeys.h"

#include <sodium.h>

namespace harbor::updates {

namespace {

const QByteArray kMagic = QByteArrayLiteral("HARBOR-MANIFEST-1\n");
const QByteArray kContext = QByteArrayLiteral("harbor content manifest v1\n");

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

std::optional<QByteArray> ManifestSignature::open(const QByteArray &signedFile, const QList<QByteArray> &keys)
{
    if (!ensureSodium() || signedFile.size() > kMaxSignedBytes || !signedFile.startsWith(kMagic)
        || signedFile.size() <= kMagic.size() + kSignatureBytes) {
        return std::nullopt;
    }
    const QByteArray signature = signedFile.mid(kMagic.size(), kSignatureBytes);
    const QByteArray manifest = signedFile.mid(kMagic.size() + kSignatureBytes);
    const QByteArray message = kContext + manifest;
    for (const QByteArray &key : keys) {
        if (key.size() != PublisherKeys::kKeyBytes) {
            continue;
        }
        if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                reinterpret_cast<const unsigned char *>(message.constData()),
                static_cast<unsigned long long>(message.size()),
                reinterpret_cast<const unsigned char *>(key.constData()))
            == 0) {
            return manifest;
        }
    }
    return std::nullopt;
}

QByteArray ManifestSignature::sign(const QByteArray &manifest, const QByteArray &secretKey)
{
    if (!ensureSodium() || secretKey.size() != kSecretKeyBytes) {
        return {};
    }
    const QByteArray message = kContext + manifest;
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return kMagic + signature + manifest;
}

void ManifestSignature::generateKeyPair(QByteArray *publicKey, QByteArray *secretKey)
{
    ensureSodium();
    publicKey->resize(PublisherKeys::kKeyBytes);
    secretKey->resize(kSecretKeyBytes);
    crypto_sign_keypair(
        reinterpret_cast<unsigned char *>(publicKey->data()), reinterpret_cast<unsigned char *>(secretKey->data()));
}

} // namespace harbor::updates
