// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideTexts.h"

#include "content/ContentLibrary.h"

#include <QLocale>

namespace harbor::guidesui {

using namespace harbor::content;

namespace {

QList<SourceLink> sourceLinks(const QList<Source> &sources)
{
    QList<SourceLink> result;
    for (const Source &source : sources) {
        result.append(SourceLink { source.title, source.url });
    }
    return result;
}

QString written(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

GuideTexts::GuideTexts(const ContentLibrary &library)
    : m_library(library)
    , m_language(library.language())
{
}

QStringList GuideTexts::texts(const QList<Text> &list) const
{
    QStringList result;
    for (const Text &text : list) {
        result.append(text.in(m_language));
    }
    return result;
}

QStringList GuideTexts::resolved(const QList<Text> &list) const
{
    QStringList result;
    for (const Text &text : list) {
        result.append(m_library.resolve(text));
    }
    return result;
}

QList<ResourceItem> GuideTexts::calls(const QStringList &ids) const
{
    QList<ResourceItem> result;
    for (const QString &id : m_library.resolveCalls(ids)) {
        if (const Resource *found = m_library.pack().resource(id)) {
            result.append(resource(*found));
        }
    }
    return result;
}

ResourceItem GuideTexts::resource(const Resource &resource) const
{
    ResourceItem item;
    item.id = resource.id;
    item.name = resource.name.in(m_language);
    item.purpose = resource.purpose.in(m_language);
    item.phone = resource.phone.display;
    item.sms = resource.sms.number;
    item.smsDisplay = resource.sms.display;
    item.tty = resource.tty.display;
    item.web = resource.web;
    item.hours = resource.hours.in(m_language);
    item.lawEnforcement = resource.audience == Resource::Audience::LawEnforcement;
    item.thirdParty = resource.confirmed == Resource::Confirmed::ThirdParty;
    item.checked = resource.checked.isValid() ? written(resource.checked) : QString();
    item.source = resource.source;
    return item;
}

GuideDetail GuideTexts::guide(const PlatformGuide &guide) const
{
    GuideDetail detail;
    detail.id = guide.id;
    detail.name = guide.name;
    detail.summary = guide.summary.in(m_language);
    detail.age = guide.age.in(m_language);
    detail.reviewed = written(guide.reviewed);
    detail.sources = sourceLinks(guide.sources);
    for (const GuideStep &step : guide.steps) {
        detail.steps.append(GuideStepItem { step.id, step.title.in(m_language), step.where.in(m_language),
            step.choose.in(m_language), step.why.in(m_language) });
    }
    detail.family = texts(guide.family);
    detail.report = texts(guide.report);
    detail.risks = texts(guide.risks);
    return detail;
}

SignListDetail GuideTexts::signList(const SignList &list) const
{
    SignListDetail detail;
    detail.id = list.id;
    detail.category = list.category;
    detail.title = list.title.in(m_language);
    detail.intro = m_library.resolve(list.intro);
    for (const Sign &sign : list.signs) {
        detail.signs.append(SignItem { sign.id, sign.text.in(m_language) });
    }
    detail.reviewed = written(list.reviewed);
    detail.sources = sourceLinks(list.sources);
    return detail;
}

FlowDetail GuideTexts::flow(const Flow &flow) const
{
    FlowDetail detail;
    detail.id = flow.id;
    detail.title = flow.title.in(m_language);
    detail.steps = resolved(flow.steps);
    detail.call = calls(flow.call);
    detail.writeDown = resolved(flow.writeDown);
    detail.reviewed = written(flow.reviewed);
    detail.sources = sourceLinks(flow.sources);
    return detail;
}

QList<AgeBandItem> GuideTexts::ageBands(const AgeTips &tips) const
{
    QList<AgeBandItem> result;
    for (const AgeBand &band : tips.bands) {
        result.append(AgeBandItem { band.id, band.title.in(m_language), texts(band.talk), texts(band.rules),
            texts(band.check), texts(band.keepPrivate), written(tips.reviewed), sourceLinks(tips.sources) });
    }
    return result;
}

RecoveryDetail GuideTexts::recovery(const Recovery &recovery) const
{
    RecoveryDetail detail;
    detail.title = recovery.title.in(m_language);
    for (const RecoverySection &section : recovery.sections) {
        detail.sections.append(
            RecoverySectionItem { section.id, section.title.in(m_language), resolved(section.points) });
    }
    detail.call = calls(recovery.missingCallOrder);
    detail.reviewed = written(recovery.reviewed);
    detail.sources = sourceLinks(recovery.sources);
    return detail;
}

} // namespace harbor::guidesui
