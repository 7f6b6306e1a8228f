// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionListModel.h"

#include "LanguageWatcher.h"
#include "content/ContentLibrary.h"
#include "content/RegionSearch.h"

namespace harbor::emergency {

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (s_library) {
        connect(s_library, &content::ContentLibrary::packChanged, this, &RegionListModel::reload);
    }
    auto *language = new ui::LanguageWatcher(this);
    connect(language, &ui::LanguageWatcher::changed, this, &RegionListModel::reload);
    reload();
}

void RegionListModel::useLibrary(content::ContentLibrary *library)
{
    s_library = library;
}

content::ContentLibrary *RegionListModel::library()
{
    return s_library;
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

RegionChooser::RegionChooser(QObject *parent)
    : QObject(parent)
{
    if (auto *library = RegionListModel::library()) {
        connect(library, &content::ContentLibrary::regionChanged, this, &RegionChooser::currentChanged);
    }
    auto *language = new ui::LanguageWatcher(this);
    connect(language, &ui::LanguageWatcher::changed, this, &RegionChooser::currentChanged);
    connect(&m_regions, &RegionListModel::countChanged, this, &RegionChooser::countChanged);
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

QString RegionChooser::currentId() const
{
    const auto *library = RegionListModel::library();
    return library ? library->regionId() : QString();
}

QString RegionChooser::currentName() const
{
    const auto *library = RegionListModel::library();
    if (!library) {
        return {};
    }
    const QString id = library->regionId();
    for (const safety::RegionChoice &choice : library->regionChoices()) {
        if (choice.id == id) {
            return choice.name;
        }
    }
    return {};
}

bool RegionChooser::asked() const
{
    const auto *library = RegionListModel::library();
    return library && library->regionAsked();
}

void RegionChooser::choose(const QString &regionId)
{
    auto *library = RegionListModel::library();
    if (library && !regionId.isEmpty()) {
        library->setRegionId(regionId);
    }
}

void RegionChooser::chooseNone()
{
    if (auto *library = RegionListModel::library()) {
        library->setRegionId(QString());
    }
}

void RegionListModel::reload()
{
    const QList<safety::RegionChoice> rows = s_library
        ? content::RegionSearch::filter(s_library->regionChoices(), m_query)
        : QList<safety::RegionChoice> {};
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

} // namespace harbor::emergency
