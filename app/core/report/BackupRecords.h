// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/BackupError.h"
#include "report/BackupTables.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <variant>

namespace harbor::report {

class BackupByteSink;
class BackupByteSource;

// Text as the UTF-8 bytes SQLite stores, passed through without decoding.
struct BackupText
{
    QByteArray utf8;
};

// One column value, as SQLite stores it.
using BackupValue = std::variant<std::monostate, qint64, BackupText, QByteArray>;

// The records inside the encrypted stream:
//   'M' u32 length, JSON   what made the backup, the settings that matter and
//                          the journal chain's head (Backup.h, BackupSummary);
//                          backups made before it was added have none
//   'R' u8 table, then that table's column count of values:
//       0 NULL | 1 int64 (8 bytes BE) | 2 text (u32 length, UTF-8) | 3 blob (u32 length, bytes)
//   'E' u8 table count, then a u64 row count per table
// in that order: one M, any R, one E, then the end of the stream.
class BackupRecordWriter
{
public:
    explicit BackupRecordWriter(BackupByteSink &stream);
    [[nodiscard]] BackupError meta(const QJsonObject &meta);
    [[nodiscard]] BackupError row(int table, const QList<BackupValue> &values);
    [[nodiscard]] BackupError end();

private:
    BackupByteSink &m_stream;
    QByteArray m_buffer;
    std::array<quint64, kBackupTables.size()> m_counts {};
};

class BackupRecordReader
{
public:
    static constexpr quint32 kMaxValueBytes = 64 * 1024 * 1024;
    static constexpr quint32 kMaxMetaBytes = 64 * 1024;

    struct Visitor
    {
        std::function<BackupError(const QJsonObject &)> meta;
        std::function<BackupError(int table, const QList<BackupValue> &)> row;
    };

    explicit BackupRecordReader(BackupByteSource &stream);
    // Reads every record to the end, checking structure and counts.
    [[nodiscard]] BackupError readAll(const Visitor &visitor);
    // Reads only the first record, the meta (what Backup::inspect shows);
    // the rest of the stream is left unread.
    [[nodiscard]] BackupError readMeta(QJsonObject *meta);

private:
    // Reuses the bytes `value` already holds when it can: rows of large
    // files then need no new allocation each.
    [[nodiscard]] BackupError readValue(BackupValue *value);
    template<typename T>
    [[nodiscard]] BackupError readNumber(T *value);

    BackupByteSource &m_stream;
};

} // namespace harbor::report
