// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "updates/Manifest.h"
#include "updates/UpdateError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace harbor::updates {

// The content pack an update installed, in the data directory:
//
//   content/manifest.signed   the publisher-signed manifest: the record of
//                             the highest version installed (no rollback)
//   content/v<version>/...    that version's files
//
// An install writes the new version's folder completely, then replaces
// manifest.signed atomically: that rename is the moment the new pack takes
// effect, so a crash leaves either the old pack or the new one. Loading
// checks the signature and every file's length and hash again; anything
// wrong means the built-in pack is used, but the signed record still sets
// the version an update must exceed.
class PackStore
{
public:
    struct Installed
    {
        int recordVersion = 0; // 0: no valid record
        // SHA-256 of the signed record's bytes (a valid record only): the
        // manifest's own content hash, the only ETag Harbor ever sends.
        QByteArray recordSha256;
        std::optional<Manifest> manifest;
        std::optional<content::Pack> pack; // only when every file checked out
        QMap<QString, QByteArray> files; // the pack's files, when it loaded
        QString problem; // why an existing record or pack did not load
    };

    PackStore(QString folder, QList<QByteArray> keys);

    [[nodiscard]] QString folder() const { return m_folder; }
    // Reads the signed record, checks its signature, then every file's
    // length and hash, and parses the pack.
    [[nodiscard]] Installed load() const;
    // Start-up: runs load() on a worker thread (a shell::BackgroundJob)
    // while the UI thread connects to the window system; the next load() of
    // this folder with these keys waits for that result instead of loading
    // again. Same checks, same result, only earlier and off the UI thread.
    // Call on the UI thread.
    void preload() const;
    [[nodiscard]] UpdateError install(
        const QByteArray &signedManifest, const Manifest &manifest, const QMap<QString, QByteArray> &files) const;

    // Checks files against a manifest: each listed, each the right length
    // and hash. A failure names the file.
    [[nodiscard]] static UpdateError check(const Manifest &manifest, const QMap<QString, QByteArray> &files);
    // Parses files checked against `manifest` into a pack of the same id and version.
    [[nodiscard]] static std::optional<content::Pack> parse(
        const Manifest &manifest, const QMap<QString, QByteArray> &files, UpdateError *error);

    // SHA-256 (raw) of a signed manifest's bytes, as Installed::recordSha256.
    [[nodiscard]] static QByteArray recordHash(const QByteArray &signedManifest);

    static inline const QString kRecordName = QStringLiteral("manifest.signed");

private:
    // The signed record alone (version, hash, manifest), without the pack.
    [[nodiscard]] Installed readRecord() const;
    [[nodiscard]] Installed loadNow() const;
    [[nodiscard]] QString versionFolder(int version) const;
    void removeAllBut(const QString &keep) const;

    QString m_folder;
    QList<QByteArray> m_keys;
};

} // namespace harbor::updates
