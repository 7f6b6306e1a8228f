// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/RegionProvider.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace harbor::emergency {

class CallController;

// The regions CallController offers (Colorado first, then by name) that
// match what the user typed: a name or a postal code.
class RegionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading CONSTANT)

public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1,
        NameRole,
        PostalRole,
    };
    Q_ENUM(Role)

    explicit RegionListModel(QObject *parent = nullptr);

    // Where the regions come from; re-read whenever it announces a change
    // (a content update, another language).
    void setSource(CallController *source);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] bool isLoading() const { return false; }

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    QPointer<CallController> m_source;
    QString m_query;
    QList<safety::RegionChoice> m_rows;
};

// "Where do you live?" for one view (the first start, onboarding, the
// Resources page): the query and the regions that match it. The choice and
// the chosen region are CallController's (chooseRegion, regionId), the one
// place the region lives. A plain QObject holding the model, so that QML
// creates it without needing Qt's model base types.
class RegionChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Where the regions come from: CallController, set by the view.
    Q_PROPERTY(harbor::emergency::CallController *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(harbor::emergency::RegionListModel *regions READ regions CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RegionChooser(QObject *parent = nullptr);

    [[nodiscard]] CallController *source() const { return m_source; }
    void setSource(CallController *source);
    [[nodiscard]] QString query() const { return m_regions.query(); }
    void setQuery(const QString &query);
    [[nodiscard]] RegionListModel *regions() { return &m_regions; }
    [[nodiscard]] int count() const { return m_regions.rowCount(); }

    // The id of the row at `row` of the filtered list (empty when none).
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void sourceChanged();
    void queryChanged();
    void countChanged();

private:
    QPointer<CallController> m_source;
    RegionListModel m_regions;
};

} // namespace harbor::emergency
