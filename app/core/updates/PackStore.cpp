// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/PackStore.h"

#include "content/PackParser.h"
#include "shell/BackgroundJob.h"
#include "updates/ManifestSignature.h"
#include "vault/AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <memory>

namespace harbor::updates {

namespace {

UpdateError storageError(const QString &detail)
{
    return UpdateError { UpdateError::Code::Storage, 0, detail };
}

// What preload() started (UI thread only): one store, loaded on a worker.
struct Preload
{
    QString folder;
    QList<QByteArray> keys;
    std::unique_ptr<shell::BackgroundJob> job;
    std::shared_ptr<PackStore::Installed> installed;
};

Preload &preloaded()
{
    static Preload instance;
    return instance;
}

} // namespace

PackStore::PackStore(QString folder, QList<QByteArray> keys)
    : m_folder(std::move(folder))
    , m_keys(std::move(keys))
{
}

QString PackStore::versionFolder(int version) const
{
    return QDir(m_folder).filePath(QStringLiteral("v%1").arg(version));
}

PackStore::Installed PackStore::readRecord() const
{
    Installed installed;
    QByteArray signedManifest;
    const QString recordPath = QDir(m_folder).filePath(kRecordName);
    if (!QFileInfo::exists(recordPath)) {
        return installed;
    }
    if (!vault::AtomicFile::read(recordPath, ManifestSignature::kMaxSignedBytes, &signedManifest)) {
        installed.problem = QStringLiteral("%1: unreadable").arg(kRecordName);
        return installed;
    }
    const auto json = ManifestSignature::open(signedManifest, m_keys);
    QString error;
    const auto manifest = json ? ManifestParser::parse(*json, &error) : std::nullopt;
    if (!manifest) {
        installed.problem = QStringLiteral("%1: %2").arg(kRecordName, json ? error : QStringLiteral("bad signature"));
        return installed;
    }
    installed.recordVersion = manifest->version;
    installed.recordSha256 = recordHash(signedManifest);
    installed.manifest = manifest;
    return installed;
}

PackStore::Installed PackStore::load() const
{
    Preload &pending = preloaded();
    if (!pending.job || pending.folder != m_folder || pending.keys != m_keys) {
        return loadNow();
    }
    pending.job->wait();
    pending.job.reset();
    Installed installed = std::move(*pending.installed);
    pending = Preload {};
    return installed;
}

void PackStore::preload() const
{
    Preload &pending = preloaded();
    if (pending.job) {
        return;
    }
    pending.folder = m_folder;
    pending.keys = m_keys;
    pending.installed = std::make_shared<Installed>();
    pending.job = std::make_unique<shell::BackgroundJob>();
    pending.job->start([store = *this, installed = pending.installed](
                           shell::BackgroundJob::Progress &) { *installed = store.loadNow(); });
}

PackStore::Installed PackStore::loadNow() const
{
    Installed installed = readRecord();
    if (!installed.manifest) {
        return installed;
    }
    QMap<QString, QByteArray> files;
    const QDir dir(versionFolder(installed.manifest->version));
    for (const ManifestFile &file : installed.manifest->files) {
        QByteArray bytes;
        if (vault::AtomicFile::read(dir.filePath(file.path), file.length, &bytes)) {
            files.insert(file.path, bytes);
        }
    }
    UpdateError parseError;
    installed.pack = parse(*installed.manifest, files, &parseError);
    if (installed.pack) {
        installed.files = files;
    } else {
        installed.problem = parseError.detail;
    }
    return installed;
}

QByteArray PackStore::recordHash(const QByteArray &signedManifest)
{
    return QCryptographicHash::hash(signedManifest, QCryptographicHash::Sha256);
}

UpdateError PackStore::check(const Manifest &manifest, const QMap<QString, QByteArray> &files)
{
    for (const ManifestFile &file : manifest.files) {
        const auto it = files.constFind(file.path);
        if (it == files.cend()) {
            return UpdateError { UpdateError::Code::HashMismatch, 0, file.path + QStringLiteral(": missing") };
        }
        if (it->size() != file.length || QCryptographicHash::hash(*it, QCryptographicHash::Sha256) != file.sha256) {
            return UpdateError { UpdateError::Code::HashMismatch, 0,
                file.path + QStringLiteral(": length or SHA-256 differs from the manifest") };
        }
    }
    return {};
}

std::optional<content::Pack> PackStore::parse(
    const Manifest &manifest, const QMap<QString, QByteArray> &files, UpdateError *error)
{
    *error = check(manifest, files);
    if (!error->ok()) {
        return std::nullopt;
    }
    QString parseError;
    auto pack = content::PackParser::parse(files, &parseError);
    if (!pack) {
        *error = UpdateError { UpdateError::Code::InvalidPack, 0, parseError };
        return std::nullopt;
    }
    if (pack->id != manifest.pack || pack->version != manifest.version) {
        *error = UpdateError { UpdateError::Code::InvalidPack, 0,
            QStringLiteral("pack.json: id or version differs from the manifest") };
        return std::nullopt;
    }
    return pack;
}

UpdateError PackStore::install(
    const QByteArray &signedManifest, const Manifest &manifest, const QMap<QString, QByteArray> &files) const
{
    // The record on disk, not a snapshot: nothing older replaces it. Only
    // the record: the pack it names need not be read, let alone parsed.
    if (const int recorded = readRecord().recordVersion; recorded > manifest.version) {
        return UpdateError { UpdateError::Code::Rollback, 0,
            QStringLiteral("version %1 is older than the installed %2").arg(manifest.version).arg(recorded) };
    }
    QDir root(m_folder);
    if (!root.mkpath(QStringLiteral("."))) {
        return storageError(QStringLiteral("cannot create %1").arg(m_folder));
    }
    const QString staging = root.filePath(
        QStringLiteral("staging-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    QDir stagingDir(staging);
    const auto abandon = [&stagingDir](const QString &detail) {
        stagingDir.removeRecursively();
        return storageError(detail);
    };
    for (const ManifestFile &file : manifest.files) {
        const QString path = stagingDir.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return abandon(QStringLiteral("cannot create a folder for %1").arg(file.path));
        }
        if (vault::AtomicFile::write(path, files.value(file.path)) != vault::AtomicFile::Error::None) {
            return abandon(QStringLiteral("cannot write %1").arg(file.path));
        }
    }
    const QString target = versionFolder(manifest.version);
    if (QFileInfo::exists(target) && !QDir(target).removeRecursively()) {
        return abandon(QStringLiteral("cannot replace %1").arg(target));
    }
    if (!root.rename(staging, target)) {
        return abandon(QStringLiteral("cannot move the new pack into place"));
    }
    // The commit point (AtomicFile also syncs the folder, and with it the rename above).
    if (vault::AtomicFile::write(root.filePath(kRecordName), signedManifest) != vault::AtomicFile::Error::None) {
        return storageError(QStringLiteral("cannot write %1").arg(kRecordName));
    }
    removeAllBut(QFileInfo(target).fileName());
    return {};
}

void PackStore::removeAllBut(const QString &keep) const
{
    const QDir root(m_folder);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (name != keep) {
            QDir(root.filePath(name)).removeRecursively();
        }
    }
}

} // namespace harbor::updates
