// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/Updater.h"

#include "updates/AppVersion.h"
#include "updates/ManifestSignature.h"
#include "updates/PackStore.h"

#include <QDateTime>

namespace harbor::updates {

namespace {

UpdateOutcome failed(UpdateError error)
{
    UpdateOutcome outcome;
    outcome.kind = UpdateOutcome::Kind::Failed;
    outcome.error = std::move(error);
    return outcome;
}

UpdateOutcome upToDate()
{
    UpdateOutcome outcome;
    outcome.kind = UpdateOutcome::Kind::UpToDate;
    return outcome;
}

UpdateError errorWith(UpdateError::Code code, const QString &detail)
{
    return UpdateError { code, 0, detail };
}

} // namespace

Updater::Updater(HttpTransport &transport, const PackStore &store, Config config)
    : m_transport(transport)
    , m_store(store)
    , m_config(std::move(config))
{
}

QByteArray Updater::contentTag(const QByteArray &sha256)
{
    return sha256.isEmpty() ? QByteArray() : '"' + sha256.toHex() + '"';
}

QUrl Updater::normalisedBase(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || !url.userInfo().isEmpty()
        || url.hasQuery() || url.hasFragment()) {
        return {};
    }
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

UpdateError Updater::errorOf(const HttpResponse &response)
{
    using Failure = HttpResponse::Failure;
    using Code = UpdateError::Code;
    static const QHash<Failure, Code> codes {
        { Failure::NotHttps, Code::NotHttps },
        { Failure::Unreachable, Code::Unreachable },
        { Failure::Certificate, Code::Certificate },
        { Failure::Tls, Code::Tls },
        { Failure::TimedOut, Code::TooSlow },
        { Failure::TooLarge, Code::TooLarge },
        { Failure::Truncated, Code::Truncated },
        { Failure::Cancelled, Code::Cancelled },
        { Failure::Other, Code::Network },
    };
    if (response.failure != Failure::None) {
        return errorWith(codes.value(response.failure, Code::Network), response.detail);
    }
    if (response.status >= 300 && response.status < 400 && response.status != 304) {
        // Redirects are never followed: the request would go to an address
        // the user did not choose.
        return UpdateError { Code::Redirected, response.status, QStringLiteral("HTTP %1").arg(response.status) };
    }
    if (response.status != 200 && response.status != 304) {
        return UpdateError { Code::HttpStatus, response.status, QStringLiteral("HTTP %1").arg(response.status) };
    }
    return {};
}

UpdateOutcome Updater::check(
    const QUrl &base, const InstalledState &state, const Progress &progress, const std::atomic_bool &cancel)
{
    const QUrl root = normalisedBase(base.toString());
    if (!root.isValid()) {
        return failed(errorWith(UpdateError::Code::NotHttps, QStringLiteral("not an https base URL")));
    }
    if (cancel) {
        return failed(errorWith(UpdateError::Code::Cancelled, QStringLiteral("cancelled before the manifest")));
    }
    // The only ETag sent is the installed manifest's own hash: the same for
    // everyone who has that manifest, so it tells the server nothing about
    // this install. A tag the server chose is never kept or sent back.
    HttpRequest request { root.resolved(QUrl(kManifestName)),
        state.needsRepair() ? QByteArray() : contentTag(state.manifestSha256), ManifestSignature::kMaxSignedBytes };
    const HttpResponse response = m_transport.get(request, {}, cancel);
    if (const UpdateError error = errorOf(response); !error.ok()) {
        return failed(error);
    }
    if (response.status == 304) {
        // Only an answer to our If-None-Match, and only while the manifest
        // it stands for is valid: a server cannot freeze us with 304s.
        if (request.ifNoneMatch.isEmpty()) {
            return failed(errorWith(UpdateError::Code::Malformed, QStringLiteral("304 without If-None-Match")));
        }
        if (!response.etag.isEmpty() && response.etag != request.ifNoneMatch) {
            return failed(errorWith(UpdateError::Code::Malformed, QStringLiteral("304 for another ETag")));
        }
        if (state.manifestExpiresMs <= m_config.nowMs) {
            return failed(errorWith(UpdateError::Code::Expired, QStringLiteral("304 for an expired manifest")));
        }
        return upToDate();
    }

    // The signature first: nothing of the manifest is read before it verifies.
    const auto json = ManifestSignature::open(response.body, m_config.keys);
    if (!json) {
        return failed(errorWith(UpdateError::Code::BadSignature, QStringLiteral("no pinned key signed the manifest")));
    }
    QString parseError;
    const auto manifest = ManifestParser::parse(*json, &parseError);
    if (!manifest) {
        return failed(errorWith(UpdateError::Code::Malformed, parseError));
    }
    if (!m_config.packId.isEmpty() && manifest->pack != m_config.packId) {
        return failed(errorWith(UpdateError::Code::Malformed, QStringLiteral("another pack: ") + manifest->pack));
    }
    if (manifest->expires.toMSecsSinceEpoch() <= m_config.nowMs) {
        return failed(errorWith(UpdateError::Code::Expired, manifest->expires.toString(Qt::ISODate)));
    }
    const bool repair = state.needsRepair() && manifest->version == state.recordVersion;
    if (manifest->version < state.floorVersion()) {
        return failed(errorWith(UpdateError::Code::Rollback,
            QStringLiteral("version %1 is older than %2").arg(manifest->version).arg(state.floorVersion())));
    }
    if (manifest->version == state.floorVersion() && !repair) {
        return upToDate();
    }
    if (AppVersion::compare(manifest->minAppVersion, m_config.appVersion).value_or(1) > 0) {
        return failed(errorWith(UpdateError::Code::AppTooOld, manifest->minAppVersion));
    }

    QMap<QString, QByteArray> files;
    if (const UpdateError error = fetchFiles(root, *manifest, state, progress, cancel, &files); !error.ok()) {
        return failed(error);
    }
    UpdateError packError;
    auto pack = PackStore::parse(*manifest, files, &packError);
    if (!pack) {
        return failed(packError);
    }
    if (!pack->problems.isEmpty()) {
        // Signed but incomplete: it would replace good guides with fewer.
        return failed(errorWith(UpdateError::Code::InvalidPack, pack->problems.constFirst()));
    }
    if (const UpdateError error = m_store.install(response.body, *manifest, files); !error.ok()) {
        return failed(error);
    }
    UpdateOutcome outcome;
    outcome.kind = UpdateOutcome::Kind::Installed;
    outcome.installed.recordVersion = manifest->version;
    outcome.installed.recordSha256 = PackStore::recordHash(response.body);
    outcome.installed.manifest = manifest;
    outcome.installed.pack = std::move(pack);
    outcome.installed.files = std::move(files);
    return outcome;
}

UpdateError Updater::fetchFiles(const QUrl &base, const Manifest &manifest, const InstalledState &state,
    const Progress &progress, const std::atomic_bool &cancel, QMap<QString, QByteArray> *files)
{
    qint64 toFetch = 0;
    for (const ManifestFile &file : manifest.files) {
        if (!state.filesBySha.contains(file.sha256)) {
            toFetch += file.length;
        }
    }
    qint64 fetched = 0;
    const QUrl versionBase = base.resolved(QUrl(QStringLiteral("%1/").arg(manifest.version)));
    for (const ManifestFile &file : manifest.files) {
        if (const auto local = state.filesBySha.constFind(file.sha256); local != state.filesBySha.cend()) {
            files->insert(file.path, *local);
            continue;
        }
        const auto onProgress = [&](qint64 received, qint64) {
            if (progress && toFetch > 0) {
                progress(static_cast<double>(fetched + std::min(received, file.length)) / static_cast<double>(toFetch));
            }
        };
        if (cancel) {
            return UpdateError { UpdateError::Code::Cancelled, 0, file.path };
        }
        // Capped at the signed length: a server cannot make the app hold more.
        const HttpResponse response = m_transport.get(
            HttpRequest { versionBase.resolved(QUrl(file.path)), {}, file.length }, onProgress, cancel);
        if (UpdateError error = errorOf(response); !error.ok()) {
            return error;
        }
        if (response.status != 200) {
            return UpdateError { UpdateError::Code::HttpStatus, response.status, file.path };
        }
        files->insert(file.path, response.body);
        fetched += file.length;
    }
    if (progress) {
        progress(1.0);
    }
    return {};
}

} // namespace harbor::updates
