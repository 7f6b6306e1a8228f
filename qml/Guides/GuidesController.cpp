// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidesController.h"

#include "LanguageWatcher.h"

#include "content/Content.h"
#include "safety/Clock.h"
#include "vault/Vault.h"

#include <QLocale>
#include <QQmlEngine>
#include <QRegularExpression>

#include <algorithm>

namespace harbor::guidesui {

using namespace harbor::content;

namespace {

GuidesController *s_instance = nullptr;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QStringList texts(const QList<Text> &list, const QString &language)
{
    QStringList result;
    for (const Text &text : list) {
        result.append(text.in(language));
    }
    return result;
}

QVariantList sourceList(const QList<Source> &sources)
{
    QVariantList result;
    for (const Source &source : sources) {
        result.append(QVariantMap { { key("title"), source.title }, { key("url"), source.url } });
    }
    return result;
}

QString reviewed(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// Lower case without accents, for search in any language.
QString folded(const QString &text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            result.append(c);
        }
    }
    return result;
}

} // namespace

GuidesController::GuidesController(
    ContentLibrary &library, vault::Vault &vault, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_vault(vault)
    , m_clock(clock)
{
    connect(this, &GuidesController::contentChanged, this, [this] { ++m_contentRevision; });
    connect(&m_library, &ContentLibrary::packChanged, this, &GuidesController::contentChanged);
    connect(&m_library, &ContentLibrary::regionChanged, this, &GuidesController::regionChanged);
    connect(&m_vault, &vault::Vault::stateChanged, this, &GuidesController::vaultStateChanged);
    // Texts come from the pack in the language in effect.
    auto *language = new ui::LanguageWatcher(this);
    connect(language, &ui::LanguageWatcher::changed, this, &GuidesController::contentChanged);
    connect(language, &ui::LanguageWatcher::changed, this, &GuidesController::regionChanged);
    vaultStateChanged();
}

GuidesController::~GuidesController()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

void GuidesController::provide(GuidesController *instance)
{
    s_instance = instance;
}

GuidesController *GuidesController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        qFatal("GuidesController::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void GuidesController::vaultStateChanged()
{
    vault::Database *db = m_vault.state() == vault::Vault::State::Unlocked ? m_vault.database() : nullptr;
    if (db && (!m_checklists || db != m_database)) {
        // A new connection (an unlock while open) gets a new store.
        m_checklists = std::make_unique<ChecklistStore>(*db);
    } else if (!db) {
        m_checklists.reset();
    }
    m_database = db;
    ++m_checklistRevision;
    Q_EMIT checklistsChanged();
}

QVariantList GuidesController::guides() const
{
    QList<const PlatformGuide *> sorted;
    for (const PlatformGuide &guide : m_library.pack().guides) {
        sorted.append(&guide);
    }
    std::sort(sorted.begin(), sorted.end(), [](const PlatformGuide *a, const PlatformGuide *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    QVariantList result;
    for (const PlatformGuide *guide : std::as_const(sorted)) {
        result.append(QVariantMap {
            { key("id"), guide->id }, { key("name"), guide->name }, { key("summary"), guide->summary.in(lang()) } });
    }
    return result;
}

QVariantList GuidesController::signLists() const
{
    QVariantList result;
    for (const SignList &list : m_library.pack().signs) {
        result.append(QVariantMap { { key("id"), list.id }, { key("title"), list.title.in(lang()) } });
    }
    return result;
}

QVariantList GuidesController::flows() const
{
    QVariantList result;
    for (const Flow &flow : m_library.pack().flows) {
        result.append(QVariantMap { { key("id"), flow.id }, { key("title"), flow.title.in(lang()) } });
    }
    return result;
}

QVariantList GuidesController::ageBands() const
{
    QVariantList result;
    if (m_library.pack().ageTips.isEmpty()) {
        return result;
    }
    const AgeTips &tips = m_library.pack().ageTips.constFirst();
    for (const AgeBand &band : tips.bands) {
        result.append(QVariantMap {
            { key("id"), band.id },
            { key("title"), band.title.in(lang()) },
            { key("talk"), texts(band.talk, lang()) },
            { key("rules"), texts(band.rules, lang()) },
            { key("check"), texts(band.check, lang()) },
            { key("private"), texts(band.keepPrivate, lang()) },
            { key("reviewed"), reviewed(tips.reviewed) },
            { key("sources"), sourceList(tips.sources) },
        });
    }
    return result;
}

QVariantMap GuidesController::recovery() const
{
    if (m_library.pack().recovery.isEmpty()) {
        return {};
    }
    const Recovery &guide = m_library.pack().recovery.constFirst();
    QVariantList sections;
    for (const RecoverySection &section : guide.sections) {
        sections.append(QVariantMap { { key("id"), section.id }, { key("title"), section.title.in(lang()) },
            { key("points"), resolved(section.points) } });
    }
    QVariantList call;
    for (const QString &id : m_library.resolveCalls(guide.missingCallOrder)) {
        if (const Resource *resource = m_library.pack().resource(id)) {
            call.append(resourceMap(*resource));
        }
    }
    return QVariantMap {
        { key("title"), guide.title.in(lang()) },
        { key("sections"), sections },
        { key("call"), call },
        { key("reviewed"), reviewed(guide.reviewed) },
        { key("sources"), sourceList(guide.sources) },
    };
}

void GuidesController::setRegionId(const QString &regionId)
{
    m_library.setRegionId(regionId);
}

QVariantMap GuidesController::resourceMap(const Resource &resource) const
{
    return QVariantMap {
        { key("id"), resource.id },
        { key("name"), resource.name.in(lang()) },
        { key("purpose"), resource.purpose.in(lang()) },
        { key("phone"), resource.phone.display },
        { key("sms"), resource.sms.number },
        { key("smsDisplay"), resource.sms.display },
        { key("tty"), resource.tty.display },
        { key("web"), resource.web },
        { key("hours"), resource.hours.in(lang()) },
        { key("lawEnforcement"), resource.audience == Resource::Audience::LawEnforcement },
        { key("thirdParty"), resource.confirmed == Resource::Confirmed::ThirdParty },
        { key("checked"), resource.checked.isValid() ? reviewed(resource.checked) : QString() },
        { key("source"), resource.source },
    };
}

QStringList GuidesController::resolved(const QList<Text> &list) const
{
    QStringList result;
    for (const Text &text : list) {
        result.append(m_library.resolve(text));
    }
    return result;
}

QVariantList GuidesController::resources() const
{
    QVariantList result;
    for (const Resource *resource : m_library.pack().resourcesFor(m_library.shownRegionId())) {
        result.append(resourceMap(*resource));
    }
    return result;
}

QVariantMap GuidesController::guide(const QString &id) const
{
    const PlatformGuide *guide = m_library.pack().guide(id);
    if (!guide) {
        return {};
    }
    QVariantList steps;
    for (const GuideStep &step : guide->steps) {
        steps.append(QVariantMap { { key("id"), step.id }, { key("title"), step.title.in(lang()) },
            { key("where"), step.where.in(lang()) }, { key("choose"), step.choose.in(lang()) },
            { key("why"), step.why.in(lang()) } });
    }
    return QVariantMap {
        { key("id"), guide->id },
        { key("name"), guide->name },
        { key("summary"), guide->summary.in(lang()) },
        { key("age"), guide->age.in(lang()) },
        { key("reviewed"), reviewed(guide->reviewed) },
        { key("sources"), sourceList(guide->sources) },
        { key("steps"), steps },
        { key("family"), texts(guide->family, lang()) },
        { key("report"), texts(guide->report, lang()) },
        { key("risks"), texts(guide->risks, lang()) },
    };
}

QVariantMap GuidesController::signList(const QString &id) const
{
    for (const SignList &list : m_library.pack().signs) {
        if (list.id != id) {
            continue;
        }
        QVariantList signs;
        for (const Sign &sign : list.signs) {
            signs.append(QVariantMap { { key("id"), sign.id }, { key("text"), sign.text.in(lang()) } });
        }
        return QVariantMap { { key("id"), list.id }, { key("category"), list.category },
            { key("title"), list.title.in(lang()) }, { key("intro"), m_library.resolve(list.intro) },
            { key("signs"), signs }, { key("reviewed"), reviewed(list.reviewed) },
            { key("sources"), sourceList(list.sources) } };
    }
    return {};
}

QVariantMap GuidesController::flow(const QString &id) const
{
    for (const Flow &flow : m_library.pack().flows) {
        if (flow.id != id) {
            continue;
        }
        QVariantList call;
        for (const QString &resourceId : m_library.resolveCalls(flow.call)) {
            if (const Resource *resource = m_library.pack().resource(resourceId)) {
                call.append(resourceMap(*resource));
            }
        }
        return QVariantMap { { key("id"), flow.id }, { key("title"), flow.title.in(lang()) },
            { key("steps"), resolved(flow.steps) }, { key("call"), call },
            { key("writeDown"), resolved(flow.writeDown) }, { key("reviewed"), reviewed(flow.reviewed) },
            { key("sources"), sourceList(flow.sources) } };
    }
    return {};
}

QVariantList GuidesController::search(const QString &text) const
{
    const QStringList words = folded(text).split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    QVariantList result;
    if (words.isEmpty()) {
        return result;
    }
    auto consider = [&](const char *kind, const QString &id, const QString &title, const QStringList &body) {
        const QString haystack = folded(title + QLatin1Char('\n') + body.join(QLatin1Char('\n')));
        if (std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) { return haystack.contains(w); })) {
            QString excerpt = body.isEmpty() ? QString() : body.constFirst().simplified();
            if (excerpt.size() > 140) {
                excerpt = excerpt.left(139) + QChar(0x2026);
            }
            result.append(QVariantMap {
                { key("kind"), key(kind) }, { key("id"), id }, { key("title"), title }, { key("excerpt"), excerpt } });
        }
    };
    const Pack &pack = m_library.pack();
    const QString l = lang();
    for (const Flow &flow : pack.flows) {
        consider("flow", flow.id, flow.title.in(l), resolved(flow.steps) + resolved(flow.writeDown));
    }
    for (const PlatformGuide &guide : pack.guides) {
        QStringList body { guide.summary.in(l), guide.age.in(l) };
        for (const GuideStep &step : guide.steps) {
            body << step.title.in(l) << step.where.in(l) << step.choose.in(l) << step.why.in(l);
        }
        body << texts(guide.family, l) << texts(guide.report, l) << texts(guide.risks, l);
        consider("guide", guide.id, guide.name, body);
    }
    for (const SignList &list : pack.signs) {
        QStringList body { m_library.resolve(list.intro) };
        for (const Sign &sign : list.signs) {
            body << sign.text.in(l);
        }
        consider("signs", list.id, list.title.in(l), body);
    }
    for (const AgeTips &tips : pack.ageTips) {
        for (const AgeBand &band : tips.bands) {
            consider("ages", band.id, band.title.in(l),
                texts(band.talk, l) + texts(band.rules, l) + texts(band.check, l) + texts(band.keepPrivate, l));
        }
    }
    for (const Recovery &guide : pack.recovery) {
        for (const RecoverySection &section : guide.sections) {
            consider("recovery", section.id, section.title.in(l), resolved(section.points));
        }
    }
    for (const Resource *resource : pack.resourcesFor(m_library.shownRegionId())) {
        consider("resource", resource->id, resource->name.in(l),
            { resource->purpose.in(l), resource->phone.display, resource->web });
    }
    return result;
}

double GuidesController::progress(qint64 childId, const QString &guideId) const
{
    const PlatformGuide *guide = m_library.pack().guide(guideId);
    return m_checklists && guide && childId > 0 ? m_checklists->progress(childId, *guide) : 0;
}

QStringList GuidesController::doneSteps(qint64 childId, const QString &guideId) const
{
    return m_checklists && childId > 0 ? m_checklists->doneSteps(childId, guideId).values() : QStringList();
}

bool GuidesController::needsRecheck(qint64 childId, const QString &guideId) const
{
    const PlatformGuide *guide = m_library.pack().guide(guideId);
    return m_checklists && guide && childId > 0 && m_checklists->needsRecheck(childId, *guide);
}

bool GuidesController::setStepDone(qint64 childId, const QString &guideId, const QString &stepId, bool done)
{
    const PlatformGuide *guide = m_library.pack().guide(guideId);
    if (!m_checklists || !guide || childId <= 0
        || !m_checklists->setDone(childId, *guide, stepId, done, m_clock.nowMs())) {
        return false;
    }
    ++m_checklistRevision;
    Q_EMIT checklistsChanged();
    return true;
}

bool GuidesController::recheck(qint64 childId, const QString &guideId)
{
    if (!m_checklists || childId <= 0 || !m_checklists->recheck(childId, guideId)) {
        return false;
    }
    ++m_checklistRevision;
    Q_EMIT checklistsChanged();
    return true;
}

} // namespace harbor::guidesui
