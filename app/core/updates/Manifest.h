// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace harbor::updates {

struct ManifestFile
{
    QString path; // relative to pack.json, as in the pack's "files"
    qint64 length = 0;
    QByteArray sha256; // raw 32 bytes
};

// What a publisher signs: which pack, which version, until when it may be
// offered, which app it needs, and every file with its length and hash.
// Parsed only after ManifestSignature::open() said the publisher signed it.
struct Manifest
{
    QString pack;
    int version = 0;
    QDateTime published;
    QDateTime expires;
    QString minAppVersion;
    QList<ManifestFile> files;

    [[nodiscard]] const ManifestFile *file(const QString &path) const;
    [[nodiscard]] QByteArray toJson() const;
};

class ManifestParser
{
public:
    static constexpr int kFormat = 1;
    static constexpr int kMaxFiles = 500;
    // A signed manifest cannot be offered for ever: a release is signed again well before this.
    static constexpr int kMaxLifetimeDays = 400;

    // The manifest, or nullopt and an error "/path: reason".
    [[nodiscard]] static std::optional<Manifest> parse(const QByteArray &json, QString *error);
};

} // namespace harbor::updates
