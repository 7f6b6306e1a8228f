// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace harbor::vault {

namespace {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

void syncDirectoryOf(const QString &path)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

AtomicFile::Error errorOf(const QFileDevice &file)
{
    // QFileDevice reports ENOSPC as a write error; tell it apart for the user.
    return (errno == ENOSPC || errno == EDQUOT || file.error() == QFileDevice::ResourceError)
        ? AtomicFile::Error::DiskFull
        : AtomicFile::Error::IoError;
}

} // namespace

AtomicFile::Error AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return errorOf(file);
    }
    if (!file.setPermissions(kPrivate)) {
        file.cancelWriting();
        return Error::IoError;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const Error error = errorOf(file);
        file.cancelWriting();
        return error;
    }
    errno = 0;
    // commit() flushes, fsyncs and renames over the old file.
    if (!file.commit()) {
        return errorOf(file);
    }
    syncDirectoryOf(path);
    return Error::None;
}

bool AtomicFile::read(const QString &path, qint64 maxBytes, QByteArray *bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes) {
        return false;
    }
    *bytes = file.read(maxBytes + 1);
    return bytes->size() <= maxBytes && file.error() == QFileDevice::NoError;
}

bool AtomicFile::createPrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    return ok;
}

} // namespace harbor::vault
