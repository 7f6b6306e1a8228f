// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Kdf.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace harbor::vault {

SecureBuffer Kdf::derive(const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params)
{
    if (static_cast<std::size_t>(salt.size()) != kSaltBytes || !params.isWithinLimits()) {
        return {};
    }
    SecureBuffer key(kKeyBytes);
    const int rc = crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(passphrase.data()),
        passphrase.size(), reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
        static_cast<std::size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return {};
    }
    return key;
}

std::chrono::milliseconds Kdf::measureDerivation(const KdfParams &params)
{
    const SecureBuffer passphrase = SecureBuffer::random(16);
    QByteArray salt(static_cast<qsizetype>(kSaltBytes), '\0');
    randombytes_buf(salt.data(), kSaltBytes);
    QElapsedTimer timer;
    timer.start();
    (void)derive(passphrase, salt, params);
    return std::chrono::milliseconds(timer.elapsed());
}

KdfParams Kdf::calibrate(std::chrono::milliseconds target, const Measure &measure)
{
    KdfParams params = KdfParams::floor();
    const auto atFloor = measure(params);
    // Argon2id's time grows linearly with the number of passes.
    if (atFloor.count() > 0 && atFloor < target) {
        const double scale = static_cast<double>(target.count()) / static_cast<double>(atFloor.count());
        const auto ops = static_cast<std::uint64_t>(std::floor(static_cast<double>(params.opsLimit) * scale));
        params.opsLimit = std::clamp(ops, KdfParams::kMinOps, KdfParams::kMaxOps);
    } else if (atFloor.count() == 0) {
        params.opsLimit = KdfParams::kMaxOps;
    }
    return params;
}

} // namespace harbor::vault
