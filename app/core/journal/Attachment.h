// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"
#include "journal/JournalError.h"

#include <QByteArray>
#include <QString>

namespace harbor::journal {

// What may be attached: PNG, JPEG or PDF, recognised by their bytes (never
// the file name), at most 20 MiB each.
class Attachment
{
public:
    static constexpr qint64 kMaxBytes = qint64 { 20 } * 1024 * 1024;

    // The MIME type the bytes are, or empty when not one we accept.
    [[nodiscard]] static QString sniffMime(QByteArrayView bytes);
    [[nodiscard]] static bool isImage(const QString &mime);
    // The bytes of a file the user chose, refused unread when too large.
    [[nodiscard]] static JournalError readFile(const QString &path, QByteArray *bytes);
    // Checks size and type; on success fills `ref` (with the SHA-256).
    [[nodiscard]] static JournalError check(const QString &fileName, const QByteArray &bytes, AttachmentRef *ref);
};

} // namespace harbor::journal
