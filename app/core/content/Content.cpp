// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Content.h"

#include "content/BuiltInResources.h"

namespace harbor::content {

QString Text::in(const QString &language) const
{
    const QString value = byLanguage.value(language);
    return value.isEmpty() ? byLanguage.value(QStringLiteral("en")) : value;
}

const Resource *Pack::resource(const QString &resourceId) const
{
    if (resourceId == BuiltInResources::kEmergencyId) {
        return &BuiltInResources::emergency();
    }
    for (const RegionContent &region : regions) {
        for (const Resource &resource : region.resources) {
            if (resource.id == resourceId) {
                return &resource;
            }
        }
    }
    return nullptr;
}

const RegionContent *Pack::region(const QString &regionId) const
{
    for (const RegionContent &candidate : regions) {
        if (candidate.id == regionId) {
            return &candidate;
        }
    }
    return nullptr;
}

const PlatformGuide *Pack::guide(const QString &guideId) const
{
    for (const PlatformGuide &candidate : guides) {
        if (candidate.id == guideId) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<const RegionContent *> Pack::regionChain(const QString &regionId) const
{
    QList<const RegionContent *> chain;
    QStringList visited;
    QStringList pending { regionId };
    while (!pending.isEmpty()) {
        const QString next = pending.takeFirst();
        const RegionContent *current = region(next);
        if (!current || visited.contains(next)) {
            continue;
        }
        visited.append(next);
        chain.append(current);
        pending.append(current->includes);
    }
    return chain;
}

QList<const Resource *> Pack::resourcesFor(const QString &regionId) const
{
    QList<const Resource *> result;
    for (const RegionContent *region : regionChain(regionId)) {
        for (const Resource &resource : region->resources) {
            result.append(&resource);
        }
    }
    return result;
}

} // namespace harbor::content
