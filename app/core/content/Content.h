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
    QMap<QString, QString> byLanguage;

    // The text in `language`, or English when the pack lacks that language.
    [[nodiscard]] QString in(const QString &language) const;
    [[nodiscard]] bool isEmpty() const { return byLanguage.isEmpty(); }
};

struct Source
{
    QString title;
    QString url;
};

struct GuideStep
{
    QString id;
    Text title;
    Text where;
    Text choose;
    Text why;
};

struct PlatformGuide
{
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
    QString id;
    Text text;
};

struct SignList
{
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
    QString id;
    Text title;
    QList<Text> talk;
    QList<Text> rules;
    QList<Text> check;
    QList<Text> keepPrivate;
};

struct AgeTips
{
    QString id;
    QDate reviewed;
    QList<Source> sources;
    QList<AgeBand> bands;
};

struct RecoverySection
{
    QString id;
    Text title;
    QList<Text> points;
};

struct Recovery
{
    QString id;
    QDate reviewed;
    QList<Source> sources;
    Text title;
    QList<RecoverySection> sections;
    QStringList missingCallOrder;
};

struct PhoneNumberRef
{
    QString number; // as dialled, validated
    QString display; // as people read it
};

struct Resource
{
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
};

struct RegionContent
{
    QString id;
    Text name;
    QStringList includes;
    QString hotline; // a resource id with a phone number
    QList<Resource> resources;
};

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
};

} // namespace harbor::content
