// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BackupError.h"
#include "vault/Kdf.h"
#include "vault/SecureBuffer.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace harbor::safety {
class Clock;
}
namespace harbor::vault {
class Database;
}

namespace harbor::report {

// Encrypted backup and restore of everything in the vault (children,
// entries, the revision chain, attachments, search index, checklists,
// private settings) plus the app settings that matter, in Harbor's own
// format (BackupFormat.h), streamed: neither side ever holds the whole
// journal in memory or writes it anywhere in the clear.
struct BackupProgress
{
    std::function<void(double fraction)> report;
    const std::atomic_bool *cancel = nullptr;
};

class Backup
{
public:
    using Progress = BackupProgress;

    // Writes a backup of `db` (read in one consistent snapshot) to `out`.
    [[nodiscard]] static BackupError write(vault::Database &db, const vault::SecureBuffer &backupPassphrase,
        const vault::KdfParams &kdf, const QJsonObject &settings, QIODevice &out,
        const BackupProgress &progress = BackupProgress {});

    struct RestoreOptions
    {
        vault::KdfParams vaultKdf; // for the new vault's passphrase
        Progress progress;
        int maxPageCount = 0; // tests: a database this small fills up ("disk full")
    };
    struct Restored
    {
        BackupError error;
        QJsonObject settings; // as saved in the backup
        QString recoveryKey; // the new vault's, to be shown once
    };

    // Builds a new vault from the backup in <dataDir>/restore-staging, with
    // `vaultPassphrase`, checks its chain, and only then puts it in place of
    // the vault in `dataDir` (which must be closed) or creates it there.
    // On any failure the vault in `dataDir` is untouched, byte for byte.
    [[nodiscard]] static Restored restore(QIODevice &in, const vault::SecureBuffer &backupPassphrase,
        const QString &dataDir, const vault::SecureBuffer &vaultPassphrase, const safety::Clock &clock,
        const RestoreOptions &options);

    // Reads and checks a whole backup without keeping anything (the fuzz
    // target, and "check this backup" before replacing anything).
    [[nodiscard]] static BackupError check(QIODevice &in, const vault::SecureBuffer &backupPassphrase);
};

} // namespace harbor::report
