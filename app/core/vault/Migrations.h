// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Database.h"

namespace harbor::vault {

// Brings the vault's schema to the newest version, one step per version,
// each in its own transaction, recorded in the schema_version table.
class Migrations
{
public:
    [[nodiscard]] static int latestVersion();
    [[nodiscard]] static int currentVersion(Database &db);
    // A database newer than this app is refused (Damaged), never downgraded.
    [[nodiscard]] static Database::Error apply(Database &db, QString *detail = nullptr);
};

} // namespace harbor::vault
