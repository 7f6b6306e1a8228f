// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/JournalQuery.h"

#include "journal/FtsQuery.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace harbor::journal {

using vault::Database;

namespace {

// SQL is assembled only from the constant fragments below, one for each
// filter that is set, so SQLite can use an index for what is asked (an
// "(?1 = 0 OR ...)" form would make it read every row). Values are bound:
// ?1 child, ?2 platform, ?3 category, ?4 severity, ?5 from, ?6 to,
// ?7/?8 the page cursor, ?9 the limit, ?10 the FTS expression, ?11 one entry.
constexpr const char *kSummaryColumns
    = "SELECT e.id, e.kind, e.child_id, c.nickname, e.occurred_at, e.platform, e.category, e.severity, e.excerpt,"
      " e.draft, e.attachment_count, e.state FROM entries e LEFT JOIN children c ON c.id = e.child_id";
constexpr const char *kCountColumns = "SELECT count(*) FROM entries e";
constexpr const char *kOneEntry = " AND e.id = ?11";
constexpr const char *kCursor = " AND (e.occurred_at, e.id) < (?7, ?8)";
constexpr const char *kOrder = " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?9";
// For a search with few hits: start from the hits, then sort them. The
// unary + keeps SQLite from walking the time index instead.
constexpr const char *kOrderHits = " ORDER BY +e.occurred_at DESC, +e.id DESC LIMIT ?9";
// Up to this many hits, reading and sorting them beats walking the time
// index (which tests hits by id without reading rows); measured with
// bench_journal at 100,000 entries.
constexpr qint64 kFewHits = 300;

enum class Plan {
    ByTime, // walk the entries newest first, testing each
    ByHits, // look up the search hits, then sort
};

// The state column holds EntryState: 0 current, 1 deleted, 2 erased (never
// listed). The unary + form is for Plan::ByHits.
static_assert(static_cast<int>(EntryState::Active) == 0 && static_cast<int>(EntryState::Deleted) == 1);

const char *stateClause(const JournalFilter &filter, Plan plan)
{
    if (filter.deleted) {
        return plan == Plan::ByHits ? " WHERE +e.state = 1" : " WHERE e.state = 1";
    }
    return plan == Plan::ByHits ? " WHERE +e.state = 0" : " WHERE e.state = 0";
}

QByteArray whereClause(const JournalFilter &filter, bool match, Plan plan = Plan::ByTime)
{
    QByteArray sql(stateClause(filter, plan));
    if (filter.childId != 0) {
        sql += " AND e.child_id = ?1";
    }
    if (!filter.platform.isEmpty()) {
        sql += " AND e.platform = ?2";
    }
    if (!filter.category.isEmpty()) {
        sql += " AND e.category = ?3";
    }
    if (filter.severity >= 0) {
        sql += " AND e.severity = ?4";
    }
    if (filter.fromMs != 0) {
        sql += " AND e.occurred_at >= ?5";
    }
    if (filter.toMs != 0) {
        sql += " AND e.occurred_at < ?6";
    }
    if (match) {
        sql += " AND e.id IN (SELECT docid FROM entries_fts WHERE entries_fts MATCH ?10)";
    }
    return sql;
}

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

// One row of kSummaryColumns.
EntrySummary summaryRow(const Database::Statement &select)
{
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
    summary.deleted = select.columnInt(11) == static_cast<int>(EntryState::Deleted);
    return summary;
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
        && text.trimmed().isEmpty() && !deleted;
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
    const Plan plan = !match.isEmpty() && hitCount(match) <= kFewHits ? Plan::ByHits : Plan::ByTime;
    const QByteArray sql = kSummaryColumns + whereClause(filter, !match.isEmpty(), plan) + (after ? kCursor : "")
        + (plan == Plan::ByHits ? kOrderHits : kOrder);
    Database::Statement select = m_db.prepare(sql.constData());
    bindFilter(select, filter, match);
    if (after) {
        select.bind(7, after->occurredAtMs);
        select.bind(8, after->id);
    }
    select.bind(9, static_cast<qint64>(limit));
    QList<EntrySummary> result;
    while (select.step()) {
        result.append(summaryRow(select));
    }
    if (error) {
        *error = JournalError::fromDatabase(select.error());
    }
    return result;
}

std::optional<EntrySummary> JournalQuery::summary(qint64 entryId, const JournalFilter &filter) const
{
    const QString match = FtsQuery::build(filter.text);
    if (searchesForNothing(filter, match)) {
        return std::nullopt;
    }
    const QByteArray sql = kSummaryColumns + whereClause(filter, !match.isEmpty()) + kOneEntry;
    Database::Statement select = m_db.prepare(sql.constData());
    bindFilter(select, filter, match);
    select.bind(11, entryId);
    if (!select.step()) {
        return std::nullopt;
    }
    return summaryRow(select);
}

qint64 JournalQuery::hitCount(const QString &match) const
{
    Database::Statement hits = m_db.prepare("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?1");
    hits.bind(1, match);
    return hits.step() ? hits.columnInt(0) : std::numeric_limits<qint64>::max();
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
    const QByteArray sql = kCountColumns + whereClause(filter, !match.isEmpty());
    Database::Statement select = m_db.prepare(sql.constData());
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
    Database::Statement select = m_db.prepare(childId == 0
            ? "SELECT occurred_at, severity FROM entries WHERE state = 0 ORDER BY occurred_at"
            : "SELECT occurred_at, severity FROM entries WHERE state = 0 AND child_id = ?1 ORDER BY occurred_at");
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
