// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "updates/HttpTransport.h"
#include "updates/Manifest.h"
#include "updates/PackStore.h"
#include "updates/UpdateError.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

namespace harbor::updates {

// What the app has now, as the updater needs it.
struct InstalledState
{
    int builtInVersion = 0; // the pack built into the app
    int recordVersion = 0; // the signed record of the last install (0: none)
    bool installedIntact = false; // the recorded pack loaded and checked out
    // The installed signed manifest: the SHA-256 of its bytes (raw; empty:
    // none) and when it expires. That hash is the only ETag ever sent.
    QByteArray manifestSha256;
    qint64 manifestExpiresMs = 0;
    // Files the app already has (installed or built in), by SHA-256: a file
    // an update did not change is not downloaded again.
    QHash<QByteArray, QByteArray> filesBySha;

    // No update may be older than this (no rollback).
    [[nodiscard]] int floorVersion() const { return std::max(builtInVersion, recordVersion); }
    // The recorded pack is newer than the built-in one but did not load:
    // the same version may be installed again to repair it.
    [[nodiscard]] bool needsRepair() const { return recordVersion > builtInVersion && !installedIntact; }
};

struct UpdateOutcome
{
    enum class Kind {
        UpToDate,
        Installed,
        Failed,
    };
    Kind kind = Kind::Failed;
    UpdateError error;
    // Installed: the new record as PackStore::load() would read it back
    // (manifest, parsed pack, files), so the app uses it without reading
    // and parsing the pack again.
    PackStore::Installed installed;
};

// One update check, start to finish, on the calling (worker) thread:
// fetch <base>/manifest.signed (If-None-Match: the installed manifest's own
// SHA-256, never a tag the server chose), check its signature before
// reading it, refuse rollback, expiry and too-new packs, fetch each changed
// file from <base>/<version>/<path> capped at its listed length, check
// every hash, parse the pack, install it atomically.
class Updater
{
public:
    struct Config
    {
        QList<QByteArray> keys;
        QString appVersion;
        // Never earlier than the installed manifest's publication: a clock
        // set back does not make an expired manifest acceptable again.
        qint64 nowMs = 0;
        QString packId; // the built-in pack's: an update must be the same pack
    };
    using Progress = std::function<void(double fraction)>;

    static inline const QString kManifestName = QStringLiteral("manifest.signed");

    Updater(HttpTransport &transport, const PackStore &store, Config config);

    [[nodiscard]] UpdateOutcome check(
        const QUrl &base, const InstalledState &state, const Progress &progress, const std::atomic_bool &cancel);

    // The If-None-Match value for a manifest's SHA-256 (raw): the hash in
    // lower-case hex, quoted. Empty for an empty hash.
    [[nodiscard]] static QByteArray contentTag(const QByteArray &sha256);

    // A base URL the updater accepts: https, a host, no user info, no query
    // or fragment; with a trailing '/' added. Invalid otherwise.
    [[nodiscard]] static QUrl normalisedBase(const QString &text);

private:
    [[nodiscard]] UpdateError fetchFiles(const QUrl &base, const Manifest &manifest, const InstalledState &state,
        const Progress &progress, const std::atomic_bool &cancel, QMap<QString, QByteArray> *files);
    [[nodiscard]] static UpdateError errorOf(const HttpResponse &response);

    HttpTransport &m_transport;
    const PackStore &m_store;
    Config m_config;
};

} // namespace harbor::updates
