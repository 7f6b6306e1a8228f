// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ContentSearch.h"

#include "content/ContentLibrary.h"
#include "content/RegionSearch.h"

#include <QRegularExpression>

#include <algorithm>

namespace harbor::content {

namespace {

QStringList texts(const QList<Text> &list, const QString &language)
{
    QStringList result;
    for (const Text &text : list) {
        result.append(text.in(language));
    }
    return result;
}

QStringList resolved(const ContentLibrary &library, const QList<Text> &list)
{
    QStringList result;
    for (const Text &text : list) {
        result.append(library.resolve(text));
    }
    return result;
}

// Collects the hits for one query, item by item.
class Matcher
{
public:
    explicit Matcher(QStringList words)
        : m_words(std::move(words))
    {
    }

    void consider(SearchHit::Kind kind, const QString &id, const QString &title, const QStringList &body)
    {
        const QString haystack = RegionSearch::fold(title + QLatin1Char('\n') + body.join(QLatin1Char('\n')));
        if (!std::all_of(
                m_words.cbegin(), m_words.cend(), [&haystack](const QString &w) { return haystack.contains(w); })) {
            return;
        }
        QString excerpt = body.isEmpty() ? QString() : body.constFirst().simplified();
        if (excerpt.size() > ContentSearch::kExcerptLength) {
            excerpt = excerpt.left(ContentSearch::kExcerptLength - 1) + QChar(0x2026); // "…"
        }
        m_hits.append(SearchHit { kind, id, title, excerpt });
    }

    [[nodiscard]] QList<SearchHit> hits() const { return m_hits; }

private:
    QStringList m_words;
    QList<SearchHit> m_hits;
};

} // namespace

QList<SearchHit> ContentSearch::find(const ContentLibrary &library, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\W+"));
    const QStringList words = RegionSearch::fold(text).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return {};
    }
    using Kind = SearchHit::Kind;
    Matcher matcher(words);
    const Pack &pack = library.pack();
    const QString l = library.language();
    for (const Flow &flow : pack.flows) {
        matcher.consider(
            Kind::Flow, flow.id, flow.title.in(l), resolved(library, flow.steps) + resolved(library, flow.writeDown));
    }
    for (const PlatformGuide &guide : pack.guides) {
        QStringList body { guide.summary.in(l), guide.age.in(l) };
        for (const GuideStep &step : guide.steps) {
            body << step.title.in(l) << step.where.in(l) << step.choose.in(l) << step.why.in(l);
        }
        body << texts(guide.family, l) << texts(guide.report, l) << texts(guide.risks, l);
        matcher.consider(Kind::Guide, guide.id, guide.name, body);
    }
    for (const SignList &list : pack.signs) {
        QStringList body { library.resolve(list.intro) };
        for (const Sign &sign : list.signs) {
            body << sign.text.in(l);
        }
        matcher.consider(Kind::Signs, list.id, list.title.in(l), body);
    }
    for (const AgeTips &tips : pack.ageTips) {
        for (const AgeBand &band : tips.bands) {
            matcher.consider(Kind::Ages, band.id, band.title.in(l),
                texts(band.talk, l) + texts(band.rules, l) + texts(band.check, l) + texts(band.keepPrivate, l));
        }
    }
    for (const Recovery &guide : pack.recovery) {
        for (const RecoverySection &section : guide.sections) {
            matcher.consider(Kind::Recovery, section.id, section.title.in(l), resolved(library, section.points));
        }
    }
    for (const Resource *resource : pack.resourcesFor(library.shownRegionId())) {
        matcher.consider(Kind::Resource, resource->id, resource->name.in(l),
            { resource->purpose.in(l), resource->phone.display, resource->web });
    }
    return matcher.hits();
}

QString ContentSearch::kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Flow:
        return QStringLiteral("flow");
    case SearchHit::Kind::Guide:
        return QStringLiteral("guide");
    case SearchHit::Kind::Signs:
        return QStringLiteral("signs");
    case SearchHit::Kind::Ages:
        return QStringLiteral("ages");
    case SearchHit::Kind::Recovery:
        return QStringLiteral("recovery");
    case SearchHit::Kind::Resource:
        return QStringLiteral("resource");
    }
    return {};
}

} // namespace harbor::content
