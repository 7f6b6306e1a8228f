// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace harbor::vault {

// An open, keyed SQLCipher database. Never QtSql (SECURITY.md): with
// libsqlite3 in the same process, PRAGMA key would silently do nothing.
class Database
{
public:
    enum class Error {
        None,
        WrongKey, // SQLITE_NOTADB after keying: wrong key, or not our database
        NotEncrypted, // cipher_version is empty: plain SQLite got linked
        SettingRefused, // a pragma did not take effect when read back
        Damaged, // SQLITE_CORRUPT and friends
        DiskFull,
        IoError,
        Missing,
    };

    struct Options
    {
        bool create = false;
        int cipherPageSize = 4096;
        int cipherKdfIter = 64000;
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens in SECURITY.md's order: key, probe sqlite_master, check
    // cipher_version, then WAL, synchronous=FULL, secure_delete, in-memory
    // temp store, foreign keys, no mmap; each read back.
    [[nodiscard]] static std::unique_ptr<Database> open(
        const QString &path, const SecureBuffer &key, const Options &options, Error *error, QString *detail = nullptr);

    class Statement;
    [[nodiscard]] Statement prepare(const char *sql);
    // For fixed SQL only (schema, pragmas): never build SQL from input.
    [[nodiscard]] Error exec(const char *sql, QString *detail = nullptr);
    [[nodiscard]] std::optional<QString> pragma(const char *name);
    [[nodiscard]] Error begin() { return exec("BEGIN IMMEDIATE"); }
    [[nodiscard]] Error commit() { return exec("COMMIT"); }
    void rollback();

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] static Error errorFromCode(int code);

private:
    explicit Database(sqlite3 *db);
    static int authorize(void *self, int action, const char *table, const char *, const char *, const char *);
    sqlite3 *m_db = nullptr;
    // Set while Harbor prepares its own statements: they may not touch the
    // FTS shadow tables (SQLite's own FTS code still may).
    bool m_preparing = false;
};

// A prepared statement; finalized on destruction.
class Database::Statement
{
public:
    Statement(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindBlob(int index, QByteArrayView bytes);
    // Without a copy, for large values: the bytes must stay valid and
    // unchanged until reset() or the statement's end.
    void bindBlobUnowned(int index, QByteArrayView bytes);
    void bindTextUnowned(int index, QByteArrayView utf8);
    void bindNull(int index);
    // SQLITE_ROW → true; done or error → false (see error()).
    [[nodiscard]] bool step();
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString columnText(int index) const;
    [[nodiscard]] qint64 columnInt(int index) const;
    [[nodiscard]] QByteArray columnBlob(int index) const;
    // The column's bytes (text as UTF-8) without a copy: valid until the
    // next step() or reset().
    [[nodiscard]] QByteArrayView columnBlobView(int index) const;
    [[nodiscard]] QByteArrayView columnTextView(int index) const;
    [[nodiscard]] bool columnIsNull(int index) const;
    enum class Type {
        Null,
        Integer,
        Real,
        Text,
        Blob,
    };
    [[nodiscard]] Type columnType(int index) const;
    // For reuse: clears bindings and rewinds.
    void reset();

private:
    friend class Database;
    explicit Statement(sqlite3_stmt *stmt, Error error);
    void noteBind(int rc);
    sqlite3_stmt *m_stmt = nullptr;
    Error m_error = Error::None;
    bool m_bindFailed = false;
};

} // namespace harbor::vault
