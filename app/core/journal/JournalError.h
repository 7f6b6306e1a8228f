// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Database.h"

#include <QCoreApplication>
#include <QString>

namespace harbor::journal {

// Why a journal operation did not happen. Nothing is ever saved half-way:
// every error comes from a rolled-back transaction or from a check made
// before one began.
struct JournalError
{
    Q_DECLARE_TR_FUNCTIONS(harbor::journal::JournalError)

public:
    enum class Code {
        None,
        Required, // a required field is empty (see field)
        FutureDate,
        InvalidValue, // see field
        UnsupportedAttachment,
        AttachmentTooLarge,
        NotFound,
        ChildHasEntries, // entries are evidence: their child stays
        Locked, // no open vault
        DiskFull,
        IoError,
        Damaged,
    };

    Code code = Code::None;
    QString field; // which field, for Required and InvalidValue

    [[nodiscard]] bool ok() const { return code == Code::None; }
    // A clear, translated sentence for the user.
    [[nodiscard]] QString message() const;

    [[nodiscard]] static JournalError fromDatabase(vault::Database::Error error);
};

} // namespace harbor::journal
