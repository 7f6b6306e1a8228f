// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace harbor::shell {

QString DataDirectory::explicitLocation(const QString &option)
{
    if (!option.isEmpty()) {
        return QDir(option).absolutePath();
    }
    const QString fromEnvironment = qEnvironmentVariable("HARBOR_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return QDir(fromEnvironment).absolutePath();
    }
    return {};
}

void DataDirectory::confineProcessTo(const QString &dir)
{
    const QDir base(dir);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(base.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(base.filePath(QStringLiteral("cache"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(base.filePath(QStringLiteral("share"))));
    qputenv("XDG_STATE_HOME", QFile::encodeName(base.filePath(QStringLiteral("state"))));
    // Without a session runtime dir Qt would create /tmp/runtime-<user>.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = base.filePath(QStringLiteral("runtime"));
        if (QDir().mkpath(runtime)) {
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
}

QString DataDirectory::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataDirectory::ensurePrivate(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = QCoreApplication::translate("DataDirectory", "Cannot create the folder %1.").arg(dir);
        }
        return false;
    }
    if (!QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        if (error) {
            *error = QCoreApplication::translate("DataDirectory", "Cannot make the folder %1 private.").arg(dir);
        }
        return false;
    }
    return true;
}

} // namespace harbor::shell
