// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>

namespace harbor::journalui {

class JournalController;

// image://attachment/<entry>/<sha256>[/<page>]: a picture, or a page of a
// PDF, decoded in memory from the encrypted database. Nothing is written to
// disk and nothing is cached beyond what the view holds. Requests run on the
// GUI thread (Image.asynchronous stays false), where the database lives.
class AttachmentImageProvider : public QQuickImageProvider
{
public:
    static inline const QString kId = QStringLiteral("attachment");

    explicit AttachmentImageProvider(const JournalController *controller);
    [[nodiscard]] static QString source(qint64 entryId, const QString &sha256Hex, int page = 0);
    // Pages of a PDF (0 if it cannot be read); 1 for a picture.
    [[nodiscard]] static int pageCount(const QByteArray &bytes);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const JournalController *m_controller;
};

} // namespace harbor::journalui
