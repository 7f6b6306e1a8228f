// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace harbor::journal {

struct Category
{
    QString id; // stable across languages and pack versions
    QString title; // in the current language
};

// The warning-sign categories an observation can carry, looked up by id.
// Built in for now; a content pack can supply its own list (the guides'
// warning signs), and entries keep ids the current list no longer has.
class CategoryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(harbor::journal::CategoryCatalog)

public:
    [[nodiscard]] static CategoryCatalog builtIn();
    explicit CategoryCatalog(QList<Category> categories);

    [[nodiscard]] const QList<Category> &categories() const { return m_categories; }
    [[nodiscard]] bool contains(const QString &id) const;
    // For pickers: ids and titles in the same order.
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] QStringList titles() const;
    // The title for an id, or the id itself when the list does not know it.
    [[nodiscard]] QString title(const QString &id) const;

private:
    QList<Category> m_categories;
};

} // namespace harbor::journal
