// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's errors as the user reads them (apart from KeyVault.cpp, which
// handles the keys and files).
#include "vault/KeyVault.h"

#include <QCoreApplication>

namespace harbor::vault {

QString KeyVault::errorMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NoVault:
        return QCoreApplication::translate("KeyVault", "There is no journal on this device yet.");
    case Error::AlreadyExists:
        return QCoreApplication::translate(
            "KeyVault", "A journal already exists on this device. Harbor never replaces it with a new one.");
    case Error::WrongPassphrase:
        return QCoreApplication::translate("KeyVault", "That passphrase is not right. Nothing was changed.");
    case Error::WrongRecoveryKey:
        return QCoreApplication::translate(
            "KeyVault", "That recovery key does not open this journal. Check each group of characters.");
    case Error::TryLater:
        return QCoreApplication::translate("KeyVault", "Too many attempts. Please wait before trying again.");
    case Error::HeaderMissing:
        return QCoreApplication::translate("KeyVault",
            "The journal's key file is missing, so the journal cannot be opened. Restore it from a backup; "
            "Harbor will not create a new journal over the old one.");
    case Error::DatabaseMissing:
        return QCoreApplication::translate(
            "KeyVault", "The journal file is missing. Restore it from a backup; its key file was kept.");
    case Error::HeaderDamaged:
        return QCoreApplication::translate(
            "KeyVault", "The journal's key file is damaged, so the journal cannot be opened. Nothing was changed.");
    case Error::HeaderTooNew:
        return QCoreApplication::translate(
            "KeyVault", "This journal was made by a newer version of Harbor. Update Harbor to open it.");
    case Error::DatabaseDamaged:
        return QCoreApplication::translate(
            "KeyVault", "The journal file is damaged or is not this journal. Nothing was changed.");
    case Error::NotEncrypted:
        return QCoreApplication::translate(
            "KeyVault", "Harbor could not turn on encryption, so it will not store anything. Reinstall Harbor.");
    case Error::DiskFull:
        return QCoreApplication::translate(
            "KeyVault", "This device is out of storage. Free some space and try again; nothing was lost.");
    case Error::IoError:
        return QCoreApplication::translate(
            "KeyVault", "Harbor could not read or write its files. Nothing was lost; try again.");
    }
    return {};
}

} // namespace harbor::vault
