// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/PackLinks.h"

#include "content/BuiltInResources.h"

#include <QSet>

#include <algorithm>

namespace harbor::content {

namespace {

QString missing(const QString &what, const QString &id, const QString &target)
{
    return QStringLiteral("%1 %2: links to %3, which does not exist").arg(what, id, target);
}

// The emergency bar always has something to dial: the region's own
// reporting line, or a fallback of it or of a region it includes.
bool reachesALine(const Pack &pack, const RegionContent &start)
{
    const QList<const RegionContent *> chain = pack.regionChain(start.id);
    return !start.hotline.isEmpty()
        || std::any_of(chain.cbegin(), chain.cend(), [](const RegionContent *r) { return !r->fallback.isEmpty(); });
}

} // namespace

void PackLinks::check(Pack &pack)
{
    // Resource ids are global: a second definition is left out.
    QSet<QString> resourceIds { BuiltInResources::kEmergencyId };
    for (RegionContent &region : pack.regions) {
        QList<Resource> kept;
        for (const Resource &resource : std::as_const(region.resources)) {
            if (resourceIds.contains(resource.id)) {
                pack.problems.append(QStringLiteral("resource %1: defined twice").arg(resource.id));
                continue;
            }
            resourceIds.insert(resource.id);
            kept.append(resource);
        }
        region.resources = kept;
    }
    // Regions: their hotline must be dialable, their includes must exist.
    // Dropping a region removes its resources, which may break another
    // region's hotline: check again until nothing more is dropped.
    for (qsizetype before = -1; before != pack.regions.size();) {
        before = pack.regions.size();
        QList<RegionContent> regions;
        for (const RegionContent &region : std::as_const(pack.regions)) {
            // A reporting line (if the region names one) and a fallback (if
            // it names one) must be dialable.
            bool dialable = true;
            for (const QString &line : { region.hotline, region.fallback }) {
                if (line.isEmpty()) {
                    continue;
                }
                const Resource *resource = pack.resource(line);
                if (!resource) {
                    pack.problems.append(missing(QStringLiteral("region"), region.id, line));
                    dialable = false;
                } else if (resource->phone.number.isEmpty()) {
                    pack.problems.append(
                        QStringLiteral("region %1: its line %2 has no phone number").arg(region.id, line));
                    dialable = false;
                }
            }
            if (!dialable) {
                continue;
            }
            const auto unknown = std::find_if(region.includes.cbegin(), region.includes.cend(),
                [&pack](const QString &id) { return pack.region(id) == nullptr; });
            if (unknown != region.includes.cend()) {
                pack.problems.append(missing(QStringLiteral("region"), region.id, *unknown));
                continue;
            }
            if (!reachesALine(pack, region)) {
                pack.problems.append(
                    QStringLiteral("region %1: no reporting line and no fallback to dial").arg(region.id));
                continue;
            }
            regions.append(region);
        }
        pack.regions = regions;
    }

    QList<Flow> flows;
    for (const Flow &flow : std::as_const(pack.flows)) {
        const auto unknown = std::find_if(flow.call.cbegin(), flow.call.cend(), [&pack](const QString &id) {
            return id != QLatin1String(kRegionHotlineId) && pack.resource(id) == nullptr;
        });
        if (unknown != flow.call.cend()) {
            pack.problems.append(missing(QStringLiteral("flow"), flow.id, *unknown));
            continue;
        }
        flows.append(flow);
    }
    pack.flows = flows;

    QList<Recovery> recovery;
    for (const Recovery &guide : std::as_const(pack.recovery)) {
        const auto unknown
            = std::find_if(guide.missingCallOrder.cbegin(), guide.missingCallOrder.cend(), [&pack](const QString &id) {
                  return id != QLatin1String(kRegionHotlineId) && pack.resource(id) == nullptr;
              });
        if (unknown != guide.missingCallOrder.cend()) {
            pack.problems.append(missing(QStringLiteral("recovery"), guide.id, *unknown));
            continue;
        }
        recovery.append(guide);
    }
    pack.recovery = recovery;

    // A journal category comes from one warning-sign list only.
    QSet<QString> categories;
    QList<SignList> signs;
    for (const SignList &list : std::as_const(pack.signs)) {
        if (categories.contains(list.category)) {
            pack.problems.append(
                QStringLiteral("warning-signs %1: category %2 is used twice").arg(list.id, list.category));
            continue;
        }
        categories.insert(list.category);
        signs.append(list);
    }
    pack.signs = signs;
}

} // namespace harbor::content
