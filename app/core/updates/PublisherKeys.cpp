// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/PublisherKeys.h"

#include "updates/PinnedPublisherKeys.h"

namespace harbor::updates {

namespace {
const QString kPrefix = QStringLiteral("ed25519:");
} // namespace

QList<QByteArray> PublisherKeys::parse(const QString &text, QString *error)
{
    QList<QByteArray> keys;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            line.mid(kPrefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!line.startsWith(kPrefix) || !decoded || decoded.decoded.size() != kKeyBytes) {
            if (error) {
                *error = QStringLiteral("line %1: expected ed25519:<base64 of a 32-byte public key>").arg(i + 1);
            }
            return {};
        }
        if (!keys.contains(decoded.decoded)) {
            keys.append(decoded.decoded);
        }
    }
    if (keys.isEmpty() && error) {
        *error = QStringLiteral("no public key");
    }
    return keys;
}

QString PublisherKeys::format(const QByteArray &publicKey)
{
    return kPrefix + QString::fromLatin1(publicKey.toBase64());
}

QList<QByteArray> PublisherKeys::pinned()
{
    QString error;
    QList<QByteArray> keys = parse(QString::fromUtf8(kPinnedPublisherKeys), &error);
    if (keys.isEmpty()) {
        // CMake checks the file at configure time; this means a broken build.
        qWarning("harbor: no pinned publisher key: %s", qPrintable(error));
    }
    return keys;
}

} // namespace harbor::updates
