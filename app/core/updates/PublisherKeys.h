// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace harbor::updates {

// The publisher's Ed25519 public keys that content updates must be signed
// with. Two are pinned so one can be rotated out while the other signs.
// The text form is one key per line, "ed25519:<base64 of 32 bytes>";
// blank lines and lines starting with '#' are ignored.
class PublisherKeys
{
public:
    static constexpr int kKeyBytes = 32;

    // The keys, or an empty list and an error naming the bad line.
    [[nodiscard]] static QList<QByteArray> parse(const QString &text, QString *error);
    [[nodiscard]] static QString format(const QByteArray &publicKey);
    // The keys this build pins (assets/updates/publisher-keys.txt, or the
    // file the HARBOR_PUBLISHER_KEYS build option names).
    [[nodiscard]] static QList<QByteArray> pinned();
};

} // namespace harbor::updates
