// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"
#include "journal/JournalError.h"
#include "vault/Database.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace harbor::journal {

// What the list shows; every part is optional and they combine (AND).
struct JournalFilter
{
    qint64 childId = 0; // 0: every child
    QString platform;
    QString category;
    int severity = -1; // -1: any
    qint64 fromMs = 0; // inclusive; 0: no lower bound
    qint64 toMs = 0; // exclusive; 0: no upper bound
    QString text; // full text, rebuilt by FtsQuery
    // false: the current entries; true: only the deleted ones (tombstones
    // that can be brought back). Erased entries are never listed. Deleted
    // entries are not in the search index, so text finds none of them.
    bool deleted = false;

    [[nodiscard]] bool isEmpty() const;
};

struct EntrySummary
{
    qint64 id = 0;
    EntryKind kind = EntryKind::Observation;
    qint64 childId = 0;
    QString childName;
    qint64 occurredAtMs = 0;
    QString platform;
    QString category;
    Severity severity = Severity::Note;
    QString excerpt;
    bool draft = false;
    int attachmentCount = 0;
    bool deleted = false;

    friend bool operator==(const EntrySummary &, const EntrySummary &) = default;
};

// Where the next page starts: after this entry in newest-first order.
struct PageCursor
{
    qint64 occurredAtMs = 0;
    qint64 id = 0;
};

struct WeekCount
{
    QDate weekStart; // a Monday, local time
    std::array<int, 3> bySeverity {}; // note, concern, urgent
};

// Reads the journal for the list, the filters and the timeline. All SQL is
// fixed text with bound values; the full-text part comes from FtsQuery.
class JournalQuery
{
public:
    explicit JournalQuery(vault::Database &db);

    // Newest first. `after` continues from the previous page's last entry.
    [[nodiscard]] QList<EntrySummary> page(
        const JournalFilter &filter, const PageCursor *after, int limit, JournalError *error = nullptr) const;
    // One entry's row when it passes the filter (deleted or not, as the
    // filter asks): how a list learns where a saved, deleted or restored
    // entry now belongs without reading a page.
    [[nodiscard]] std::optional<EntrySummary> summary(qint64 entryId, const JournalFilter &filter) const;
    [[nodiscard]] qint64 count(const JournalFilter &filter, JournalError *error = nullptr) const;
    // Platforms named in current entries, for the filter's choices.
    [[nodiscard]] QStringList platforms() const;
    // Observations per week for one child (0: all), oldest week first, every
    // week from the first entry's to the last's, empty weeks included.
    [[nodiscard]] QList<WeekCount> weeks(qint64 childId) const;

private:
    // How many entries a MATCH expression finds (deleted ones included).
    [[nodiscard]] qint64 hitCount(const QString &match) const;

    vault::Database &m_db;
};

} // namespace harbor::journal
