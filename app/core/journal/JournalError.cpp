// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalError.h"

namespace harbor::journal {

QString JournalError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Required:
        return tr("Please fill in this field before saving.");
    case Code::FutureDate:
        return tr("The date is in the future. Choose when it happened, up to now.");
    case Code::InvalidValue:
        return tr("This value is not valid. Please check it.");
    case Code::UnsupportedAttachment:
        return tr("Only PNG and JPEG pictures and PDF documents can be attached.");
    case Code::AttachmentTooLarge:
        return tr("The file is larger than 20 MB. Attach a smaller copy.");
    case Code::NotFound:
        return tr("This entry no longer exists.");
    case Code::ChildHasEntries:
        return tr("This child has journal entries, so the profile is kept. You can rename it instead.");
    case Code::Locked:
        return tr("The journal is locked. Unlock it and try again.");
    case Code::DiskFull:
        return tr("The device is full, so nothing was saved. Free some space and save again; what you wrote is "
                  "still here.");
    case Code::IoError:
        return tr("The device could not write the journal, so nothing was saved. Try again; what you wrote is still "
                  "here.");
    case Code::Damaged:
        return tr("The journal file is damaged, so nothing was saved. Earlier entries were not changed.");
    }
    return {};
}

JournalError JournalError::fromDatabase(vault::Database::Error error)
{
    using DbError = vault::Database::Error;
    switch (error) {
    case DbError::None:
        return {};
    case DbError::DiskFull:
        return { Code::DiskFull, {} };
    case DbError::IoError:
    case DbError::Missing:
        return { Code::IoError, {} };
    case DbError::WrongKey:
    case DbError::NotEncrypted:
    case DbError::SettingRefused:
    case DbError::Damaged:
        break;
    }
    return { Code::Damaged, {} };
}

} // namespace harbor::journal
