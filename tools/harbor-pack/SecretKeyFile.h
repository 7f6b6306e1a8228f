// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace harbor::tools {

// The publisher's secret key on disk: one line "ed25519-secret:<base64 of
// libsodium's 64-byte secret key>", mode 0600. It belongs on the
// publisher's offline machine, never in the repository.
class SecretKeyFile
{
public:
    // Refuses to overwrite an existing file.
    [[nodiscard]] static bool write(const QString &path, const QByteArray &secretKey, QString *error);
    [[nodiscard]] static QByteArray read(const QString &path, QString *error);
};

} // namespace harbor::tools
