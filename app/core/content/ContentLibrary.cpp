// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContentLibrary.h"

#include "shell/AppSettings.h"

#include <QCollator>
#include <QCoreApplication>
#include <QLocale>

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

namespace {
// Stored when the user would rather not say where they live.
const QString kNoRegion = QStringLiteral("none");
const QString kSeedRegion = QStringLiteral("colorado");
} // namespace

QString ContentLibrary::regionId() const
{
    const QString chosen = m_settings.region();
    return m_pack.region(chosen) ? chosen : QString();
}

bool ContentLibrary::regionAsked() const
{
    const QString stored = m_settings.region();
    return stored == kNoRegion || m_pack.region(stored);
}

bool ContentLibrary::setRegionId(const QString &regionId)
{
    if (!regionId.isEmpty() && !m_pack.region(regionId)) {
        return false;
    }
    const QString stored = regionId.isEmpty() ? kNoRegion : regionId;
    if (stored != m_settings.region()) {
        m_settings.setRegion(stored);
        Q_EMIT regionChanged();
    }
    return true;
}

QString ContentLibrary::shownRegionId() const
{
    QString chosen = regionId();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    for (const RegionContent &region : m_pack.regions) {
        if (region.includes.isEmpty()) {
            return region.id;
        }
    }
    return QString();
}

QString ContentLibrary::hotlineResourceId() const
{
    // The chosen region's reporting line, else the first fallback found
    // from it (or from the country when none is chosen) through `includes`.
    const QList<const RegionContent *> chain = m_pack.regionChain(shownRegionId());
    if (!chain.isEmpty() && !regionId().isEmpty() && !chain.constFirst()->hotline.isEmpty()) {
        return chain.constFirst()->hotline;
    }
    for (const RegionContent *region : chain) {
        if (!region->fallback.isEmpty()) {
            return region->fallback;
        }
    }
    return QString();
}

safety::Region ContentLibrary::hotlineRegion() const
{
    const RegionContent *shown = m_pack.region(shownRegionId());
    const QString lineId = hotlineResourceId();
    const Resource *line = m_pack.resource(lineId);
    if (!shown || !line || line->phone.number.isEmpty()) {
        return safety::defaultRegion();
    }
    const QString lang = language();
    const bool reporting = !regionId().isEmpty() && lineId == shown->hotline;
    QString label = line->name.in(lang);
    if (!reporting) {
        // The label the fallback's region gives it (inherited, like the line).
        for (const RegionContent &region : m_pack.regions) {
            if (region.fallback == lineId && !region.fallbackLabel.isEmpty()) {
                label = region.fallbackLabel.in(lang);
                break;
            }
        }
    }
    return safety::Region { regionId(), shown->name.in(lang),
        safety::Hotline { label, line->phone.display, line->hours.in(lang), reporting } };
}

QString ContentLibrary::hotlinePhrase() const
{
    const safety::Region region = hotlineRegion();
    if (region.hotline.reportingLine) {
        return QStringLiteral("%1 (%2)").arg(region.hotline.name, region.hotline.displayNumber);
    }
    return QCoreApplication::translate("ContentLibrary", "your state's child abuse and neglect reporting line");
}

QString ContentLibrary::resolve(const Text &text) const
{
    QString result = text.in(language());
    const QLatin1String placeholder(kHotlinePlaceholder);
    if (result.contains(placeholder)) {
        result.replace(placeholder, hotlinePhrase());
    }
    return result;
}

QStringList ContentLibrary::resolveCalls(const QStringList &ids) const
{
    QStringList result;
    for (const QString &id : ids) {
        const QString resolved = id == QLatin1String(kRegionHotlineId) ? hotlineResourceId() : id;
        if (!resolved.isEmpty() && !result.contains(resolved)) {
            result.append(resolved);
        }
    }
    return result;
}

QList<safety::RegionChoice> ContentLibrary::regionChoices() const
{
    const QString lang = language();
    QList<safety::RegionChoice> choices;
    for (const RegionContent &region : m_pack.regions) {
        if (!region.postal.isEmpty()) {
            choices.append(safety::RegionChoice { region.id, region.name.in(lang), region.postal });
        }
    }
    QCollator collator { QLocale(lang) };
    std::stable_sort(
        choices.begin(), choices.end(), [&collator](const safety::RegionChoice &a, const safety::RegionChoice &b) {
            // The seed's region first, then by name as the language sorts it.
            if ((a.id == kSeedRegion) != (b.id == kSeedRegion)) {
                return a.id == kSeedRegion;
            }
            return collator.compare(a.name, b.name) < 0;
        });
    return choices;
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
