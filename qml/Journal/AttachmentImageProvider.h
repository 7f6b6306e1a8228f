// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QQuickAsyncImageProvider>

#include <functional>

namespace harbor::journalui {

class JournalController;

// image://attachment/<entry>/<sha256>[/<page>]: a picture, or a page of a
// PDF, from the encrypted database. The bytes are read on the GUI thread
// (where the database is) and decoded in harbor-decoder, a separate process
// (journal::AttachmentDecoder): nothing hostile is parsed in the app, the UI
// thread never waits for a decode, and nothing is written to disk. Views set
// `cache: false` so no decoded evidence stays in Qt's pixmap cache.
class AttachmentImageProvider : public QQuickAsyncImageProvider
{
public:
    static inline const QString kId = QStringLiteral("attachment");

    explicit AttachmentImageProvider(const JournalController *controller);
    [[nodiscard]] static QString source(qint64 entryId, const QString &sha256Hex, int page = 0);
    // Pages of a PDF (0 if it cannot be read); 1 for a picture, handed to
    // `done` later on the calling thread (the GUI thread), never from within
    // and never if `context` is gone. Known without a decode once a page of
    // it was shown (the helper's answer says); else the helper is asked
    // without blocking (AttachmentDecoder::start).
    static void countPages(
        const QString &sha256Hex, const QByteArray &bytes, QObject *context, std::function<void(int pages)> done);

    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;

private:
    QPointer<const JournalController> m_controller;
};

} // namespace harbor::journalui
