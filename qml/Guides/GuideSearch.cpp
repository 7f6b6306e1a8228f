// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideSearch.h"

#include "GuidesController.h"

namespace harbor::guidesui {

GuideSearch::GuideSearch(QObject *parent)
    : QObject(parent)
{
}

void GuideSearch::setGuides(GuidesController *guides)
{
    if (guides == m_guides) {
        return;
    }
    if (m_guides) {
        disconnect(m_guides, nullptr, this, nullptr);
    }
    m_guides = guides;
    if (m_guides) {
        // contentChanged also follows the region and the language.
        connect(m_guides, &GuidesController::contentChanged, this, &GuideSearch::run);
    }
    Q_EMIT guidesChanged();
    run();
}

void GuideSearch::setQuery(const QString &query)
{
    if (query != m_query) {
        m_query = query;
        Q_EMIT queryChanged();
        run();
    }
}

void GuideSearch::run()
{
    const QList<SearchResult> results = m_guides ? m_guides->search(m_query) : QList<SearchResult>();
    if (results != m_results) {
        m_results = results;
        Q_EMIT resultsChanged();
    }
}

} // namespace harbor::guidesui
