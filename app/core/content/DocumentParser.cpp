// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/DocumentParser.h"

#include "content/DocumentReader.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <initializer_list>
#include <optional>
#include <utility>

namespace harbor::content {

namespace {

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

template<typename T>
bool hasId(const QList<T> &list, const QString &id)
{
    return std::any_of(list.cbegin(), list.cend(), [&id](const T &item) { return item.id == id; });
}

PlatformGuide readGuide(DocumentReader &r, const QJsonObject &o)
{
    r.onlyKeys(
        o, {}, { "kind", "id", "name", "reviewed", "sources", "summary", "age", "steps", "family", "report", "risks" });
    PlatformGuide guide;
    guide.id = r.id(o, "id", {});
    guide.name = r.string(o, "name", {}, 80);
    guide.reviewed = r.date(o, "reviewed", {});
    guide.sources = r.sources(o, {});
    guide.summary = r.text(o, "summary", {});
    guide.age = r.text(o, "age", {});
    const QJsonArray steps = r.array(o, "steps", {}, 1);
    for (qsizetype i = 0; i < steps.size() && r.ok(); ++i) {
        const QString path = at(QStringLiteral("/steps"), i);
        const QJsonObject step = r.object(steps.at(i), path);
        r.onlyKeys(step, path, { "id", "title", "where", "choose", "why" });
        GuideStep parsed { r.id(step, "id", path), r.text(step, "title", path), r.text(step, "where", path),
            r.text(step, "choose", path), r.text(step, "why", path) };
        if (r.ok() && hasId(guide.steps, parsed.id)) {
            r.fail(path + QStringLiteral("/id"), QStringLiteral("used twice"));
        }
        guide.steps.append(parsed);
    }
    guide.family = r.texts(o, "family", {}, 0);
    guide.report = r.texts(o, "report", {}, 0);
    guide.risks = r.texts(o, "risks", {}, 0);
    // The checklist's revision: the steps exactly as published.
    guide.revision = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(steps).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
    return guide;
}

SignList readSigns(DocumentReader &r, const QJsonObject &o)
{
    r.onlyKeys(o, {}, { "kind", "id", "category", "reviewed", "sources", "title", "intro", "signs" });
    SignList list;
    list.id = r.id(o, "id", {});
    list.category = r.id(o, "category", {});
    list.reviewed = r.date(o, "reviewed", {});
    list.sources = r.sources(o, {});
    list.title = r.text(o, "title", {});
    list.intro = r.text(o, "intro", {});
    const QJsonArray signs = r.array(o, "signs", {}, 1);
    for (qsizetype i = 0; i < signs.size() && r.ok(); ++i) {
        const QString path = at(QStringLiteral("/signs"), i);
        const QJsonObject sign = r.object(signs.at(i), path);
        r.onlyKeys(sign, path, { "id", "text" });
        Sign parsed { r.id(sign, "id", path), r.text(sign, "text", path) };
        if (r.ok() && hasId(list.signs, parsed.id)) {
            r.fail(path + QStringLiteral("/id"), QStringLiteral("used twice"));
        }
        list.signs.append(parsed);
    }
    return list;
}

Flow readFlow(DocumentReader &r, const QJsonObject &o)
{
    r.onlyKeys(o, {}, { "kind", "id", "reviewed", "sources", "title", "steps", "call", "writeDown" });
    Flow flow;
    flow.id = r.id(o, "id", {});
    flow.reviewed = r.date(o, "reviewed", {});
    flow.sources = r.sources(o, {});
    flow.title = r.text(o, "title", {});
    flow.steps = r.texts(o, "steps", {}, 1);
    flow.call = r.ids(o, "call", {}, 1);
    flow.writeDown = r.texts(o, "writeDown", {}, 1);
    return flow;
}

AgeTips readAgeTips(DocumentReader &r, const QJsonObject &o)
{
    r.onlyKeys(o, {}, { "kind", "id", "reviewed", "sources", "bands" });
    AgeTips tips;
    tips.id = r.id(o, "id", {});
    tips.reviewed = r.date(o, "reviewed", {});
    tips.sources = r.sources(o, {});
    const QJsonArray bands = r.array(o, "bands", {}, 1);
    for (qsizetype i = 0; i < bands.size() && r.ok(); ++i) {
        const QString path = at(QStringLiteral("/bands"), i);
        const QJsonObject band = r.object(bands.at(i), path);
        r.onlyKeys(band, path, { "id", "title", "talk", "rules", "check", "private" });
        tips.bands.append(AgeBand { r.id(band, "id", path), r.text(band, "title", path), r.texts(band, "talk", path, 1),
            r.texts(band, "rules", path, 1), r.texts(band, "check", path, 1), r.texts(band, "private", path, 1) });
    }
    return tips;
}

Recovery readRecovery(DocumentReader &r, const QJsonObject &o)
{
    r.onlyKeys(o, {}, { "kind", "id", "reviewed", "sources", "title", "sections", "missingCallOrder" });
    Recovery recovery;
    recovery.id = r.id(o, "id", {});
    recovery.reviewed = r.date(o, "reviewed", {});
    recovery.sources = r.sources(o, {});
    recovery.title = r.text(o, "title", {});
    const QJsonArray sections = r.array(o, "sections", {}, 1);
    for (qsizetype i = 0; i < sections.size() && r.ok(); ++i) {
        const QString path = at(QStringLiteral("/sections"), i);
        const QJsonObject section = r.object(sections.at(i), path);
        r.onlyKeys(section, path, { "id", "title", "points" });
        recovery.sections.append(RecoverySection {
            r.id(section, "id", path), r.text(section, "title", path), r.texts(section, "points", path, 1) });
    }
    recovery.missingCallOrder = r.ids(o, "missingCallOrder", {}, 1);
    return recovery;
}

// One of a few words, as an enum: "expected a, b or c" otherwise. Without
// a default the key is required.
template<typename Enum>
Enum oneOf(DocumentReader &r, const QJsonObject &o, const char *key, const QString &path,
    std::initializer_list<std::pair<const char *, Enum>> words, std::optional<Enum> byDefault)
{
    if (byDefault && !o.contains(QLatin1String(key))) {
        return *byDefault;
    }
    const QString value = r.string(o, key, path, 20);
    QStringList names;
    for (const auto &[word, result] : words) {
        if (value == QLatin1String(word)) {
            return result;
        }
        names << QLatin1String(word);
    }
    if (r.ok()) {
        const QString last = names.takeLast();
        r.fail(path + QLatin1Char('/') + QLatin1String(key),
            QStringLiteral("expected %1 or %2").arg(names.join(QStringLiteral(", ")), last));
    }
    return byDefault.value_or(words.begin()->second);
}

Resource readResource(DocumentReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path,
        { "id", "name", "for", "phone", "text", "tty", "web", "hours", "audience", "source", "confirmed", "checked",
            "anonymous", "countyList" });
    Resource resource;
    resource.id = r.id(o, "id", path);
    resource.name = r.text(o, "name", path);
    resource.purpose = r.text(o, "for", path);
    resource.phone = r.phone(o, "phone", path);
    resource.sms = r.phone(o, "text", path);
    resource.tty = r.phone(o, "tty", path);
    resource.web = r.url(o, "web", path, false);
    if (o.contains(QLatin1String("hours"))) {
        resource.hours = r.text(o, "hours", path);
    }
    resource.audience = oneOf<Resource::Audience>(r, o, "audience", path,
        { { "everyone", Resource::Audience::Everyone }, { "law-enforcement", Resource::Audience::LawEnforcement } },
        std::nullopt);
    resource.source = r.url(o, "source", path, true);
    if (o.contains(QLatin1String("checked"))) {
        resource.checked = r.date(o, "checked", path);
    }
    resource.confirmed = oneOf<Resource::Confirmed>(r, o, "confirmed", path,
        { { "agency", Resource::Confirmed::Agency }, { "third-party", Resource::Confirmed::ThirdParty },
            { "unconfirmed", Resource::Confirmed::Unconfirmed } },
        Resource::Confirmed::Agency);
    resource.anonymous = oneOf<Resource::Anonymous>(r, o, "anonymous", path,
        { { "yes", Resource::Anonymous::Yes }, { "no", Resource::Anonymous::No },
            { "not-stated", Resource::Anonymous::NotStated } },
        Resource::Anonymous::NotStated);
    resource.countyList = r.url(o, "countyList", path, false);
    if (r.ok() && resource.confirmed == Resource::Confirmed::Unconfirmed && !resource.phone.number.isEmpty()) {
        r.fail(path + QStringLiteral("/phone"), QStringLiteral("an unconfirmed resource must not carry a number"));
    }
    if (r.ok() && resource.phone.number.isEmpty() && resource.sms.number.isEmpty() && resource.web.isEmpty()) {
        r.fail(path, QStringLiteral("needs a phone number, a text number or a web address"));
    }
    return resource;
}

QList<RegionContent> readResources(DocumentReader &r, const QJsonObject &o)
{
    r.onlyKeys(o, {}, { "kind", "id", "reviewed", "regions" });
    (void)r.id(o, "id", {});
    (void)r.date(o, "reviewed", {});
    QList<RegionContent> regions;
    const QJsonArray list = r.array(o, "regions", {}, 1);
    for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
        const QString path = at(QStringLiteral("/regions"), i);
        const QJsonObject region = r.object(list.at(i), path);
        r.onlyKeys(region, path, { "id", "name", "postal", "includes", "hotline", "fallback", "resources" });
        RegionContent parsed;
        parsed.id = r.id(region, "id", path);
        parsed.name = r.text(region, "name", path);
        if (region.contains(QLatin1String("postal"))) {
            parsed.postal = r.string(region, "postal", path, 2);
            static const QRegularExpression postal(QStringLiteral("^[A-Z]{2}$"));
            if (r.ok() && !postal.match(parsed.postal).hasMatch()) {
                r.fail(path + QStringLiteral("/postal"), QStringLiteral("expected two capital letters"));
            }
        }
        parsed.includes
            = region.contains(QLatin1String("includes")) ? r.ids(region, "includes", path, 0) : QStringList();
        if (region.contains(QLatin1String("hotline"))) {
            parsed.hotline = r.id(region, "hotline", path);
        }
        if (region.contains(QLatin1String("fallback"))) {
            const QString fallbackPath = path + QStringLiteral("/fallback");
            const QJsonObject fallback = r.object(region.value(QLatin1String("fallback")), fallbackPath);
            r.onlyKeys(fallback, fallbackPath, { "resource", "label" });
            parsed.fallback = r.id(fallback, "resource", fallbackPath);
            parsed.fallbackLabel = r.text(fallback, "label", fallbackPath);
        }
        const QJsonArray resources = r.array(region, "resources", path, 1);
        for (qsizetype j = 0; j < resources.size() && r.ok(); ++j) {
            const QString resourcePath = at(path + QStringLiteral("/resources"), j);
            parsed.resources.append(readResource(r, r.object(resources.at(j), resourcePath), resourcePath));
        }
        regions.append(parsed);
    }
    return regions;
}

} // namespace

QString DocumentParser::parseInto(const QString &file, const QJsonObject &document, Pack &pack)
{
    DocumentReader r(file, pack.languages);
    const QString kind = document.value(QLatin1String("kind")).toString();
    const QString id = document.value(QLatin1String("id")).toString();
    auto duplicate = [&r](bool taken) {
        if (r.ok() && taken) {
            r.fail(QStringLiteral("/id"), QStringLiteral("another document has this id"));
        }
        return r.ok();
    };
    if (kind == QLatin1String("platform-guide")) {
        PlatformGuide guide = readGuide(r, document);
        if (duplicate(hasId(pack.guides, id))) {
            pack.guides.append(guide);
        }
    } else if (kind == QLatin1String("warning-signs")) {
        SignList signs = readSigns(r, document);
        if (duplicate(hasId(pack.signs, id))) {
            pack.signs.append(signs);
        }
    } else if (kind == QLatin1String("flow")) {
        Flow flow = readFlow(r, document);
        if (duplicate(hasId(pack.flows, id))) {
            pack.flows.append(flow);
        }
    } else if (kind == QLatin1String("age-tips")) {
        AgeTips tips = readAgeTips(r, document);
        if (duplicate(hasId(pack.ageTips, id))) {
            pack.ageTips.append(tips);
        }
    } else if (kind == QLatin1String("recovery")) {
        Recovery recovery = readRecovery(r, document);
        if (duplicate(hasId(pack.recovery, id))) {
            pack.recovery.append(recovery);
        }
    } else if (kind == QLatin1String("resources")) {
        const QList<RegionContent> regions = readResources(r, document);
        for (const RegionContent &region : regions) {
            if (r.ok() && hasId(pack.regions, region.id)) {
                r.fail(QStringLiteral("/regions"), QStringLiteral("region %1 is defined twice").arg(region.id));
            }
        }
        if (r.ok()) {
            pack.regions.append(regions);
        }
    } else {
        r.fail(QStringLiteral("/kind"), QStringLiteral("unknown kind"));
    }
    return r.ok() ? QString() : r.problem();
}

} // namespace harbor::content
