// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/CategoryCatalog.h"

#include <algorithm>
#include <utility>

namespace harbor::journal {

CategoryCatalog CategoryCatalog::builtIn()
{
    return CategoryCatalog({
        { QStringLiteral("grooming"), tr("Grooming") },
        { QStringLiteral("trafficking"), tr("Trafficking") },
        { QStringLiteral("sextortion"), tr("Sextortion") },
        { QStringLiteral("other"), tr("Other") },
    });
}

CategoryCatalog::CategoryCatalog(QList<Category> categories)
    : m_categories(std::move(categories))
{
}

bool CategoryCatalog::contains(const QString &id) const
{
    return std::any_of(
        m_categories.cbegin(), m_categories.cend(), [&id](const Category &category) { return category.id == id; });
}

QString CategoryCatalog::title(const QString &id) const
{
    for (const Category &category : m_categories) {
        if (category.id == id) {
            return category.title;
        }
    }
    return id;
}

QStringList CategoryCatalog::ids() const
{
    QStringList result;
    for (const Category &category : m_categories) {
        result.append(category.id);
    }
    return result;
}

QStringList CategoryCatalog::titles() const
{
    QStringList result;
    for (const Category &category : m_categories) {
        result.append(category.title);
    }
    return result;
}

} // namespace harbor::journal
