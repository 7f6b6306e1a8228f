// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace harbor::content {

// One text in every language of the pack ("en" → "...", "es" → "...").
struct Text
{
    friend bool operator==(const Text &, const Text &) = default;
    QMap<QString, QString> byLanguage;

    // The text in `language`, or English when the pack lacks that language.
    [[nodiscard]] QString in(const QString &language) const;
    [[nodiscard]] bool isEmpty() const { return byLanguage.isEmpty(); }
};

struct Source
{
    friend bool operator==(const Source &, const Source &) = default;
    QString title;
    QString url;
};

struct GuideStep
{
    friend bool operator==(const GuideStep &, const GuideStep &) = default;
    QString id;
    Text title;
    Text where;
    Text choose;
    Text why;
};

struct PlatformGuide
{
    friend bool operator==(const PlatformGuide &, const PlatformGuide &) = default;
    QString id;
    QString name;
    QDate reviewed;
    QList<Source> sources;
    Text summary;
    Text age;
    QList<GuideStep> steps;
    QList<Text> family;
    QList<Text> report;
    QList<Text> risks;
    // SHA-256 (hex) of the guide's steps as published: a checklist ticked
    // against another revision is shown as needing a re-check.
    QString revision;
};

struct Sign
{
    friend bool operator==(const Sign &, const Sign &) = default;
    QString id;
    Text text;
};

struct SignList
{
    friend bool operator==(const SignList &, const SignList &) = default;
    QString id;
    QString category;
    QDate reviewed;
    QList<Source> sources;
    Text title;
    Text intro;
    QList<Sign> signs;
};

struct Flow
{
    friend bool operator==(const Flow &, const Flow &) = default;
    QString id;
    QDate reviewed;
    QList<Source> sources;
    Text title;
    QList<Text> steps;
    QStringList call; // resource ids, in order
    QList<Text> writeDown;
};

struct AgeBand
{
    friend bool operator==(const AgeBand &, const AgeBand &) = default;
    QString id;
    Text title;
    QList<Text> talk;
    QList<Text> rules;
    QList<Text> check;
    QList<Text> keepPrivate;
};

struct AgeTips
{
    friend bool operator==(const AgeTips &, const AgeTips &) = default;
    QString id;
    QDate reviewed;
    QList<Source> sources;
    QList<AgeBand> bands;
};

struct RecoverySection
{
    friend bool operator==(const RecoverySection &, const RecoverySection &) = default;
    QString id;
    Text title;
    QList<Text> points;
};

struct Recovery
{
    friend bool operator==(const Recovery &, const Recovery &) = default;
    QString id;
    QDate reviewed;
    QList<Source> sources;
    Text title;
    QList<RecoverySection> sections;
    QStringList missingCallOrder;
};

struct PhoneNumberRef
{
    friend bool operator==(const PhoneNumberRef &, const PhoneNumberRef &) = default;
    QString number; // as dialled, validated
    QString display; // as people read it
};

struct Resource
{
    friend bool operator==(const Resource &, const Resource &) = default;
    enum class Audience {
        Everyone,
        LawEnforcement,
    };

    QString id;
    Text name;
    Text purpose; // "for"
    PhoneNumberRef phone; // number empty when none
    PhoneNumberRef sms;
    PhoneNumberRef tty;
    QString web;
    Text hours;
    Audience audience = Audience::Everyone;
    QString source;
    // How the number was confirmed (CONTENT.md, "Sources and dates").
    enum class Confirmed {
        Agency, // on the agency's own page
        ThirdParty, // on another page, where the agency's has none
        Unconfirmed,
    };
    Confirmed confirmed = Confirmed::Agency;
    QDate checked; // when `source` was checked; invalid when not given
    enum class Anonymous {
        NotStated,
        Yes,
        No,
    };
    Anonymous anonymous = Anonymous::NotStated;
    QString countyList; // where reports go to county lines: the state's list
};

struct RegionContent
{
    friend bool operator==(const RegionContent &, const RegionContent &) = default;
    QString id;
    Text name;
    QString postal; // "CO"; empty for a country
    QStringList includes;
    // The child abuse and neglect reporting line: a resource id with a phone
    // number, or empty where none could be confirmed.
    QString hotline;
    // What the emergency bar dials where the region (or none chosen) has no
    // reporting line, and the honest label it shows for it. Inherited
    // through `includes`.
    QString fallback;
    Text fallbackLabel;
    QList<Resource> resources;
};

// The flow call-list id that stands for the chosen region's reporting line,
// and the text placeholder that names it.
inline constexpr char kRegionHotlineId[] = "region-hotline";
inline constexpr char kHotlinePlaceholder[] = "{hotline}";

// A parsed, validated content pack.
struct Pack
{
    QString id;
    int version = 0;
    QDate published;
    QStringList languages;
    QList<PlatformGuide> guides;
    QList<SignList> signs;
    QList<Flow> flows;
    QList<AgeTips> ageTips;
    QList<Recovery> recovery;
    QList<RegionContent> regions;
    // Documents left out, each "file: /path: reason". The rest is usable.
    QStringList problems;

    [[nodiscard]] const Resource *resource(const QString &id) const;
    [[nodiscard]] const RegionContent *region(const QString &id) const;
    [[nodiscard]] const PlatformGuide *guide(const QString &id) const;
    // A region's own resources and those of the regions it includes.
    [[nodiscard]] QList<const Resource *> resourcesFor(const QString &regionId) const;
    // The region and those it includes, breadth first, each once.
    [[nodiscard]] QList<const RegionContent *> regionChain(const QString &regionId) const;
};

} // namespace harbor::content
