// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentImageProvider.h"

#include "JournalController.h"
#include "journal/AttachmentDecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <optional>

namespace harbor::journalui {

namespace {

using journal::AttachmentDecoder;
using journal::AttachmentDecodeResult;
namespace Pixels = journal::AttachmentPixels;

constexpr int kDefaultEdge = 1600;
constexpr int kRememberedCounts = 256;

// Page counts the helper reported, by SHA-256 (GUI thread only).
QHash<QString, int> &knownPageCounts()
{
    static QHash<QString, int> counts;
    return counts;
}

void rememberPageCount(const QString &sha256Hex, int pages)
{
    QHash<QString, int> &counts = knownPageCounts();
    if (counts.size() >= kRememberedCounts) {
        counts.clear();
    }
    counts.insert(sha256Hex, pages);
}

class Response : public QQuickImageResponse
{
public:
    [[nodiscard]] QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    [[nodiscard]] QString errorString() const override { return m_error; }

    void deliver(const QImage &image, const QString &error)
    {
        m_image = image;
        m_error = error;
        Q_EMIT finished();
    }

private:
    QImage m_image;
    QString m_error;
};

struct Target
{
    qint64 entryId = 0;
    QString sha256Hex;
    quint32 page = 0;
};

std::optional<Target> parse(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3) {
        return std::nullopt;
    }
    Target target;
    bool ok = false;
    target.entryId = parts.at(0).toLongLong(&ok);
    if (!ok || parts.at(1).size() != 64) {
        return std::nullopt;
    }
    target.sha256Hex = parts.at(1).toLower();
    if (parts.size() == 3) {
        target.page = parts.at(2).toUInt(&ok);
        if (!ok || target.page >= Pixels::kMaxPageCount) {
            return std::nullopt;
        }
    }
    return target;
}

} // namespace

AttachmentImageProvider::AttachmentImageProvider(const JournalController *controller)
    : m_controller(controller)
{
}

QString AttachmentImageProvider::source(qint64 entryId, const QString &sha256Hex, int page)
{
    return QStringLiteral("image://%1/%2/%3/%4").arg(kId).arg(entryId).arg(sha256Hex).arg(page);
}

void AttachmentImageProvider::countPages(
    const QString &sha256Hex, const QByteArray &bytes, QObject *context, std::function<void(int pages)> done)
{
    const QString key = sha256Hex.toLower();
    std::optional<int> known;
    if (!bytes.startsWith("%PDF-")) {
        known = bytes.isEmpty() ? 0 : 1;
    } else if (const auto found = knownPageCounts().constFind(key); found != knownPageCounts().constEnd()) {
        known = found.value();
    }
    if (known) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), pages = *known] { done(pages); }, Qt::QueuedConnection);
        return;
    }
    // Owned by `context`: gone with it, the helper is stopped.
    auto *decoder = new AttachmentDecoder(context);
    QObject::connect(decoder, &AttachmentDecoder::finished, context,
        [decoder, key, done = std::move(done)](const AttachmentDecodeResult &result) {
            decoder->deleteLater();
            if (result.ok()) {
                rememberPageCount(key, result.pageCount);
            }
            done(result.ok() ? result.pageCount : 0);
        });
    decoder->start({ Pixels::Op::PageCount, 0, 0 }, bytes);
}

QQuickImageResponse *AttachmentImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    // Called on Qt Quick's image loading thread; the response is delivered
    // there, queued from the GUI thread.
    auto *response = new Response;
    const auto target = parse(id);
    QThread *gui = QCoreApplication::instance()->thread();
    if (!target || !m_controller) {
        response->deliver({},
            QCoreApplication::translate(
                "harbor::journalui::AttachmentImageProvider", "This attachment is not in the journal."));
        return response;
    }
    const quint32 edge = requestedSize.isValid() && !requestedSize.isEmpty()
        ? quint32(qMax(requestedSize.width(), requestedSize.height()))
        : quint32(kDefaultEdge);
    const Pixels::Request request { Pixels::Op::Render, target->page, Pixels::clampEdge(edge) };

    auto *decoder = new AttachmentDecoder;
    decoder->moveToThread(gui);
    QObject::connect(decoder, &AttachmentDecoder::finished, response,
        [response](const AttachmentDecodeResult &result) { response->deliver(result.image, result.message()); });
    QObject::connect(decoder, &AttachmentDecoder::finished, decoder,
        [decoder, sha256Hex = target->sha256Hex](const AttachmentDecodeResult &result) {
            if (result.ok() && result.document) {
                rememberPageCount(sha256Hex, result.pageCount);
            }
            decoder->deleteLater();
        });
    QMetaObject::invokeMethod(
        decoder,
        [decoder, controller = m_controller, target = *target, request] {
            // The database is read here, on the GUI thread; the decoding is
            // the helper's.
            const QByteArray bytes = controller
                ? controller->attachmentData(target.entryId, QByteArray::fromHex(target.sha256Hex.toLatin1()))
                : QByteArray();
            decoder->start(request, bytes);
        },
        Qt::QueuedConnection);
    return response;
}

} // namespace harbor::journalui
