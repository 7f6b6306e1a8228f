// SPDX-License-Identifier: GPL-3.0-or-later
// Unlock benchmark: a vault created with the calibrated Argon2id parameters
// of this machine, unlocked repeatedly. Reports the KDF's share and
// everything else (unwrap, SQLCipher open, pragmas, migrations check);
// the goal for everything else is under 20 ms. Everything else is measured
// directly, as an unlock with the recovery key (the same steps with a
// BLAKE2b key derivation in place of Argon2id), as well as the difference
// of the two medians (noisy: the KDF's own spread is larger). Prints JSON.
#include "BenchStats.h"
#include "safety/Clock.h"
#include "vault/KeyHeader.h"
#include "vault/KeyVault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace harbor;
using namespace std::chrono_literals;

namespace {
constexpr int kRuns = 5;

} // namespace

using harbor::bench::median;
using harbor::bench::toJson;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    safety::SystemClock clock;
    vault::KeyVault keys(dir.path(), clock);
    const vault::SecureBuffer passphrase = vault::SecureBuffer::copyOf("lantern orbit velvet cactus thunder");

    QElapsedTimer calibration;
    calibration.start();
    const vault::KdfParams params = vault::Kdf::calibrate(650ms, &vault::Kdf::measureDerivation);
    const double calibrationMs = static_cast<double>(calibration.nsecsElapsed()) / 1e6;
    std::optional<vault::RecoveryKey> recoveryKey;
    if (keys.create(passphrase, params, &recoveryKey, nullptr) != vault::KeyVault::Error::None || !recoveryKey) {
        std::fputs("could not create the vault\n", stderr);
        return 1;
    }
    QFile headerFile(keys.headerPath());
    headerFile.open(QIODevice::ReadOnly);
    const auto header = vault::KeyHeader::parse(headerFile.readAll());
    if (!header) {
        return 1;
    }

    std::vector<double> unlockMs;
    std::vector<double> kdfMs;
    std::vector<double> elseMs;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)vault::Kdf::derive(passphrase, header->passphraseSalt, header->passphraseKdf);
        kdfMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

        vault::KeyVault::Unlocked unlocked;
        timer.restart();
        if (keys.unlock(passphrase, &unlocked) != vault::KeyVault::Error::None) {
            return 1;
        }
        unlockMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        unlocked.database.reset();

        timer.restart();
        if (keys.unlockWithRecoveryKey(*recoveryKey, &unlocked) != vault::KeyVault::Error::None) {
            return 1;
        }
        elseMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const double unlock = median(unlockMs);
    const double kdf = median(kdfMs);
    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("unlock") },
        { QStringLiteral("runs"), kRuns },
        { QStringLiteral("argon2id_ops_limit"), static_cast<double>(params.opsLimit) },
        { QStringLiteral("argon2id_mem_limit_mib"), static_cast<double>(params.memLimitBytes >> 20) },
        { QStringLiteral("calibration_ms"), calibrationMs },
        { QStringLiteral("unlock_ms_median"), unlock },
        { QStringLiteral("kdf_ms_median"), kdf },
        { QStringLiteral("everything_else_ms"), median(elseMs) },
        { QStringLiteral("everything_else_runs_ms"), toJson(elseMs) },
        { QStringLiteral("unlock_minus_kdf_ms"), unlock - kdf },
        { QStringLiteral("everything_else_goal_ms"), 20 },
        { QStringLiteral("everything_else_met"), median(elseMs) < 20 },
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    return 0;
}
