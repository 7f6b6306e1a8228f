// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QTimeZone>

namespace harbor::test::golden {

// What tests/data/golden/README.md says the golden files hold. These are
// written out here, not shared with tools/golden: the files were made once,
// and a test must not follow a generator that changed since.
inline const QString kVaultPassphrase = QStringLiteral("golden harbour lights 1");
inline const QString kRecoveryKey = QStringLiteral("CX7Y-8N1F-F2PS-XCEN-FYXY-8S1A-GWBX");
inline const QString kBackupPassphrase = QStringLiteral("golden backup tide 1");
inline constexpr int kSchemaVersion = 3;
inline const QString kChainHead = QStringLiteral("cdc5259b095537f04af1b2285b15735434c89175a738bfd70b8a748bd3be95d7");
inline constexpr qint64 kChainLinks = 9;
inline constexpr qint64 kChainEntries = 5;
// The journal's clock started here (tools/golden/main.cpp).
inline const QDateTime kStart(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());
inline constexpr int kPackVersion = 7;
// Inside the pack's validity (published 2026-12-01, expires 2027-12-01).
inline const QDateTime kPackCheckedAt(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());

inline QString dir(const QString &name)
{
    return QDir(QStringLiteral(HARBOR_GOLDEN_DIR)).filePath(name);
}

// Tests never open the committed files in place: opening a vault may write
// to it (WAL, migrations, the back-off record).
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    bool any = false;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target)) {
            return false;
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        any = true;
    }
    return any;
}

// XORs one byte of a file: the smallest change a format must notice.
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || offset < 0 || offset >= file.size()) {
        return false;
    }
    file.seek(offset);
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    return file.putChar(static_cast<char>(byte ^ 0x20));
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace harbor::test::golden
