// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideProgress.h"

#include "GuidesController.h"

#include "content/ChecklistStore.h"
#include "content/Content.h"
#include "safety/Clock.h"

#include <QList>

#include <algorithm>

namespace harbor::guidesui {

GuideProgress::GuideProgress(QObject *parent)
    : QObject(parent)
{
}

void GuideProgress::setGuides(GuidesController *guides)
{
    if (guides == m_guides) {
        return;
    }
    if (m_guides) {
        disconnect(m_guides, nullptr, this, nullptr);
    }
    m_guides = guides;
    if (m_guides) {
        connect(m_guides, &GuidesController::checklistsChanged, this, &GuideProgress::refresh);
        // A content update may change the guide: its steps, and whether ticks need a re-check.
        connect(m_guides, &GuidesController::contentChanged, this, &GuideProgress::refresh);
    }
    Q_EMIT guidesChanged();
    refresh();
}

void GuideProgress::setGuideId(const QString &guideId)
{
    if (guideId != m_guideId) {
        m_guideId = guideId;
        Q_EMIT guideIdChanged();
        refresh();
    }
}

void GuideProgress::setChildId(qint64 childId)
{
    if (childId != m_childId) {
        m_childId = childId;
        Q_EMIT childIdChanged();
        refresh();
    }
}

QStringList GuideProgress::doneSteps() const
{
    QStringList steps = m_done.values();
    steps.sort();
    return steps;
}

void GuideProgress::refresh()
{
    const content::ChecklistStore *store = m_guides ? m_guides->checklists() : nullptr;
    const content::PlatformGuide *guide = m_guides ? m_guides->library().pack().guide(m_guideId) : nullptr;
    m_available = store && guide && m_childId > 0;
    m_done = m_available ? store->doneSteps(m_childId, m_guideId) : QSet<QString>();
    m_progress = m_available ? store->progress(m_childId, *guide) : 0;
    m_needsRecheck = m_available && store->needsRecheck(m_childId, *guide);
    if (!m_available) {
        setStatus(ui::Status::idle());
    }
    Q_EMIT changed();
}

void GuideProgress::setStatus(const ui::Status &status)
{
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged();
    }
}

void GuideProgress::saved(bool ok)
{
    setStatus(ok ? ui::Status::idle()
                 : ui::Status::failure(tr("This tick could not be saved. Unlock the journal and try again.")));
    if (ok && m_guides) {
        // Every view of this guide (and this one) reads again.
        m_guides->noteChecklistChanged();
    }
}

bool GuideProgress::setDone(const QString &stepId, bool done)
{
    content::ChecklistStore *store = m_guides ? m_guides->checklists() : nullptr;
    const content::PlatformGuide *guide = m_guides ? m_guides->library().pack().guide(m_guideId) : nullptr;
    const bool ok
        = store && guide && m_childId > 0 && store->setDone(m_childId, *guide, stepId, done, m_guides->clock().nowMs());
    saved(ok);
    return ok;
}

bool GuideProgress::recheck()
{
    content::ChecklistStore *store = m_guides ? m_guides->checklists() : nullptr;
    const bool ok = store && m_childId > 0 && !m_guideId.isEmpty() && store->recheck(m_childId, m_guideId);
    saved(ok);
    return ok;
}

} // namespace harbor::guidesui
