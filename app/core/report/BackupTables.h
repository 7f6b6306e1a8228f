// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

namespace harbor::report {

// What a backup holds: every table of the vault's schema (Migrations.cpp)
// that carries the user's data, with its columns, in an order that keeps
// references valid on restore. The SQL is constant: a backup file chooses a
// table by its index here and never supplies a name.
struct BackupTable
{
    const char *name;
    int columns;
    const char *select; // columns in this order
    const char *insert; // ?1..?N in the same order
};

inline constexpr std::array<BackupTable, 8> kBackupTables { {
    { "children", 4, "SELECT id, nickname, birth_year, created_at FROM children ORDER BY id",
        "INSERT INTO children (id, nickname, birth_year, created_at) VALUES (?1, ?2, ?3, ?4)" },
    { "child_platforms", 4,
        "SELECT child_id, position, platform, handle FROM child_platforms ORDER BY child_id, position",
        "INSERT INTO child_platforms (child_id, position, platform, handle) VALUES (?1, ?2, ?3, ?4)" },
    { "entries", 14,
        "SELECT id, kind, child_id, occurred_at, created_at, updated_at, platform, category, severity, draft, state, "
        "excerpt, attachment_count, content FROM entries ORDER BY id",
        "INSERT INTO entries (id, kind, child_id, occurred_at, created_at, updated_at, platform, category, severity, "
        "draft, state, excerpt, attachment_count, content) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)" },
    { "revisions", 8,
        "SELECT sequence, entry_id, kind, created_at, content, content_hash, previous_hash, hash FROM revisions "
        "ORDER BY sequence",
        "INSERT INTO revisions (sequence, entry_id, kind, created_at, content, content_hash, previous_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
    { "attachments", 8,
        "SELECT id, entry_id, file_name, mime, size, sha256, added_at, data FROM attachments ORDER BY id",
        "INSERT INTO attachments (id, entry_id, file_name, mime, size, sha256, added_at, data) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
    { "entries_fts", 2, "SELECT docid, body FROM entries_fts ORDER BY docid",
        "INSERT INTO entries_fts (docid, body) VALUES (?1, ?2)" },
    { "checklist_steps", 5,
        "SELECT child_id, guide_id, step_id, guide_revision, done_at FROM checklist_steps "
        "ORDER BY child_id, guide_id, step_id",
        "INSERT INTO checklist_steps (child_id, guide_id, step_id, guide_revision, done_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)" },
    { "private_settings", 2, "SELECT key, value FROM private_settings ORDER BY key",
        "INSERT INTO private_settings (key, value) VALUES (?1, ?2)" },
} };

inline constexpr int kMaxBackupColumns = 14;

} // namespace harbor::report
