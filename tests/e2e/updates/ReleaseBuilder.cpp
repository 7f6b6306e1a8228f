// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseBuilder.h"

#include "TestRelease.h"
#include "updates/PackPublisher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace harbor::test {

bool ReleaseBuilder::publish(const QString &root, const QString &name, const ReleaseSpec &spec, QString *error)
{
    // The files only: harbor-pack's code makes the manifest and signs it.
    const QMap<QString, QByteArray> files
        = Release::make(spec.version, spec.secretKey, spec.published.toMSecsSinceEpoch(), spec.instagramNote).files;
    QTemporaryDir source;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile file(source.filePath(it.key()));
        if (!QDir().mkpath(QFileInfo(file).absolutePath()) || !file.open(QIODevice::WriteOnly)
            || file.write(*it) != it->size()) {
            *error = QStringLiteral("cannot write ") + it.key();
            return false;
        }
    }
    updates::PackPublisher::Release release;
    release.packFolder = source.path();
    release.outFolder = QDir(root).filePath(name);
    release.secretKey = spec.secretKey;
    release.published = spec.published;
    release.expires = spec.expires;
    release.minAppVersion = spec.minAppVersion;
    return updates::PackPublisher::publish(release, error).has_value();
}

bool ReleaseBuilder::flipByte(const QString &path, qint64 offsetFromEnd)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < offsetFromEnd) {
        return false;
    }
    const qint64 at = file.size() - offsetFromEnd;
    file.seek(at);
    char byte = 0;
    file.getChar(&byte);
    file.seek(at);
    return file.putChar(static_cast<char>(byte ^ 0x01));
}

} // namespace harbor::test
