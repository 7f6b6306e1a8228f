// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Database.h"

// sqlite3_key() is declared only with SQLITE_HAS_CODEC; SQLCipher is built with it.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QFileInfo>

namespace harbor::vault {

namespace {

// FTS4 keeps its index in shadow tables named <table>_content, _segments,
// _segdir, _docsize and _stat; Harbor's FTS tables all end in "_fts".
bool isFtsShadowTable(const char *table)
{
    if (!table) {
        return false;
    }
    const QByteArray name(table);
    const qsizetype marker = name.indexOf("_fts_");
    return marker > 0 && name.indexOf('_', marker + 5) < 0;
}

} // namespace

// Statements are the only SQL Harbor runs; nothing may attach another file,
// and Harbor's own statements never read or write FTS shadow tables.
int Database::authorize(void *self, int action, const char *table, const char *, const char *, const char *)
{
    if (action == SQLITE_ATTACH || action == SQLITE_DETACH) {
        return SQLITE_DENY;
    }
    const bool tableAccess = action == SQLITE_READ || action == SQLITE_INSERT || action == SQLITE_UPDATE
        || action == SQLITE_DELETE || action == SQLITE_DROP_TABLE;
    if (tableAccess && static_cast<Database *>(self)->m_preparing && isFtsShadowTable(table)) {
        return SQLITE_DENY;
    }
    return SQLITE_OK;
}

Database::Database(sqlite3 *db)
    : m_db(db)
{
}

Database::~Database()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

Database::Error Database::errorFromCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return Error::None;
    case SQLITE_NOTADB:
        return Error::WrongKey;
    case SQLITE_FULL:
        return Error::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return Error::Damaged;
    case SQLITE_CANTOPEN:
        return Error::Missing;
    default:
        return Error::IoError;
    }
}

std::unique_ptr<Database> Database::open(
    const QString &path, const SecureBuffer &key, const Options &options, Error *error, QString *detail)
{
    auto fail = [&](Error e, const QString &why) -> std::unique_ptr<Database> {
        if (error) {
            *error = e;
        }
        if (detail) {
            *detail = why;
        }
        return nullptr;
    };
    if (!options.create && !QFileInfo::exists(path)) {
        return fail(Error::Missing, QStringLiteral("no database file"));
    }
    if (key.size() != 32) {
        return fail(Error::WrongKey, QStringLiteral("the data key must be 32 bytes"));
    }

    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (options.create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK) {
        return fail(errorFromCode(rc), db->lastError());
    }
    sqlite3_extended_result_codes(raw, 1);

    // 1. The raw key, as x'<64 hex>' so SQLCipher's own PBKDF2 is skipped.
    SecureBuffer keySpec(3 + 64);
    auto *spec = reinterpret_cast<char *>(keySpec.data());
    spec[0] = 'x';
    spec[1] = '\'';
    sodium_bin2hex(spec + 2, 65, key.data(), key.size()); // writes 64 hex digits and a NUL
    spec[66] = '\'';
    if (sqlite3_key(raw, keySpec.data(), static_cast<int>(keySpec.size())) != SQLITE_OK) {
        return fail(Error::IoError, db->lastError());
    }
    keySpec.clear();

    // The file format is pinned, not left to the library's defaults.
    const QByteArray pageSize = "PRAGMA cipher_page_size = " + QByteArray::number(options.cipherPageSize);
    const QByteArray kdfIter = "PRAGMA kdf_iter = " + QByteArray::number(options.cipherKdfIter);
    if (db->exec(pageSize.constData()) != Error::None || db->exec(kdfIter.constData()) != Error::None) {
        return fail(Error::IoError, db->lastError());
    }
    // SQLCipher 4 (the Flatpak's) defaults to SHA-512; a 3.4 file uses SHA-1
    // for its page HMAC and key derivation. Naming them makes the same file
    // open under both; 3.4 does not know these pragmas and ignores them.
    if (db->exec("PRAGMA cipher_hmac_algorithm = HMAC_SHA1") != Error::None
        || db->exec("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1") != Error::None) {
        return fail(Error::IoError, db->lastError());
    }

    // 2. A wrong key fails here with SQLITE_NOTADB.
    {
        Statement probe = db->prepare("SELECT count(*) FROM sqlite_master");
        if (!probe.isValid() || (!probe.step() && probe.error() != Error::None)) {
            const Error e = probe.isValid() ? probe.error() : errorFromCode(sqlite3_errcode(raw));
            return fail(e, db->lastError());
        }
    }

    // 3. Refuse to run without encryption.
    const auto cipherVersion = db->pragma("cipher_version");
    if (!cipherVersion || cipherVersion->isEmpty()) {
        return fail(Error::NotEncrypted, QStringLiteral("cipher_version is empty: SQLCipher is not in use"));
    }

    // 4. Durability and hygiene, each verified by reading it back
    //    (SQLCipher 3.4 silently ignores pragmas it does not know).
    struct Setting
    {
        const char *set;
        const char *name;
        const char *expected;
    };
    static constexpr Setting settings[] = {
        { "PRAGMA journal_mode = WAL", "journal_mode", "wal" },
        { "PRAGMA synchronous = FULL", "synchronous", "2" },
        { "PRAGMA secure_delete = ON", "secure_delete", "1" },
        { "PRAGMA temp_store = MEMORY", "temp_store", "2" },
        { "PRAGMA foreign_keys = ON", "foreign_keys", "1" },
        { "PRAGMA mmap_size = 0", "mmap_size", "0" },
        // 8 MiB of decrypted pages (SQLite's default is 2 MiB): a search or
        // a page of the list decrypts far fewer pages twice.
        { "PRAGMA cache_size = -8192", "cache_size", "-8192" },
        { nullptr, "cipher_page_size", nullptr },
    };
    for (const Setting &setting : settings) {
        if (!setting.set) {
            const auto value = db->pragma(setting.name);
            if (!value || value->toInt() != options.cipherPageSize) {
                return fail(Error::SettingRefused, QStringLiteral("cipher_page_size did not take effect"));
            }
            continue;
        }
        Statement statement = db->prepare(setting.set);
        while (statement.isValid() && statement.step()) { }
        if (!statement.isValid() || statement.error() != Error::None) {
            return fail(statement.isValid() ? statement.error() : Error::IoError, db->lastError());
        }
        const auto value = db->pragma(setting.name);
        if (!value || value->compare(QLatin1String(setting.expected), Qt::CaseInsensitive) != 0) {
            return fail(
                Error::SettingRefused, QStringLiteral("%1 did not take effect").arg(QLatin1String(setting.name)));
        }
    }
    sqlite3_set_authorizer(raw, &Database::authorize, db.get());
    if (error) {
        *error = Error::None;
    }
    return db;
}

Database::Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    m_preparing = true;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    m_preparing = false;
    return Statement(rc == SQLITE_OK ? stmt : nullptr, errorFromCode(rc));
}

Database::Error Database::exec(const char *sql, QString *detail)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && detail) {
        *detail = lastError();
    }
    return errorFromCode(rc);
}

std::optional<QString> Database::pragma(const char *name)
{
    const QByteArray sql = QByteArrayLiteral("PRAGMA ") + name;
    Statement statement = prepare(sql.constData());
    if (!statement.isValid() || !statement.step()) {
        return std::nullopt;
    }
    return statement.columnText(0);
}

void Database::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Database::Statement::Statement(sqlite3_stmt *stmt, Error error)
    : m_stmt(stmt)
    , m_error(error)
{
}

Database::Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(other.m_error)
{
}

Database::Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

void Database::Statement::noteBind(int rc)
{
    // A parameter the statement does not use (SQLITE_RANGE) is harmless; any
    // other failure (out of memory, too big) would leave a NULL behind, so
    // the statement refuses to run.
    if (rc != SQLITE_OK && rc != SQLITE_RANGE && m_stmt) {
        m_error = errorFromCode(rc);
        m_bindFailed = true;
    }
}

void Database::Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    noteBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
}

void Database::Statement::bind(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value));
}

void Database::Statement::bindBlob(int index, QByteArrayView bytes)
{
    // A zero-length blob is still a blob, not NULL.
    static const char empty = 0;
    noteBind(sqlite3_bind_blob64(m_stmt, index, bytes.isEmpty() ? &empty : bytes.data(),
        static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT));
}

void Database::Statement::bindBlobUnowned(int index, QByteArrayView bytes)
{
    static const char empty = 0;
    noteBind(sqlite3_bind_blob64(m_stmt, index, bytes.isEmpty() ? &empty : bytes.data(),
        static_cast<sqlite3_uint64>(bytes.size()), SQLITE_STATIC));
}

void Database::Statement::bindTextUnowned(int index, QByteArrayView utf8)
{
    static const char empty = 0;
    noteBind(sqlite3_bind_text64(m_stmt, index, utf8.isEmpty() ? &empty : utf8.data(),
        static_cast<sqlite3_uint64>(utf8.size()), SQLITE_STATIC, SQLITE_UTF8));
}

void Database::Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index));
}

void Database::Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = Error::None;
    m_bindFailed = false;
}

bool Database::Statement::step()
{
    if (m_bindFailed) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    m_error = errorFromCode(rc);
    return rc == SQLITE_ROW;
}

QString Database::Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index));
}

qint64 Database::Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

} // namespace harbor::vault

namespace harbor::vault {

QByteArray Database::Statement::columnBlob(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, index));
}

QByteArrayView Database::Statement::columnBlobView(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
    return { data, sqlite3_column_bytes(m_stmt, index) };
}

QByteArrayView Database::Statement::columnTextView(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return { text, sqlite3_column_bytes(m_stmt, index) };
}

Database::Statement::Type Database::Statement::columnType(int index) const
{
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

bool Database::Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

} // namespace harbor::vault
