// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ChecklistStore.h"

#include "content/Content.h"

namespace harbor::content {

using vault::Database;

ChecklistStore::ChecklistStore(Database &db)
    : m_db(db)
{
}

QSet<QString> ChecklistStore::doneSteps(qint64 childId, const QString &guideId) const
{
    QSet<QString> result;
    Database::Statement select
        = m_db.prepare("SELECT step_id FROM checklist_steps WHERE child_id = ?1 AND guide_id = ?2");
    select.bind(1, childId);
    select.bind(2, guideId);
    while (select.step()) {
        result.insert(select.columnText(0));
    }
    return result;
}

bool ChecklistStore::needsRecheck(qint64 childId, const PlatformGuide &guide) const
{
    Database::Statement select = m_db.prepare("SELECT count(*) FROM checklist_steps WHERE child_id = ?1 AND "
                                              "guide_id = ?2 AND guide_revision != ?3");
    select.bind(1, childId);
    select.bind(2, guide.id);
    select.bind(3, guide.revision);
    return select.step() && select.columnInt(0) > 0;
}

double ChecklistStore::progress(qint64 childId, const PlatformGuide &guide) const
{
    if (guide.steps.isEmpty()) {
        return 0;
    }
    const QSet<QString> done = doneSteps(childId, guide.id);
    const auto count = std::count_if(
        guide.steps.cbegin(), guide.steps.cend(), [&done](const GuideStep &step) { return done.contains(step.id); });
    return static_cast<double>(count) / static_cast<double>(guide.steps.size());
}

bool ChecklistStore::setDone(qint64 childId, const PlatformGuide &guide, const QString &stepId, bool done, qint64 nowMs)
{
    const bool known = std::any_of(
        guide.steps.cbegin(), guide.steps.cend(), [&stepId](const GuideStep &step) { return step.id == stepId; });
    if (!known) {
        return false;
    }
    Database::Statement write = m_db.prepare(done
            ? "INSERT OR REPLACE INTO checklist_steps (child_id, guide_id, step_id, guide_revision, done_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5)"
            : "DELETE FROM checklist_steps WHERE child_id = ?1 AND guide_id = ?2 AND step_id = ?3");
    write.bind(1, childId);
    write.bind(2, guide.id);
    write.bind(3, stepId);
    if (done) {
        write.bind(4, guide.revision);
        write.bind(5, nowMs);
    }
    (void)write.step();
    return write.error() == Database::Error::None;
}

bool ChecklistStore::recheck(qint64 childId, const QString &guideId)
{
    Database::Statement remove = m_db.prepare("DELETE FROM checklist_steps WHERE child_id = ?1 AND guide_id = ?2");
    remove.bind(1, childId);
    remove.bind(2, guideId);
    (void)remove.step();
    return remove.error() == Database::Error::None;
}

} // namespace harbor::content
