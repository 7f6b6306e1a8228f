// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/PackPublisher.h"

#include "content/PackLoader.h"
#include "content/PackParser.h"
#include "updates/AppVersion.h"
#include "updates/ManifestSignature.h"
#include "updates/PackStore.h"
#include "vault/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace harbor::updates {

namespace {

std::nullopt_t fail(QString *error, const QString &message)
{
    *error = message;
    return std::nullopt;
}

// Published files are for a web server to read: 0644, not the app's 0600.
bool writePublic(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return false;
    }
    file.setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return file.commit();
}

} // namespace

std::optional<Manifest> PackPublisher::publish(const Release &release, QString *error)
{
    QString loadError;
    const QMap<QString, QByteArray> files = content::PackLoader::readFiles(release.packFolder, &loadError);
    const auto pack = files.isEmpty() ? std::nullopt : content::PackParser::parse(files, &loadError);
    if (!pack) {
        return fail(error, loadError);
    }
    if (!pack->problems.isEmpty()) {
        return fail(error, pack->problems.join(QLatin1Char('\n')));
    }
    if (!AppVersion::isValid(release.minAppVersion)) {
        return fail(error, QStringLiteral("min-app-version: expected MAJOR.MINOR.PATCH"));
    }
    Manifest manifest;
    manifest.pack = pack->id;
    manifest.version = pack->version;
    manifest.published = release.published.toUTC();
    manifest.expires = release.expires.toUTC();
    manifest.minAppVersion = release.minAppVersion;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        manifest.files.append(
            ManifestFile { it.key(), it->size(), QCryptographicHash::hash(*it, QCryptographicHash::Sha256) });
    }
    const QByteArray json = manifest.toJson();
    QString parseError;
    if (!ManifestParser::parse(json, &parseError)) {
        return fail(error, parseError);
    }
    const QByteArray signedManifest = ManifestSignature::sign(json, release.secretKey);
    if (signedManifest.isEmpty()) {
        return fail(error, QStringLiteral("the secret key is not a 64-byte Ed25519 key"));
    }
    const QDir out(release.outFolder);
    const QDir versionDir(out.filePath(QString::number(manifest.version)));
    // Published files are immutable (caches keep them): a new release needs a new version.
    if (versionDir.exists() && !versionDir.isEmpty()) {
        return fail(error,
            QStringLiteral("%1 exists: raise \"version\" in pack.json for a new release").arg(versionDir.path()));
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = versionDir.filePath(it.key());
        if (!writePublic(path, *it)) {
            return fail(error, QStringLiteral("cannot write %1").arg(path));
        }
    }
    // Last, so a server never offers a manifest whose files are not there yet.
    if (!writePublic(out.filePath(PackStore::kRecordName), signedManifest)) {
        return fail(error, QStringLiteral("cannot write %1").arg(out.filePath(PackStore::kRecordName)));
    }
    return manifest;
}

std::optional<Manifest> PackPublisher::verify(
    const QString &folder, const QList<QByteArray> &keys, qint64 nowMs, QString *error)
{
    const QDir dir(folder);
    QByteArray signedManifest;
    if (!vault::AtomicFile::read(
            dir.filePath(PackStore::kRecordName), ManifestSignature::kMaxSignedBytes, &signedManifest)) {
        return fail(error, QStringLiteral("%1: missing or too large").arg(PackStore::kRecordName));
    }
    const auto json = ManifestSignature::open(signedManifest, keys);
    if (!json) {
        return fail(error, QStringLiteral("%1: not signed by any of the given keys").arg(PackStore::kRecordName));
    }
    QString parseError;
    auto manifest = ManifestParser::parse(*json, &parseError);
    if (!manifest) {
        return fail(error, QStringLiteral("%1: %2").arg(PackStore::kRecordName, parseError));
    }
    if (manifest->expires.toMSecsSinceEpoch() <= nowMs) {
        return fail(error,
            QStringLiteral("%1: expired on %2").arg(PackStore::kRecordName, manifest->expires.toString(Qt::ISODate)));
    }
    QMap<QString, QByteArray> files;
    const QDir versionDir(dir.filePath(QString::number(manifest->version)));
    for (const ManifestFile &file : manifest->files) {
        QByteArray bytes;
        if (vault::AtomicFile::read(versionDir.filePath(file.path), file.length, &bytes)) {
            files.insert(file.path, bytes);
        }
    }
    UpdateError packError;
    if (!PackStore::parse(*manifest, files, &packError)) {
        return fail(error, packError.detail);
    }
    return manifest;
}

} // namespace harbor::updates
