// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidesController.h"

#include "GuideTexts.h"
#include "LanguageWatcher.h"

#include "content/Content.h"
#include "content/ContentSearch.h"
#include "vault/Vault.h"

#include <QQmlEngine>

#include <algorithm>

namespace harbor::guidesui {

using namespace harbor::content;

namespace {

} // namespace

GuidesController::GuidesController(
    ContentLibrary &library, vault::Vault &vault, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_vault(vault)
    , m_clock(clock)
{
    // A content update (packChanged) reaches every list and GuideProgress.
    connect(&m_library, &ContentLibrary::packChanged, this, &GuidesController::contentChanged);
    connect(&m_library, &ContentLibrary::regionChanged, this, &GuidesController::regionChanged);
    // "{hotline}" in the guides' texts names the region's line.
    connect(&m_library, &ContentLibrary::regionChanged, this, &GuidesController::contentChanged);
    connect(&m_vault, &vault::Vault::stateChanged, this, &GuidesController::vaultStateChanged);
    // Texts come from the pack in the language in effect.
    const ui::LanguageWatcher &language = ui::LanguageWatcher::shared();
    connect(&language, &ui::LanguageWatcher::changed, this, &GuidesController::contentChanged);
    connect(&language, &ui::LanguageWatcher::changed, this, &GuidesController::regionChanged);
    vaultStateChanged();
}

GuidesController::~GuidesController() = default;

void GuidesController::vaultStateChanged()
{
    vault::Database *db = m_vault.state() == vault::Vault::State::Unlocked ? m_vault.database() : nullptr;
    if (db && (!m_checklists || db != m_database)) {
        // A new connection (an unlock while open) gets a new store.
        m_checklists = std::make_unique<ChecklistStore>(*db);
    } else if (!db) {
        m_checklists.reset();
    }
    m_database = db;
    Q_EMIT checklistsChanged();
}

void GuidesController::setStatus(const ui::Status &status)
{
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged();
    }
}

QList<GuideDetail> GuidesController::guides() const
{
    QList<const PlatformGuide *> sorted;
    for (const PlatformGuide &guide : m_library.pack().guides) {
        sorted.append(&guide);
    }
    std::sort(sorted.begin(), sorted.end(), [](const PlatformGuide *a, const PlatformGuide *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    const GuideTexts texts(m_library);
    QList<GuideDetail> result;
    for (const PlatformGuide *guide : std::as_const(sorted)) {
        result.append(texts.guide(*guide));
    }
    return result;
}

QList<SignListDetail> GuidesController::signLists() const
{
    const GuideTexts texts(m_library);
    QList<SignListDetail> result;
    for (const SignList &list : m_library.pack().signs) {
        result.append(texts.signList(list));
    }
    return result;
}

QList<FlowDetail> GuidesController::flows() const
{
    const GuideTexts texts(m_library);
    QList<FlowDetail> result;
    for (const Flow &flow : m_library.pack().flows) {
        result.append(texts.flow(flow));
    }
    return result;
}

QList<AgeBandItem> GuidesController::ageBands() const
{
    const QList<AgeTips> &tips = m_library.pack().ageTips;
    return tips.isEmpty() ? QList<AgeBandItem>() : GuideTexts(m_library).ageBands(tips.constFirst());
}

RecoveryDetail GuidesController::recovery() const
{
    const QList<Recovery> &recovery = m_library.pack().recovery;
    return recovery.isEmpty() ? RecoveryDetail() : GuideTexts(m_library).recovery(recovery.constFirst());
}

void GuidesController::setRegionId(const QString &regionId)
{
    if (m_library.setRegionId(regionId)) {
        setStatus(ui::Status::idle());
    } else {
        setStatus(ui::Status::failure(tr("Harbor has no resources for that place."), QStringLiteral("region")));
    }
}

QList<ResourceItem> GuidesController::resources() const
{
    const GuideTexts texts(m_library);
    QList<ResourceItem> result;
    for (const Resource *resource : m_library.pack().resourcesFor(m_library.shownRegionId())) {
        result.append(texts.resource(*resource));
    }
    return result;
}

GuideDetail GuidesController::guide(const QString &id) const
{
    const PlatformGuide *guide = m_library.pack().guide(id);
    return guide ? GuideTexts(m_library).guide(*guide) : GuideDetail();
}

SignListDetail GuidesController::signList(const QString &id) const
{
    const QList<SignList> &lists = m_library.pack().signs;
    const auto found = std::find_if(lists.cbegin(), lists.cend(), [&id](const SignList &l) { return l.id == id; });
    return found == lists.cend() ? SignListDetail() : GuideTexts(m_library).signList(*found);
}

FlowDetail GuidesController::flow(const QString &id) const
{
    const QList<Flow> &flows = m_library.pack().flows;
    const auto found = std::find_if(flows.cbegin(), flows.cend(), [&id](const Flow &f) { return f.id == id; });
    return found == flows.cend() ? FlowDetail() : GuideTexts(m_library).flow(*found);
}

QList<SearchResult> GuidesController::search(const QString &text) const
{
    QList<SearchResult> result;
    for (const SearchHit &hit : ContentSearch::find(m_library, text)) {
        result.append(SearchResult { ContentSearch::kindName(hit.kind), hit.id, hit.title, hit.excerpt });
    }
    return result;
}

} // namespace harbor::guidesui
