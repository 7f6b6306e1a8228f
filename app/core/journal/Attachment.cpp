// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/Attachment.h"

#include "journal/Sha256.h"

#include <QFile>
#include <QFileInfo>

namespace harbor::journal {

QString Attachment::sniffMime(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8))) {
        return QStringLiteral("image/png");
    }
    if (bytes.startsWith(QByteArrayView("\xff\xd8\xff", 3))) {
        return QStringLiteral("image/jpeg");
    }
    if (bytes.startsWith(QByteArrayView("%PDF-", 5))) {
        return QStringLiteral("application/pdf");
    }
    return {};
}

bool Attachment::isImage(const QString &mime)
{
    return mime.startsWith(QLatin1String("image/"));
}

JournalError Attachment::check(const QString &fileName, const QByteArray &bytes, AttachmentRef *ref)
{
    if (bytes.size() > kMaxBytes) {
        return { JournalError::Code::AttachmentTooLarge, {} };
    }
    const QString mime = sniffMime(bytes);
    if (mime.isEmpty()) {
        return { JournalError::Code::UnsupportedAttachment, {} };
    }
    ref->sha256 = Sha256::hash(bytes);
    // Only the name, never the folder it came from.
    ref->fileName = QFileInfo(fileName).fileName();
    ref->mime = mime;
    ref->size = bytes.size();
    return {};
}

JournalError Attachment::readFile(const QString &path, QByteArray *bytes)
{
    // Refuse a huge file before reading a byte of it; read one byte past the
    // limit so a file that grew meanwhile is still refused by check().
    if (QFileInfo(path).size() > kMaxBytes) {
        return { JournalError::Code::AttachmentTooLarge, {} };
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        return { JournalError::Code::UnsupportedAttachment, {} };
    }
    *bytes = input.read(kMaxBytes + 1);
    return {};
}

} // namespace harbor::journal
