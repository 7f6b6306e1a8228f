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
    // Argon2id's time is a fixed cost (filling memory) plus a cost per pass:
    // measure two pass counts and solve for the count that meets the target.
    KdfParams params = KdfParams::floor();
    const double atFloor = static_cast<double>(measure(params).count());
    if (atFloor >= static_cast<double>(target.count())) {
        return params;
    }
    KdfParams doubled = params;
    doubled.opsLimit = 2 * params.opsLimit;
    const double atDouble = static_cast<double>(measure(doubled).count());
    const double perPass = (atDouble - atFloor) / static_cast<double>(params.opsLimit);
    double ops = 0;
    if (perPass > 0) {
        const double fixed = atFloor - perPass * static_cast<double>(params.opsLimit);
        ops = std::ceil((static_cast<double>(target.count()) - std::max(0.0, fixed)) / perPass);
    } else {
        // Too fast to tell apart: assume all of it scales with passes.
        ops = atFloor > 0
            ? std::ceil(static_cast<double>(params.opsLimit) * static_cast<double>(target.count()) / atFloor)
            : static_cast<double>(KdfParams::kMaxOps);
    }
    params.opsLimit = static_cast<std::uint64_t>(
        std::clamp(ops, static_cast<double>(KdfParams::kMinOps), static_cast<double>(KdfParams::kMaxOps)));
    return params;
}

} // namespace harbor::vault
