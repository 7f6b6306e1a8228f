// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Database.h"
#include "vault/Kdf.h"
#include "vault/KeyHeader.h"
#include "vault/RecoveryKey.h"
#include "vault/SecureBuffer.h"
#include "vault/UnlockBackoff.h"

#include <QString>

#include <memory>
#include <optional>

namespace harbor::safety {
class Clock;
}

namespace harbor::vault {

// The vault's files and key hierarchy, synchronously (the Vault QObject runs
// these calls off the UI thread). A random 32-byte data key is the raw
// SQLCipher key; it exists on disk only wrapped, in the header, under the
// passphrase's Argon2id key and under the recovery key.
class KeyVault
{
public:
    enum class Error {
        None,
        NoVault,
        AlreadyExists,
        WrongPassphrase,
        WrongRecoveryKey,
        TryLater, // back-off after failed attempts
        HeaderMissing, // a database without its header
        DatabaseMissing, // a header without its database
        HeaderDamaged,
        HeaderTooNew,
        DatabaseDamaged,
        NotEncrypted,
        DiskFull,
        IoError,
    };

    enum class Presence {
        None, // neither file: a new vault may be created
        Complete,
        HeaderOnly,
        DatabaseOnly,
    };

    struct Unlocked
    {
        std::unique_ptr<Database> database;
    };

    KeyVault(QString dataDir, const safety::Clock &clock);

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString headerPath() const;
    [[nodiscard]] QString backoffPath() const;
    [[nodiscard]] Presence presence() const;
    [[nodiscard]] qint64 backoffRemainingMs() const { return m_backoff.remainingMs(); }
    [[nodiscard]] int failedAttempts() const { return m_backoff.failures(); }

    // Creates database and header; never overwrites an existing file.
    [[nodiscard]] Error create(const SecureBuffer &passphrase, const KdfParams &params,
        std::optional<RecoveryKey> *recoveryKey, Unlocked *unlocked);
    [[nodiscard]] Error unlock(const SecureBuffer &passphrase, Unlocked *unlocked);
    [[nodiscard]] Error unlockWithRecoveryKey(const RecoveryKey &recoveryKey, Unlocked *unlocked);
    // Is this the passphrase? Unwraps the data key and forgets it; the
    // database is not opened. Counts toward the back-off like an unlock.
    [[nodiscard]] Error verifyPassphrase(const SecureBuffer &passphrase);

    // Re-wrap the data key; the database file is not touched.
    [[nodiscard]] Error changePassphrase(
        const SecureBuffer &current, const SecureBuffer &next, const KdfParams &params);
    [[nodiscard]] Error resetPassphrase(
        const RecoveryKey &recoveryKey, const SecureBuffer &next, const KdfParams &params);
    [[nodiscard]] Error upgradeKdf(const SecureBuffer &passphrase, const KdfParams &params);
    [[nodiscard]] Error regenerateRecoveryKey(const SecureBuffer &passphrase, std::optional<RecoveryKey> *recoveryKey);
    // Removes database, -wal, -shm, header and back-off record.
    [[nodiscard]] Error wipe(const SecureBuffer &passphrase);

    // In KeyVaultMessages.cpp.
    [[nodiscard]] static QString errorMessage(Error error);

private:
    Error readHeader(KeyHeader *header) const;
    Error writeHeader(const KeyHeader &header) const;
    // On success the back-off is cleared; on a wrong key a failure is recorded.
    Error unwrapWithPassphrase(const SecureBuffer &passphrase, KeyHeader *header, SecureBuffer *dataKey);
    Error unwrapWithRecovery(const RecoveryKey &recoveryKey, KeyHeader *header, SecureBuffer *dataKey);
    Error openDatabase(const KeyHeader &header, const SecureBuffer &dataKey, bool create, Unlocked *unlocked) const;
    // False when the KDF could not run (out of memory).
    [[nodiscard]] static bool wrapPassphrase(
        KeyHeader &header, const SecureBuffer &passphrase, const KdfParams &params, const SecureBuffer &dataKey);
    Error rewrapPassphrase(
        KeyHeader &header, const SecureBuffer &next, const KdfParams &params, const SecureBuffer &dataKey) const;
    static void wrapRecovery(KeyHeader &header, const RecoveryKey &recoveryKey, const SecureBuffer &dataKey);

    QString m_dataDir;
    UnlockBackoff m_backoff;
};

} // namespace harbor::vault
