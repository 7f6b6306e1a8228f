// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryListModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace harbor::journalui {

EntryListModel::EntryListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EntryListModel::setSource(const journal::JournalQuery *query, const journal::CategoryCatalog *categories)
{
    m_query = query;
    m_categories = categories;
    reload();
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const journal::EntrySummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExcerptRole:
        return row.excerpt;
    case EntryIdRole:
        return row.id;
    case KindRole:
        return static_cast<int>(row.kind);
    case ChildIdRole:
        return row.childId;
    case ChildNameRole:
        return row.childName;
    case OccurredAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.occurredAtMs);
    case DayRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.occurredAtMs).date(), QLocale::LongFormat);
    case PlatformRole:
        return row.platform;
    case CategoryRole:
        return row.category;
    case CategoryTitleRole:
        return m_categories ? m_categories->title(row.category) : row.category;
    case SeverityRole:
        return static_cast<int>(row.severity);
    case DraftRole:
        return row.draft;
    case AttachmentCountRole:
        return row.attachmentCount;
    case DeletedRole:
        return row.deleted;
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    return {
        { EntryIdRole, "entryId" },
        { KindRole, "kind" },
        { ChildIdRole, "childId" },
        { ChildNameRole, "childName" },
        { OccurredAtRole, "occurredAt" },
        { DayRole, "day" },
        { PlatformRole, "platform" },
        { CategoryRole, "category" },
        { CategoryTitleRole, "categoryTitle" },
        { SeverityRole, "severity" },
        { ExcerptRole, "excerpt" },
        { DraftRole, "draft" },
        { AttachmentCountRole, "attachmentCount" },
        { DeletedRole, "deleted" },
    };
}

bool EntryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query && !m_exhausted;
}

void EntryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_fetchQueued) {
        return;
    }
    m_fetchQueued = true;
    setLoading(true);
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fetchQueued = false;
            if (canFetchMore({})) {
                const QList<journal::EntrySummary> page = nextPage();
                if (!page.isEmpty()) {
                    const int first = static_cast<int>(m_rows.size());
                    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
                    m_rows.append(page);
                    endInsertRows();
                }
            }
            setLoading(false);
        },
        Qt::QueuedConnection);
}

QList<journal::EntrySummary> EntryListModel::nextPage()
{
    journal::PageCursor cursor;
    if (!m_rows.isEmpty()) {
        cursor = { m_rows.constLast().occurredAtMs, m_rows.constLast().id };
    }
    auto page = m_query->page(m_filter, m_rows.isEmpty() ? nullptr : &cursor, kPageSize);
    m_exhausted = page.size() < kPageSize;
    return page;
}

void EntryListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = m_query == nullptr;
    if (m_query) {
        m_rows = nextPage();
    }
    endResetModel();
    updateTotal();
}

void EntryListModel::updateTotal()
{
    const int total = m_query ? static_cast<int>(m_query->count(m_filter)) : 0;
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged();
    }
}

int EntryListModel::positionFor(const journal::EntrySummary &summary) const
{
    const auto newer = [&summary](const journal::EntrySummary &row) {
        return row.occurredAtMs > summary.occurredAtMs
            || (row.occurredAtMs == summary.occurredAtMs && row.id > summary.id);
    };
    const auto at = std::find_if_not(m_rows.cbegin(), m_rows.cend(), newer);
    return static_cast<int>(at - m_rows.cbegin());
}

void EntryListModel::refreshEntry(qint64 entryId)
{
    if (!m_query) {
        return;
    }
    const std::optional<journal::EntrySummary> summary = m_query->summary(entryId, m_filter);
    int row = rowOf(entryId);
    if (row >= 0 && summary && m_rows.at(row).occurredAtMs == summary->occurredAtMs) {
        // Saved in place: the common case, one row's data.
        if (m_rows.at(row) != *summary) {
            m_rows[row] = *summary;
            Q_EMIT dataChanged(index(row), index(row));
        }
    } else {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        // Beyond the loaded rows it comes with its page, unless every page is in.
        const int position = summary ? positionFor(*summary) : -1;
        if (summary && (position < m_rows.size() || m_exhausted)) {
            beginInsertRows({}, position, position);
            m_rows.insert(position, *summary);
            endInsertRows();
        }
    }
    updateTotal();
}

void EntryListModel::refreshChild(qint64 childId)
{
    QList<qint64> ids;
    for (const journal::EntrySummary &row : std::as_const(m_rows)) {
        if (row.childId == childId) {
            ids.append(row.id);
        }
    }
    for (qint64 id : std::as_const(ids)) {
        refreshEntry(id);
    }
}

void EntryListModel::categoriesChanged()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1), { CategoryTitleRole });
    }
}

int EntryListModel::rowOf(qint64 entryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == entryId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void EntryListModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged();
    }
}

void EntryListModel::filterEdited()
{
    Q_EMIT filterChanged();
    reload();
}

void EntryListModel::setChildId(int childId)
{
    if (m_filter.childId != childId) {
        m_filter.childId = childId;
        filterEdited();
    }
}

void EntryListModel::setPlatform(const QString &platform)
{
    if (m_filter.platform != platform) {
        m_filter.platform = platform;
        filterEdited();
    }
}

void EntryListModel::setCategory(const QString &category)
{
    if (m_filter.category != category) {
        m_filter.category = category;
        filterEdited();
    }
}

void EntryListModel::setSeverity(int severity)
{
    severity = std::clamp(severity, -1, 2);
    if (m_filter.severity != severity) {
        m_filter.severity = severity;
        filterEdited();
    }
}

QString EntryListModel::fromDay() const
{
    return m_fromDate.toString(Qt::ISODate);
}

QString EntryListModel::toDay() const
{
    return m_toDate.toString(Qt::ISODate);
}

void EntryListModel::setFromDay(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (m_fromDate != date) {
        m_fromDate = date;
        m_filter.fromMs = date.isValid() ? date.startOfDay().toMSecsSinceEpoch() : 0;
        filterEdited();
    }
}

void EntryListModel::setToDay(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (m_toDate != date) {
        m_toDate = date;
        // Inclusive for people: up to the end of that day.
        m_filter.toMs = date.isValid() ? date.addDays(1).startOfDay().toMSecsSinceEpoch() : 0;
        filterEdited();
    }
}

void EntryListModel::setSearchText(const QString &text)
{
    if (m_filter.text != text) {
        m_filter.text = text;
        filterEdited();
    }
}

void EntryListModel::setShowDeleted(bool showDeleted)
{
    if (m_filter.deleted != showDeleted) {
        m_filter.deleted = showDeleted;
        if (showDeleted) {
            m_filter.text.clear(); // it would find none of them
        }
        filterEdited();
    }
}

bool EntryListModel::isFiltered() const
{
    return !m_filter.isEmpty();
}

void EntryListModel::clearFilters()
{
    m_filter = journal::JournalFilter {};
    m_fromDate = QDate();
    m_toDate = QDate();
    filterEdited();
}

} // namespace harbor::journalui
