// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace harbor::vault {

// Puts a complete vault built elsewhere (a restore) in place of the one in
// the data directory, so that a crash at any moment leaves either the old
// vault or the new one, never a mix:
//
//   1. the new vault is built and closed in <data>/restore-staging/
//   2. commit(): <data>/restore-ready is written (the decision), then
//   3. the staged database and header are renamed over the old ones, the
//      staging folder and the marker removed.
//
// completePending() redoes step 3 after a crash; KeyVault calls it before
// it looks at the vault's files.
class VaultReplacement
{
public:
    [[nodiscard]] static QString stagingFolder(const QString &dataDir);
    // Removes any staging folder left by an abandoned restore (no marker).
    [[nodiscard]] static bool prepareStaging(const QString &dataDir);
    [[nodiscard]] static bool commit(const QString &dataDir);
    static void completePending(const QString &dataDir);
    static void abandon(const QString &dataDir);
};

} // namespace harbor::vault
