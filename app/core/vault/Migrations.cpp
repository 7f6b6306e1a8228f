// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Migrations.h"

#include <array>

namespace harbor::vault {

namespace {

// Step N brings the schema from version N to N + 1. Append only; never edit.
constexpr std::array<const char *, 3> kSteps = {
    // 1: private settings (checklist progress, report preferences, ...).
    "CREATE TABLE private_settings ("
    "  key TEXT PRIMARY KEY NOT NULL,"
    "  value BLOB NOT NULL"
    ") WITHOUT ROWID;",
    // 2: the journal. `entries` holds each entry's current revision for
    // listing and filtering; `revisions` is the tamper-evident chain (one row
    // per link, content NULL once erased); attachments live in the database,
    // never as loose files. Times are milliseconds since the epoch, UTC.
    "CREATE TABLE children ("
    "  id INTEGER PRIMARY KEY,"
    "  nickname TEXT NOT NULL,"
    "  birth_year INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE child_platforms ("
    "  child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
    "  position INTEGER NOT NULL,"
    "  platform TEXT NOT NULL,"
    "  handle TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (child_id, position)"
    ");"
    "CREATE TABLE entries ("
    "  id INTEGER PRIMARY KEY,"
    "  kind INTEGER NOT NULL,"
    "  child_id INTEGER REFERENCES children(id),"
    "  occurred_at INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  platform TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  severity INTEGER NOT NULL DEFAULT 0,"
    "  draft INTEGER NOT NULL DEFAULT 0,"
    "  state INTEGER NOT NULL DEFAULT 0,"
    "  excerpt TEXT NOT NULL DEFAULT '',"
    "  attachment_count INTEGER NOT NULL DEFAULT 0,"
    "  content BLOB"
    ");"
    "CREATE INDEX entries_by_time ON entries(state, occurred_at DESC, id DESC);"
    "CREATE INDEX entries_by_child ON entries(state, child_id, occurred_at DESC, id DESC);"
    "CREATE TABLE revisions ("
    "  sequence INTEGER PRIMARY KEY,"
    "  entry_id INTEGER NOT NULL REFERENCES entries(id),"
    "  kind INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  content BLOB,"
    "  content_hash BLOB NOT NULL,"
    "  previous_hash BLOB NOT NULL,"
    "  hash BLOB NOT NULL"
    ");"
    "CREATE INDEX revisions_by_entry ON revisions(entry_id, sequence);"
    "CREATE TABLE attachments ("
    "  id INTEGER PRIMARY KEY,"
    "  entry_id INTEGER NOT NULL REFERENCES entries(id),"
    "  file_name TEXT NOT NULL,"
    "  mime TEXT NOT NULL,"
    "  size INTEGER NOT NULL,"
    "  sha256 BLOB NOT NULL,"
    "  added_at INTEGER NOT NULL,"
    "  data BLOB"
    ");"
    "CREATE INDEX attachments_by_entry ON attachments(entry_id);"
    "CREATE VIRTUAL TABLE entries_fts USING fts4(body, tokenize=unicode61 \"remove_diacritics=1\");",
    // 3: per-child checklists of the platform guides. A step ticked against
    // another revision of its guide shows that the guide changed since.
    "CREATE TABLE checklist_steps ("
    "  child_id INTEGER NOT NULL REFERENCES children(id) ON DELETE CASCADE,"
    "  guide_id TEXT NOT NULL,"
    "  step_id TEXT NOT NULL,"
    "  guide_revision TEXT NOT NULL,"
    "  done_at INTEGER NOT NULL,"
    "  PRIMARY KEY (child_id, guide_id, step_id)"
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
            record.bind(1, static_cast<qint64>(version) + 1);
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
