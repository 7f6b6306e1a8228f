// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultReplacement.h"

#include "vault/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace harbor::vault {

namespace {

const QString kStaging = QStringLiteral("restore-staging");
const QString kMarker = QStringLiteral("restore-ready");
const QString kDatabase = QStringLiteral("journal.db");
const QString kHeader = QStringLiteral("journal.key");

bool moveOver(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from)) {
        return true; // moved before a crash
    }
    // rename(2) replaces `to` atomically; QFile::rename would refuse.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString VaultReplacement::stagingFolder(const QString &dataDir)
{
    return QDir(dataDir).filePath(kStaging);
}

bool VaultReplacement::prepareStaging(const QString &dataDir)
{
    abandon(dataDir);
    return QDir(dataDir).mkpath(kStaging)
        && QFile::setPermissions(
            stagingFolder(dataDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void VaultReplacement::abandon(const QString &dataDir)
{
    if (!QFileInfo::exists(QDir(dataDir).filePath(kMarker))) {
        QDir(stagingFolder(dataDir)).removeRecursively();
    }
}

bool VaultReplacement::commit(const QString &dataDir)
{
    const QDir staging(stagingFolder(dataDir));
    if (!QFileInfo::exists(staging.filePath(kDatabase)) || !QFileInfo::exists(staging.filePath(kHeader))) {
        return false;
    }
    if (AtomicFile::write(QDir(dataDir).filePath(kMarker), QByteArrayLiteral("1")) != AtomicFile::Error::None) {
        return false;
    }
    completePending(dataDir);
    return !QFileInfo::exists(QDir(dataDir).filePath(kMarker));
}

void VaultReplacement::completePending(const QString &dataDir)
{
    const QDir data(dataDir);
    if (!QFileInfo::exists(data.filePath(kMarker))) {
        return;
    }
    const QDir staging(stagingFolder(dataDir));
    // The old database's log files belong to the old database.
    if (QFileInfo::exists(staging.filePath(kDatabase))) {
        QFile::remove(data.filePath(kDatabase + QStringLiteral("-wal")));
        QFile::remove(data.filePath(kDatabase + QStringLiteral("-shm")));
    }
    const bool moved = moveOver(staging.filePath(kDatabase + QStringLiteral("-wal")),
                           data.filePath(kDatabase + QStringLiteral("-wal")))
        && moveOver(staging.filePath(kDatabase), data.filePath(kDatabase))
        && moveOver(staging.filePath(kHeader), data.filePath(kHeader));
    if (!moved) {
        return; // tried again at the next start
    }
    (void)AtomicFile::write(data.filePath(QStringLiteral(".restore-sync")), {}); // syncs the folder
    QFile::remove(data.filePath(QStringLiteral(".restore-sync")));
    QFile::remove(data.filePath(kMarker));
    QDir(stagingFolder(dataDir)).removeRecursively();
}

} // namespace harbor::vault
