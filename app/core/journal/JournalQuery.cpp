// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalQuery.h"

#include "journal/FtsQuery.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace harbor::journal {

using vault::Database;

namespace {

// The filters, as one fixed WHERE clause; an unset filter's value makes its
// term true. ?7 and ?8 are the page cursor, ?10 the FTS expression.
#define HARBOR_FILTER_WHERE                                                                                            \
    " WHERE e.state = 0 AND (?1 = 0 OR e.child_id = ?1) AND (?2 = '' OR e.platform = ?2)"                              \
    " AND (?3 = '' OR e.category = ?3) AND (?4 < 0 OR e.severity = ?4)"                                                \
    " AND (?5 = 0 OR e.occurred_at >= ?5) AND (?6 = 0 OR e.occurred_at < ?6)"
#define HARBOR_CURSOR " AND (e.occurred_at < ?7 OR (e.occurred_at = ?7 AND e.id < ?8))"
#define HARBOR_MATCH " AND e.id IN (SELECT docid FROM entries_fts WHERE entries_fts MATCH ?10)"
#define HARBOR_SUMMARY_COLUMNS                                                                                         \
    "SELECT e.id, e.kind, e.child_id, c.nickname, e.occurred_at, e.platform, e.category, e.severity, e.excerpt,"       \
    " e.draft, e.attachment_count FROM entries e LEFT JOIN children c ON c.id = e.child_id"
#define HARBOR_ORDER " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?9"

void bindFilter(Database::Statement &statement, const JournalFilter &filter, const QString &match)
{
    statement.bind(1, filter.childId);
    statement.bind(2, filter.platform);
    statement.bind(3, filter.category);
    statement.bind(4, static_cast<qint64>(filter.severity));
    statement.bind(5, filter.fromMs);
    statement.bind(6, filter.toMs);
    if (!match.isEmpty()) {
        statement.bind(10, match);
    }
}

// Text with no searchable word in it ("*", a lone quote) finds nothing: it
// must never fall back to listing everything.
bool searchesForNothing(const JournalFilter &filter, const QString &match)
{
    return match.isEmpty() && !filter.text.trimmed().isEmpty();
}

} // namespace

bool JournalFilter::isEmpty() const
{
    return childId == 0 && platform.isEmpty() && category.isEmpty() && severity < 0 && fromMs == 0 && toMs == 0
        && text.trimmed().isEmpty();
}

JournalQuery::JournalQuery(Database &db)
    : m_db(db)
{
}

QList<EntrySummary> JournalQuery::page(
    const JournalFilter &filter, const PageCursor *after, int limit, JournalError *error) const
{
    const QString match = FtsQuery::build(filter.text);
    if (error) {
        *error = {};
    }
    if (searchesForNothing(filter, match)) {
        return {};
    }
    Database::Statement select = m_db.prepare(match.isEmpty()
            ? HARBOR_SUMMARY_COLUMNS HARBOR_FILTER_WHERE HARBOR_CURSOR HARBOR_ORDER
            : HARBOR_SUMMARY_COLUMNS HARBOR_FILTER_WHERE HARBOR_CURSOR HARBOR_MATCH HARBOR_ORDER);
    bindFilter(select, filter, match);
    select.bind(7, after ? after->occurredAtMs : std::numeric_limits<qint64>::max());
    select.bind(8, after ? after->id : std::numeric_limits<qint64>::max());
    select.bind(9, static_cast<qint64>(limit));
    QList<EntrySummary> result;
    while (select.step()) {
        EntrySummary summary;
        summary.id = select.columnInt(0);
        summary.kind = static_cast<EntryKind>(select.columnInt(1));
        summary.childId = select.columnInt(2);
        summary.childName = select.columnText(3);
        summary.occurredAtMs = select.columnInt(4);
        summary.platform = select.columnText(5);
        summary.category = select.columnText(6);
        summary.severity = static_cast<Severity>(select.columnInt(7));
        summary.excerpt = select.columnText(8);
        summary.draft = select.columnInt(9) != 0;
        summary.attachmentCount = static_cast<int>(select.columnInt(10));
        result.append(summary);
    }
    if (error) {
        *error = JournalError::fromDatabase(select.error());
    }
    return result;
}

qint64 JournalQuery::count(const JournalFilter &filter, JournalError *error) const
{
    const QString match = FtsQuery::build(filter.text);
    if (error) {
        *error = {};
    }
    if (searchesForNothing(filter, match)) {
        return 0;
    }
    Database::Statement select
        = m_db.prepare(match.isEmpty() ? "SELECT count(*) FROM entries e" HARBOR_FILTER_WHERE
                                       : "SELECT count(*) FROM entries e" HARBOR_FILTER_WHERE HARBOR_MATCH);
    bindFilter(select, filter, match);
    const qint64 result = select.step() ? select.columnInt(0) : 0;
    if (error) {
        *error = JournalError::fromDatabase(select.error());
    }
    return result;
}

QStringList JournalQuery::platforms() const
{
    QStringList result;
    Database::Statement select
        = m_db.prepare("SELECT DISTINCT platform FROM entries WHERE state = 0 AND platform != '' ORDER BY platform");
    while (select.step()) {
        result.append(select.columnText(0));
    }
    return result;
}

QList<WeekCount> JournalQuery::weeks(qint64 childId) const
{
    Database::Statement select = m_db.prepare("SELECT occurred_at, severity FROM entries WHERE state = 0 AND "
                                              "(?1 = 0 OR child_id = ?1) ORDER BY occurred_at");
    select.bind(1, childId);
    QList<WeekCount> result;
    while (select.step()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(select.columnInt(0)).date();
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        if (result.isEmpty()) {
            result.append(WeekCount { monday, {} });
        }
        while (result.constLast().weekStart < monday) {
            result.append(WeekCount { result.constLast().weekStart.addDays(7), {} });
        }
        const auto severity = static_cast<size_t>(std::clamp<qint64>(select.columnInt(1), 0, 2));
        ++result.last().bySeverity[severity];
    }
    return result;
}

} // namespace harbor::journal
