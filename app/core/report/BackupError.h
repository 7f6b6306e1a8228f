// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace harbor::report {

// Why a backup or a restore did not happen. A failed restore never changes
// the vault in use; a failed backup leaves no file behind.
struct BackupError
{
    Q_DECLARE_TR_FUNCTIONS(harbor::report::BackupError)

public:
    enum class Code {
        None,
        Empty, // a file with nothing in it
        NotABackup, // not a Harbor backup at all
        TooNew, // made by a newer Harbor
        WrongPassphrase, // (or the file's header was changed)
        Truncated, // the file ends before the backup does
        Damaged, // changed after it was written, or not made by Harbor
        WrongVaultPassphrase,
        TryLater, // too many wrong passphrases just now
        VaultLocked,
        DiskFull,
        IoError,
        Cancelled,
    };

    Code code = Code::None;
    QString detail; // for tests and logs; never private, never shown

    [[nodiscard]] bool ok() const { return code == Code::None; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] static const char *name(Code code);
};

} // namespace harbor::report
