// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Child.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// The children's profiles, by nickname.
class ChildListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by JournalController")
    Q_PROPERTY(bool loading READ isLoading CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // For pickers: ids and nicknames in the same order.
    Q_PROPERTY(QVariantList ids READ ids NOTIFY childrenChanged)
    Q_PROPERTY(QStringList nicknames READ nicknames NOTIFY childrenChanged)

public:
    enum Role {
        ChildIdRole = Qt::UserRole + 1,
        NicknameRole,
        BirthYearRole,
        PlatformsRole, // [{platform, handle}]
    };
    Q_ENUM(Role)

    explicit ChildListModel(QObject *parent = nullptr);

    void setChildren(QList<journal::Child> children);
    [[nodiscard]] const QList<journal::Child> &children() const { return m_children; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    // Children are read in one go: nothing is ever loading.
    [[nodiscard]] bool isLoading() const { return false; }
    [[nodiscard]] int count() const { return static_cast<int>(m_children.size()); }

    [[nodiscard]] QVariantList ids() const;
    [[nodiscard]] QStringList nicknames() const;
    Q_INVOKABLE QString nickname(qint64 childId) const;
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();
    void childrenChanged();

private:
    QList<journal::Child> m_children;
};

} // namespace harbor::journalui
