// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentImageProvider.h"

#include "JournalController.h"

#include <QBuffer>
#include <QImageReader>
#include <QPdfDocument>

namespace harbor::journalui {

namespace {

constexpr int kDefaultEdge = 1600;

QImage renderPdfPage(const QByteArray &bytes, int page, const QSize &requestedSize)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || page < 0 || page >= document.pageCount()) {
        return {};
    }
    QSizeF points = document.pagePointSize(page);
    if (points.isEmpty()) {
        return {};
    }
    const QSize bound = requestedSize.isValid() ? requestedSize : QSize(kDefaultEdge, kDefaultEdge);
    const QSize target = points.scaled(QSizeF(bound), Qt::KeepAspectRatio).toSize();
    return document.render(page, target);
}

} // namespace

AttachmentImageProvider::AttachmentImageProvider(const JournalController *controller)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_controller(controller)
{
}

QString AttachmentImageProvider::source(qint64 entryId, const QString &sha256Hex, int page)
{
    return QStringLiteral("image://%1/%2/%3/%4").arg(kId).arg(entryId).arg(sha256Hex).arg(page);
}

int AttachmentImageProvider::pageCount(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF-")) {
        return bytes.isEmpty() ? 0 : 1;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : 0;
}

QImage AttachmentImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    if (parts.size() < 2) {
        return {};
    }
    const QByteArray bytes
        = m_controller->attachmentData(parts.at(0).toLongLong(), QByteArray::fromHex(parts.at(1).toLatin1()));
    if (bytes.isEmpty()) {
        return {};
    }
    QImage image;
    if (bytes.startsWith("%PDF-")) {
        image = renderPdfPage(bytes, parts.size() > 2 ? parts.at(2).toInt() : 0, requestedSize);
    } else {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize original = reader.size();
        if (requestedSize.isValid() && original.isValid()) {
            reader.setScaledSize(original.scaled(requestedSize, Qt::KeepAspectRatio));
        }
        image = reader.read();
    }
    if (size) {
        *size = image.size();
    }
    return image;
}

} // namespace harbor::journalui
