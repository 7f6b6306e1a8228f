// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Migrations.h"

#include <array>

namespace harbor::vault {

namespace {

// Step N brings the schema from version N to N + 1. Append only; never edit.
constexpr std::array<const char *, 1> kSteps = {
    // 1: private settings (checklist progress, report preferences, ...).
    "CREATE TABLE private_settings ("
    "  key TEXT PRIMARY KEY NOT NULL,"
    "  value BLOB NOT NULL"
    ") WITHOUT ROWID;",
};

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(kSteps.size());
}

int Migrations::currentVersion(Database &db)
{
    Database::Statement statement = db.prepare("SELECT max(version) FROM schema_version");
    if (!statement.isValid() || !statement.step()) {
        return 0;
    }
    return static_cast<int>(statement.columnInt(0));
}

Database::Error Migrations::apply(Database &db, QString *detail)
{
    Database::Error error = db.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                                    "  version INTEGER PRIMARY KEY NOT NULL,"
                                    "  applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))",
        detail);
    if (error != Database::Error::None) {
        return error;
    }
    int version = currentVersion(db);
    if (version > latestVersion()) {
        if (detail) {
            *detail = QStringLiteral("the vault was written by a newer Harbor (schema %1)").arg(version);
        }
        return Database::Error::Damaged;
    }
    for (; version < latestVersion(); ++version) {
        if ((error = db.begin()) != Database::Error::None) {
            return error;
        }
        error = db.exec(kSteps[static_cast<size_t>(version)], detail);
        if (error == Database::Error::None) {
            Database::Statement record = db.prepare("INSERT INTO schema_version (version) VALUES (?1)");
            record.bind(1, static_cast<qint64>(version + 1));
            (void)record.step();
            error = record.error();
        }
        if (error == Database::Error::None) {
            error = db.commit();
        }
        if (error != Database::Error::None) {
            if (detail && detail->isEmpty()) {
                *detail = db.lastError();
            }
            db.rollback();
            return error;
        }
    }
    return Database::Error::None;
}

} // namespace harbor::vault
