// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace harbor::test {

// Publishes releases of the built-in pack for the update tests, exactly as
// harbor-pack does: a new version number, optionally a changed Instagram
// guide (a changed first step, so its checklist needs a re-check), signed
// with a throwaway key into <root>/<name>/.
struct ReleaseSpec
{
    int version = 2;
    QByteArray secretKey;
    QDateTime published = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
    QString minAppVersion = QStringLiteral("0.1.0");
    QString instagramNote; // appended to the first step's title; empty: unchanged
};

class ReleaseBuilder
{
public:
    [[nodiscard]] static bool publish(
        const QString &root, const QString &name, const ReleaseSpec &spec, QString *error);
    // Flips one byte of a published file (path relative to the release).
    [[nodiscard]] static bool flipByte(const QString &path, qint64 offsetFromEnd);
};

} // namespace harbor::test
