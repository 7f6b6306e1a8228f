// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "updates/Manifest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace harbor::updates {

// What `harbor-pack` does, so the tool and the tests share one
// implementation: turns a pack folder into a folder any static web server
// can serve (manifest.signed, <version>/<files>), and checks such a folder
// exactly as the app would.
class PackPublisher
{
public:
    struct Release
    {
        QString packFolder;
        QString outFolder;
        QByteArray secretKey; // 64-byte Ed25519 secret key
        QDateTime published;
        QDateTime expires;
        QString minAppVersion;
    };

    // The manifest written, or nullopt and an error. A pack with any
    // problem is refused: a publisher never ships a broken guide.
    [[nodiscard]] static std::optional<Manifest> publish(const Release &release, QString *error);
    // The manifest of a published folder whose signature, files and pack
    // all check out against `keys` at `nowMs`; nullopt and an error otherwise.
    [[nodiscard]] static std::optional<Manifest> verify(
        const QString &folder, const QList<QByteArray> &keys, qint64 nowMs, QString *error);
};

} // namespace harbor::updates
