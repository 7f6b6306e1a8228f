// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace harbor::vault {

// Writes a whole file atomically (temporary file, fsync, rename, fsync of the
// folder) with mode 0600. On failure the previous file is untouched.
class AtomicFile
{
public:
    enum class Error {
        None,
        DiskFull,
        IoError,
    };
    [[nodiscard]] static Error write(const QString &path, const QByteArray &bytes);
    // Reads at most `maxBytes`; returns false if the file is missing, unreadable or larger.
    [[nodiscard]] static bool read(const QString &path, qint64 maxBytes, QByteArray *bytes);
    // Creates an empty file with mode 0600 if none exists (so SQLite's -wal
    // and -shm, which copy the database's mode, are private too).
    [[nodiscard]] static bool createPrivate(const QString &path);
};

} // namespace harbor::vault
