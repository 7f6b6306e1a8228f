// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildListModel.h"

#include <QVariantMap>

namespace harbor::journalui {

ChildListModel::ChildListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChildListModel::setChildren(QList<journal::Child> children)
{
    const int before = count();
    beginResetModel();
    m_children = std::move(children);
    endResetModel();
    if (before != count()) {
        Q_EMIT countChanged();
    }
    Q_EMIT childrenChanged();
}

QVariantList ChildListModel::ids() const
{
    QVariantList result;
    for (const journal::Child &child : m_children) {
        result.append(child.id);
    }
    return result;
}

QStringList ChildListModel::nicknames() const
{
    QStringList result;
    for (const journal::Child &child : m_children) {
        result.append(child.nickname);
    }
    return result;
}

int ChildListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ChildListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const journal::Child &child = m_children.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NicknameRole:
        return child.nickname;
    case ChildIdRole:
        return child.id;
    case BirthYearRole:
        return child.birthYear;
    case PlatformsRole: {
        QVariantList platforms;
        for (const journal::ChildPlatform &platform : child.platforms) {
            platforms.append(QVariantMap {
                { QStringLiteral("platform"), platform.platform }, { QStringLiteral("handle"), platform.handle } });
        }
        return platforms;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ChildListModel::roleNames() const
{
    return {
        { ChildIdRole, "childId" },
        { NicknameRole, "nickname" },
        { BirthYearRole, "birthYear" },
        { PlatformsRole, "platforms" },
    };
}

QString ChildListModel::nickname(qint64 childId) const
{
    for (const journal::Child &child : m_children) {
        if (child.id == childId) {
            return child.nickname;
        }
    }
    return {};
}

QVariantMap ChildListModel::get(int row) const
{
    QVariantMap result;
    if (row < 0 || row >= count()) {
        return result;
    }
    const QModelIndex at = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        result.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    }
    return result;
}

} // namespace harbor::journalui
