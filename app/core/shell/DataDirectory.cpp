// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace harbor::shell {

namespace {
// Taken once, by the first confineProcessTo(), before it changes anything.
std::optional<QProcessEnvironment> &savedUserEnvironment()
{
    static std::optional<QProcessEnvironment> saved;
    return saved;
}
} // namespace

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

QString DataDirectory::confinementFolder(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral(".harbor-session"));
}

QProcessEnvironment DataDirectory::userEnvironment()
{
    const auto &saved = savedUserEnvironment();
    return saved ? *saved : QProcessEnvironment::systemEnvironment();
}

void DataDirectory::confineProcessTo(const QString &dir)
{
    if (!savedUserEnvironment()) {
        savedUserEnvironment() = QProcessEnvironment::systemEnvironment();
    }
    QDir().mkpath(confinementFolder(dir));
    const QDir base(confinementFolder(dir));
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

bool DataDirectory::isHarborEntry(const QString &name)
{
    // Whole names Harbor writes in the data directory, and the files whose
    // temporary copies (QSaveFile: "<name>.<random>") may be left by a crash.
    static const QStringList exact
        = { QStringLiteral("settings.ini"), QStringLiteral("settings.ini.lock"), QStringLiteral("journal.db"),
              QStringLiteral("journal.db-wal"), QStringLiteral("journal.db-shm"), QStringLiteral("journal.db-journal"),
              QStringLiteral("journal.key"), QStringLiteral("unlock-attempts.json"), QStringLiteral("restore-ready"),
              QStringLiteral("restore-staging"), QStringLiteral("content"), QStringLiteral(".harbor-session") };
    static const QStringList temporaryOf = { QStringLiteral("settings.ini."), QStringLiteral("journal.key."),
        QStringLiteral("unlock-attempts.json."), QStringLiteral("restore-ready.") };
    if (exact.contains(name)) {
        return true;
    }
    return std::any_of(temporaryOf.cbegin(), temporaryOf.cend(),
        [&name](const QString &prefix) { return name.startsWith(prefix) && name.size() > prefix.size(); });
}

QStringList DataDirectory::removeHarborFiles(const QString &dir)
{
    QStringList left;
    const QDir base(dir);
    const QFileInfoList entries
        = base.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!isHarborEntry(entry.fileName())) {
            continue;
        }
        // A link is removed as a link, never followed.
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                 : QFile::remove(entry.filePath());
        if (!removed) {
            left << entry.filePath();
        }
    }
    return left;
}

} // namespace harbor::shell
