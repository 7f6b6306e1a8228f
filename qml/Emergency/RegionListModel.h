// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/RegionProvider.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace harbor::content {
class ContentLibrary;
}

namespace harbor::emergency {

// The regions of the content pack (Colorado first, then by name) that match
// what the user typed: a name or a postal code.
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

    // Where regions come from and choices go (main, and the test services).
    static void useLibrary(content::ContentLibrary *library);
    [[nodiscard]] static content::ContentLibrary *library();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] bool isLoading() const { return false; }
    void reload();

Q_SIGNALS:
    void countChanged();

private:
    QString m_query;
    QList<safety::RegionChoice> m_rows;
    static inline QPointer<content::ContentLibrary> s_library;
};

// "Where do you live?" for one view (the first start, onboarding, the
// Resources page): the query, the matching regions, and the choice, which
// sets the emergency bar's hotline. A plain QObject holding the model, so
// that QML creates it without needing Qt's model base types.
class RegionChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(harbor::emergency::RegionListModel *regions READ regions CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The chosen region's id and name; empty when none is chosen.
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    // False until the user chose a region or said they would rather not.
    Q_PROPERTY(bool asked READ asked NOTIFY currentChanged)

public:
    explicit RegionChooser(QObject *parent = nullptr);

    [[nodiscard]] QString query() const { return m_regions.query(); }
    void setQuery(const QString &query);
    [[nodiscard]] RegionListModel *regions() { return &m_regions; }
    [[nodiscard]] int count() const { return m_regions.rowCount(); }
    [[nodiscard]] QString currentId() const;
    [[nodiscard]] QString currentName() const;
    [[nodiscard]] bool asked() const;

    Q_INVOKABLE void choose(const QString &regionId);
    // "I'd rather not say": the bar dials the honest national fallback.
    Q_INVOKABLE void chooseNone();
    // The id of the row at `row` of the filtered list (empty when none).
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void currentChanged();

private:
    RegionListModel m_regions;
};

} // namespace harbor::emergency
