// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include <QLocale>

#include <numeric>

namespace harbor::journalui {

namespace {
int weekTotal(const journal::WeekCount &week)
{
    return std::accumulate(week.bySeverity.cbegin(), week.bySeverity.cend(), 0);
}
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setSource(const journal::JournalQuery *query)
{
    m_query = query;
    reload();
}

void TimelineModel::setChildId(int childId)
{
    if (m_childId != childId) {
        m_childId = childId;
        Q_EMIT childIdChanged();
        reload();
    }
}

QList<journal::WeekCount> TimelineModel::read() const
{
    QList<journal::WeekCount> weeks = m_query ? m_query->weeks(m_childId) : QList<journal::WeekCount> {};
    if (weeks.size() > kMaxWeeks) {
        weeks = weeks.mid(weeks.size() - kMaxWeeks);
    }
    return weeks;
}

void TimelineModel::reload()
{
    beginResetModel();
    m_weeks = read();
    endResetModel();
    Q_EMIT countsChanged();
}

void TimelineModel::refresh()
{
    const QList<journal::WeekCount> weeks = read();
    // Both lists are consecutive weeks, oldest first: walk them together.
    int row = 0;
    qsizetype next = 0;
    while (row < m_weeks.size() || next < weeks.size()) {
        if (next == weeks.size() || (row < m_weeks.size() && m_weeks.at(row).weekStart < weeks.at(next).weekStart)) {
            beginRemoveRows({}, row, row);
            m_weeks.removeAt(row);
            endRemoveRows();
        } else if (row == m_weeks.size() || weeks.at(next).weekStart < m_weeks.at(row).weekStart) {
            beginInsertRows({}, row, row);
            m_weeks.insert(row, weeks.at(next));
            endInsertRows();
            ++row;
            ++next;
        } else {
            if (m_weeks.at(row).bySeverity != weeks.at(next).bySeverity) {
                m_weeks[row] = weeks.at(next);
                Q_EMIT dataChanged(index(row), index(row));
            }
            ++row;
            ++next;
        }
    }
    Q_EMIT countsChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weeks.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const journal::WeekCount &week = m_weeks.at(index.row());
    switch (role) {
    case WeekStartRole:
        return week.weekStart;
    case Qt::DisplayRole:
    case LabelRole:
        return QLocale().toString(week.weekStart, QStringLiteral("d MMM"));
    case NoteRole:
        return week.bySeverity[0];
    case ConcernRole:
        return week.bySeverity[1];
    case UrgentRole:
        return week.bySeverity[2];
    case TotalRole:
        return weekTotal(week);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        { WeekStartRole, "weekStart" },
        { LabelRole, "label" },
        { NoteRole, "note" },
        { ConcernRole, "concern" },
        { UrgentRole, "urgent" },
        { TotalRole, "total" },
    };
}

int TimelineModel::maxTotal() const
{
    int result = 0;
    for (const journal::WeekCount &week : m_weeks) {
        result = std::max(result, weekTotal(week));
    }
    return result;
}

int TimelineModel::total() const
{
    int result = 0;
    for (const journal::WeekCount &week : m_weeks) {
        result += weekTotal(week);
    }
    return result;
}

QString TimelineModel::summary() const
{
    if (m_weeks.isEmpty()) {
        return tr("No observations yet.");
    }
    int urgent = 0;
    for (const journal::WeekCount &week : m_weeks) {
        urgent += week.bySeverity[2];
    }
    //: The timeline in words, e.g. "12 observations in 5 weeks, 2 urgent."
    return tr("%1 in %2, %3.")
        .arg(tr("%n observation(s)", nullptr, total()), tr("%n week(s)", nullptr, static_cast<int>(m_weeks.size())),
            tr("%n urgent", nullptr, urgent));
}

} // namespace harbor::journalui
