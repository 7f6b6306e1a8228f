// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The guides' content as QML reads it: typed values in the language in
// effect, with "{hotline}" resolved and dates written out. Built by
// GuideTexts from the core's content::Pack; views read them as
// `guide.steps[0].title` and so on (lists are QML sequences).
namespace harbor::guidesui {

// A page a guide was checked against.
class SourceLink
{
    Q_GADGET
    QML_VALUE_TYPE(sourceLink)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString url MEMBER url)

public:
    friend bool operator==(const SourceLink &, const SourceLink &) = default;
    QString title;
    QString url;
};

// One line to call, text or visit (a resource card).
class ResourceItem
{
    Q_GADGET
    QML_VALUE_TYPE(resourceItem)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString purpose MEMBER purpose)
    Q_PROPERTY(QString phone MEMBER phone) // as people read it; empty: none
    Q_PROPERTY(QString sms MEMBER sms) // as texted
    Q_PROPERTY(QString smsDisplay MEMBER smsDisplay)
    Q_PROPERTY(QString tty MEMBER tty)
    Q_PROPERTY(QString web MEMBER web)
    Q_PROPERTY(QString hours MEMBER hours)
    Q_PROPERTY(bool lawEnforcement MEMBER lawEnforcement)
    Q_PROPERTY(bool thirdParty MEMBER thirdParty) // the number was confirmed on another page
    Q_PROPERTY(QString checked MEMBER checked) // when its source was checked; empty: not given
    Q_PROPERTY(QString source MEMBER source)

public:
    friend bool operator==(const ResourceItem &, const ResourceItem &) = default;
    QString id;
    QString name;
    QString purpose;
    QString phone;
    QString sms;
    QString smsDisplay;
    QString tty;
    QString web;
    QString hours;
    bool lawEnforcement = false;
    bool thirdParty = false;
    QString checked;
    QString source;
};

class GuideStepItem
{
    Q_GADGET
    QML_VALUE_TYPE(guideStep)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString where MEMBER where)
    Q_PROPERTY(QString choose MEMBER choose)
    Q_PROPERTY(QString why MEMBER why)

public:
    friend bool operator==(const GuideStepItem &, const GuideStepItem &) = default;
    QString id;
    QString title;
    QString where;
    QString choose;
    QString why;
};

// A platform guide: its walkthrough steps and what else to know.
class GuideDetail
{
    Q_GADGET
    QML_VALUE_TYPE(guideDetail)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(QString age MEMBER age)
    Q_PROPERTY(QString reviewed MEMBER reviewed)
    Q_PROPERTY(QList<harbor::guidesui::SourceLink> sources MEMBER sources)
    Q_PROPERTY(QList<harbor::guidesui::GuideStepItem> steps MEMBER steps)
    Q_PROPERTY(QStringList family MEMBER family)
    Q_PROPERTY(QStringList report MEMBER report)
    Q_PROPERTY(QStringList risks MEMBER risks)

public:
    friend bool operator==(const GuideDetail &, const GuideDetail &) = default;
    QString id; // empty: no such guide
    QString name;
    QString summary;
    QString age;
    QString reviewed;
    QList<SourceLink> sources;
    QList<GuideStepItem> steps;
    QStringList family;
    QStringList report;
    QStringList risks;
};

class SignItem
{
    Q_GADGET
    QML_VALUE_TYPE(signItem)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString text MEMBER text)

public:
    friend bool operator==(const SignItem &, const SignItem &) = default;
    QString id;
    QString text;
};

// A warning-sign checklist; `category` is the journal category a ticked
// sign is written down under.
class SignListDetail
{
    Q_GADGET
    QML_VALUE_TYPE(signListDetail)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString intro MEMBER intro)
    Q_PROPERTY(QList<harbor::guidesui::SignItem> signs MEMBER signs)
    Q_PROPERTY(QString reviewed MEMBER reviewed)
    Q_PROPERTY(QList<harbor::guidesui::SourceLink> sources MEMBER sources)

public:
    friend bool operator==(const SignListDetail &, const SignListDetail &) = default;
    QString id;
    QString category;
    QString title;
    QString intro;
    QList<SignItem> signs;
    QString reviewed;
    QList<SourceLink> sources;
};

// "What to do now": steps, whom to call in order, what to write down.
class FlowDetail
{
    Q_GADGET
    QML_VALUE_TYPE(flowDetail)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QStringList steps MEMBER steps)
    Q_PROPERTY(QList<harbor::guidesui::ResourceItem> call MEMBER call)
    Q_PROPERTY(QStringList writeDown MEMBER writeDown)
    Q_PROPERTY(QString reviewed MEMBER reviewed)
    Q_PROPERTY(QList<harbor::guidesui::SourceLink> sources MEMBER sources)

public:
    friend bool operator==(const FlowDetail &, const FlowDetail &) = default;
    QString id;
    QString title;
    QStringList steps;
    QList<ResourceItem> call;
    QStringList writeDown;
    QString reviewed;
    QList<SourceLink> sources;
};

// Tips for one age band.
class AgeBandItem
{
    Q_GADGET
    QML_VALUE_TYPE(ageBand)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QStringList talk MEMBER talk)
    Q_PROPERTY(QStringList rules MEMBER rules)
    Q_PROPERTY(QStringList check MEMBER check)
    Q_PROPERTY(QStringList keepPrivate MEMBER keepPrivate)
    Q_PROPERTY(QString reviewed MEMBER reviewed)
    Q_PROPERTY(QList<harbor::guidesui::SourceLink> sources MEMBER sources)

public:
    friend bool operator==(const AgeBandItem &, const AgeBandItem &) = default;
    QString id;
    QString title;
    QStringList talk;
    QStringList rules;
    QStringList check;
    QStringList keepPrivate;
    QString reviewed;
    QList<SourceLink> sources;
};

class RecoverySectionItem
{
    Q_GADGET
    QML_VALUE_TYPE(recoverySection)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QStringList points MEMBER points)

public:
    friend bool operator==(const RecoverySectionItem &, const RecoverySectionItem &) = default;
    QString id;
    QString title;
    QStringList points;
};

// Guidance for foster caretakers, and whom to call if the child goes missing.
class RecoveryDetail
{
    Q_GADGET
    QML_VALUE_TYPE(recoveryDetail)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QList<harbor::guidesui::RecoverySectionItem> sections MEMBER sections)
    Q_PROPERTY(QList<harbor::guidesui::ResourceItem> call MEMBER call)
    Q_PROPERTY(QString reviewed MEMBER reviewed)
    Q_PROPERTY(QList<harbor::guidesui::SourceLink> sources MEMBER sources)

public:
    friend bool operator==(const RecoveryDetail &, const RecoveryDetail &) = default;
    QString title; // empty: the pack has none
    QList<RecoverySectionItem> sections;
    QList<ResourceItem> call;
    QString reviewed;
    QList<SourceLink> sources;
};

// One search hit; `kind` is what GuidesPage.open() takes ("guide", "flow", ...).
class SearchResult
{
    Q_GADGET
    QML_VALUE_TYPE(searchResult)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString excerpt MEMBER excerpt)

public:
    friend bool operator==(const SearchResult &, const SearchResult &) = default;
    QString kind;
    QString id;
    QString title;
    QString excerpt;
};

} // namespace harbor::guidesui
