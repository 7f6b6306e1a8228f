// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContentLibrary.h"

#include "shell/AppSettings.h"

#include <algorithm>

namespace harbor::content {

ContentLibrary::ContentLibrary(Pack pack, shell::AppSettings &settings, LanguageSource language, QObject *parent)
    : QObject(parent)
    , m_pack(std::move(pack))
    , m_settings(settings)
    , m_language(std::move(language))
{
}

void ContentLibrary::setPack(Pack pack)
{
    m_pack = std::move(pack);
    Q_EMIT packChanged();
    Q_EMIT regionChanged();
}

QString ContentLibrary::regionId() const
{
    const QString chosen = m_settings.region();
    if (m_pack.region(chosen)) {
        return chosen;
    }
    return m_pack.regions.isEmpty() ? chosen : m_pack.regions.constFirst().id;
}

bool ContentLibrary::setRegionId(const QString &regionId)
{
    if (!m_pack.region(regionId)) {
        return false;
    }
    if (regionId != m_settings.region()) {
        m_settings.setRegion(regionId);
        Q_EMIT regionChanged();
    }
    return true;
}

safety::Region ContentLibrary::hotlineRegion() const
{
    const RegionContent *region = m_pack.region(regionId());
    const Resource *hotline = region ? m_pack.resource(region->hotline) : nullptr;
    if (!region || !hotline || hotline->phone.number.isEmpty()) {
        return safety::defaultRegion();
    }
    const QString lang = language();
    return safety::Region {
        region->id,
        region->name.in(lang),
        safety::Hotline { hotline->name.in(lang), hotline->phone.display, hotline->hours.in(lang) },
    };
}

} // namespace harbor::content

namespace harbor::content {

QStringList ContentLibrary::regionNames() const
{
    QStringList result;
    for (const RegionContent &region : m_pack.regions) {
        result.append(region.name.in(language()));
    }
    return result;
}

int ContentLibrary::currentRegionIndex() const
{
    const QString current = regionId();
    for (qsizetype i = 0; i < m_pack.regions.size(); ++i) {
        if (m_pack.regions.at(i).id == current) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void ContentLibrary::chooseRegion(int index)
{
    if (index >= 0 && index < m_pack.regions.size()) {
        setRegionId(m_pack.regions.at(index).id);
    }
}

journal::CategoryCatalog ContentLibrary::categories() const
{
    const journal::CategoryCatalog builtIn = journal::CategoryCatalog::builtIn();
    QList<journal::Category> result;
    for (const SignList &list : m_pack.signs) {
        result.append(journal::Category { list.category,
            builtIn.contains(list.category) ? builtIn.title(list.category) : list.title.in(language()) });
    }
    const QString other = QStringLiteral("other");
    if (!std::any_of(result.cbegin(), result.cend(), [&other](const journal::Category &c) { return c.id == other; })) {
        result.append(journal::Category { other, builtIn.title(other) });
    }
    return journal::CategoryCatalog(result);
}

} // namespace harbor::content
