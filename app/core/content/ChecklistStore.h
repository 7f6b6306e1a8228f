// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Database.h"

#include <QSet>
#include <QString>

namespace harbor::content {

struct PlatformGuide;

// Which steps of a platform guide are done for which child, in the vault
// (guides stay readable while it is locked; progress needs it open).
class ChecklistStore
{
public:
    explicit ChecklistStore(vault::Database &db);

    [[nodiscard]] QSet<QString> doneSteps(qint64 childId, const QString &guideId) const;
    // A step was ticked against an earlier revision of the guide.
    [[nodiscard]] bool needsRecheck(qint64 childId, const PlatformGuide &guide) const;
    // Done steps of the guide as it is now, out of all its steps (0–1).
    [[nodiscard]] double progress(qint64 childId, const PlatformGuide &guide) const;
    [[nodiscard]] bool setDone(
        qint64 childId, const PlatformGuide &guide, const QString &stepId, bool done, qint64 nowMs);
    // Starts the child's checklist for the guide over (after it changed).
    [[nodiscard]] bool recheck(qint64 childId, const QString &guideId);

private:
    vault::Database &m_db;
};

} // namespace harbor::content
