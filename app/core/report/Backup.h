// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalVerifier.h"
#include "report/BackupError.h"
#include "vault/Kdf.h"
#include "vault/SecureBuffer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

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
    // Asked between rows; true stops the work with BackupError::Cancelled.
    std::function<bool()> isCancelled;
};

// What a backup says about itself (its meta record), readable with the
// backup passphrase before anything is restored. The chain head is the
// journal's as it was backed up: in the meta record as
//   "chain": {"head": "<64 hex>", "links": n, "entries": n, "at_ms": n}
// Backups made before it was recorded have none (chain is nullopt) and
// still restore.
struct BackupSummary
{
    BackupError error;
    QDateTime created; // UTC; invalid when not recorded
    QString appVersion;
    std::optional<journal::ChainHead> chain;

    [[nodiscard]] static QJsonObject chainToJson(const journal::ChainHead &head);
    // nullopt when absent or not well formed.
    [[nodiscard]] static std::optional<journal::ChainHead> chainFromJson(const QJsonValue &value);
};

class Backup
{
public:
    using Progress = BackupProgress;

    // Writes a backup of `db` (read in one consistent snapshot) to `out`;
    // `written` gets the chain head it recorded.
    [[nodiscard]] static BackupError write(vault::Database &db, const vault::SecureBuffer &backupPassphrase,
        const vault::KdfParams &kdf, const QJsonObject &settings, QIODevice &out,
        const BackupProgress &progress = BackupProgress {}, journal::ChainHead *written = nullptr);

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
        journal::ChainHead chain; // the restored journal's, checked against the one the backup recorded
    };

    // Builds a new vault from the backup in <dataDir>/restore-staging, with
    // `vaultPassphrase`, checks its chain (and that its head is the one the
    // backup recorded, when it did), and only then puts it in place of
    // the vault in `dataDir` (which must be closed) or creates it there.
    // On any failure the vault in `dataDir` is untouched, byte for byte.
    [[nodiscard]] static Restored restore(QIODevice &in, const vault::SecureBuffer &backupPassphrase,
        const QString &dataDir, const vault::SecureBuffer &vaultPassphrase, const safety::Clock &clock,
        const RestoreOptions &options);

    // Reads and checks a whole backup without keeping anything (the fuzz
    // target, and "check this backup" before replacing anything).
    [[nodiscard]] static BackupError check(QIODevice &in, const vault::SecureBuffer &backupPassphrase);

    // Reads only the header and the meta record: what the backup holds,
    // to show before a restore is confirmed. Does not check the rest.
    [[nodiscard]] static BackupSummary inspect(QIODevice &in, const vault::SecureBuffer &backupPassphrase);
};

} // namespace harbor::report
