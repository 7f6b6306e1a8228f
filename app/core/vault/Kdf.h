// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"

#include <QByteArray>

#include <chrono>
#include <cstdint>
#include <functional>

namespace harbor::vault {

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13) cost parameters.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;

    // SECURITY.md's floor: never below t=3 / 64 MiB.
    static constexpr std::uint64_t kMinOps = 3;
    static constexpr std::uint64_t kMinMemBytes = 64ull * 1024 * 1024;
    static constexpr std::uint64_t kMaxOps = 64;
    static constexpr std::uint64_t kMaxMemBytes = 1024ull * 1024 * 1024;

    [[nodiscard]] static KdfParams floor() { return { kMinOps, kMinMemBytes }; }
    [[nodiscard]] bool isAtLeastFloor() const { return opsLimit >= kMinOps && memLimitBytes >= kMinMemBytes; }
    [[nodiscard]] bool isWithinLimits() const { return opsLimit <= kMaxOps && memLimitBytes <= kMaxMemBytes; }
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

class Kdf
{
public:
    static constexpr std::size_t kSaltBytes = 16;
    static constexpr std::size_t kKeyBytes = 32;

    // Derives a 32-byte key from a passphrase. Empty on failure (out of memory).
    [[nodiscard]] static SecureBuffer derive(
        const SecureBuffer &passphrase, const QByteArray &salt, const KdfParams &params);

    // Picks parameters so that one derivation takes about `target` on this
    // device (0.5–1 s per SECURITY.md), never below the floor. `measure`
    // runs one derivation with the given parameters and returns its duration
    // (injectable so tests need not depend on the machine's speed).
    using Measure = std::function<std::chrono::milliseconds(const KdfParams &)>;
    [[nodiscard]] static KdfParams calibrate(std::chrono::milliseconds target, const Measure &measure);
    // Measures a real derivation with a throwaway passphrase and salt.
    [[nodiscard]] static std::chrono::milliseconds measureDerivation(const KdfParams &params);
};

} // namespace harbor::vault
