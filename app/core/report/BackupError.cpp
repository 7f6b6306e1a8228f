// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BackupError.h"

namespace harbor::report {

QString BackupError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Empty:
        return tr("This file is empty, so it holds no backup. Your journal was not changed.");
    case Code::NotABackup:
        return tr("This file is not a Harbor backup. Your journal was not changed.");
    case Code::TooNew:
        return tr("This backup was made by a newer version of Harbor. Update Harbor, then restore it. Your journal "
                  "was not changed.");
    case Code::WrongPassphrase:
        return tr("The backup passphrase is not right, or the file was changed. Your journal was not changed.");
    case Code::Truncated:
        return tr("This backup is incomplete: the file ends too early. Copy it again from where you kept it. Your "
                  "journal was not changed.");
    case Code::Damaged:
        return tr("This backup was changed or damaged after it was made, so it cannot be trusted. Your journal was "
                  "not changed.");
    case Code::WrongVaultPassphrase:
        return tr("That is not the journal's passphrase. Nothing was done.");
    case Code::VaultLocked:
        return tr("Unlock the journal first.");
    case Code::TryLater:
        return tr("Too many wrong passphrases. Wait a little, then try again. Nothing was done.");
    case Code::DiskFull:
        return tr("The device is full, so nothing was written. Free some space and try again. Your journal was not "
                  "changed.");
    case Code::IoError:
        return tr("The file could not be read or written. Nothing was changed.");
    case Code::Cancelled:
        return tr("Stopped. Nothing was changed.");
    }
    return {};
}

const char *BackupError::name(Code code)
{
    switch (code) {
    case Code::None:
        return "none";
    case Code::Empty:
        return "empty";
    case Code::NotABackup:
        return "not-a-backup";
    case Code::TooNew:
        return "too-new";
    case Code::WrongPassphrase:
        return "wrong-passphrase";
    case Code::Truncated:
        return "truncated";
    case Code::Damaged:
        return "damaged";
    case Code::WrongVaultPassphrase:
        return "wrong-vault-passphrase";
    case Code::VaultLocked:
        return "vault-locked";
    case Code::TryLater:
        return "try-later";
    case Code::DiskFull:
        return "disk-full";
    case Code::IoError:
        return "io-error";
    case Code::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

} // namespace harbor::report
