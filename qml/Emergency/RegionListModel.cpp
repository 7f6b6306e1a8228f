// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionListModel.h"

#include "CallController.h"
#include "content/RegionSearch.h"

#include <algorithm>

namespace harbor::emergency {

namespace {
bool sameRows(const QList<safety::RegionChoice> &a, const QList<safety::RegionChoice> &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const safety::RegionChoice &x, const safety::RegionChoice &y) {
            return x.id == y.id && x.name == y.name && x.postal == y.postal;
        });
}
} // namespace

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RegionListModel::setSource(CallController *source)
{
    if (m_source == source) {
        return;
    }
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
    }
    m_source = source;
    if (m_source) {
        // The choices follow the pack and the language; CallController
        // re-reads both and says so.
        connect(m_source, &CallController::regionChanged, this, &RegionListModel::reload);
    }
    reload();
}

int RegionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const safety::RegionChoice &row = m_rows.at(index.row());
    switch (role) {
    case RegionIdRole:
        return row.id;
    case NameRole:
    case Qt::DisplayRole:
        return row.name;
    case PostalRole:
        return row.postal;
    default:
        return {};
    }
}

QHash<int, QByteArray> RegionListModel::roleNames() const
{
    return { { RegionIdRole, "regionId" }, { NameRole, "name" }, { PostalRole, "postal" } };
}

void RegionListModel::setQuery(const QString &query)
{
    if (query != m_query) {
        m_query = query;
        reload();
    }
}

void RegionListModel::reload()
{
    const QList<safety::RegionChoice> rows
        = m_source ? content::RegionSearch::filter(m_source->regionChoices(), m_query) : QList<safety::RegionChoice> {};
    // Choosing a region changes CallController, not the list: keep the
    // rows (and the list's focus and scroll) as they are.
    if (sameRows(rows, m_rows)) {
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

RegionChooser::RegionChooser(QObject *parent)
    : QObject(parent)
{
    connect(&m_regions, &RegionListModel::countChanged, this, &RegionChooser::countChanged);
}

void RegionChooser::setSource(CallController *source)
{
    if (m_source != source) {
        m_source = source;
        m_regions.setSource(source);
        Q_EMIT sourceChanged();
    }
}

void RegionChooser::setQuery(const QString &query)
{
    if (query != m_regions.query()) {
        m_regions.setQuery(query);
        Q_EMIT queryChanged();
    }
}

QString RegionChooser::idAt(int row) const
{
    return m_regions.data(m_regions.index(row), RegionListModel::RegionIdRole).toString();
}

} // namespace harbor::emergency
