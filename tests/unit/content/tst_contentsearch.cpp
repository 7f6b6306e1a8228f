// SPDX-License-Identifier: GPL-3.0-or-later
// The guides' search: every word typed must be found, case and accents
// aside, across every kind of content, in the language in effect, with
// "{hotline}" resolved; resources only of the region shown.
#include "TestMain.h"
#include "content/ContentLibrary.h"
#include "content/ContentSearch.h"
#include "shell/AppSettings.h"

#include <QTemporaryDir>

using harbor::content::ContentLibrary;
using harbor::content::ContentSearch;
using harbor::content::SearchHit;
using namespace harbor::content;

namespace {

Text text(const char *en, const char *es = nullptr)
{
    Text result;
    result.byLanguage.insert(QStringLiteral("en"), QString::fromUtf8(en));
    if (es) {
        result.byLanguage.insert(QStringLiteral("es"), QString::fromUtf8(es));
    }
    return result;
}

Resource resource(const char *id, const char *name, const char *purpose, const char *phone)
{
    Resource r;
    r.id = QString::fromLatin1(id);
    r.name = text(name);
    r.purpose = text(purpose);
    r.phone = PhoneNumberRef { QString::fromLatin1(phone).remove(QLatin1Char('-')), QString::fromLatin1(phone) };
    return r;
}

// One of each kind of content, with words the tests look for.
Pack pack()
{
    Pack p;
    p.id = QStringLiteral("search-pack");
    p.languages = { QStringLiteral("en"), QStringLiteral("es") };

    Flow flow;
    flow.id = QStringLiteral("sextortion");
    flow.title = text("Someone is threatening to share pictures", "Alguien amenaza con compartir fotos");
    flow.steps = { text("Do not pay. This is sextortion.", "No pague. Esto es sextorsión."),
        text("Call {hotline}.", "Llame a {hotline}.") };
    flow.writeDown = { text("The account name.") };
    p.flows.append(flow);

    PlatformGuide guide;
    guide.id = QStringLiteral("chat");
    guide.name = QStringLiteral("Chat");
    guide.summary = text("A chat app with stories.", "Una app de chat con historias.");
    GuideStep step;
    step.id = QStringLiteral("private");
    step.title = text("Make the account private");
    step.where = text("Settings > Privacy");
    step.choose = text("Private account");
    step.why = text("Strangers cannot see the stories.");
    guide.steps.append(step);
    guide.risks = { text("Messages from strangers.") };
    p.guides.append(guide);

    SignList signs;
    signs.id = QStringLiteral("grooming");
    signs.category = QStringLiteral("grooming");
    signs.title = text("Signs of grooming");
    signs.intro = text("Grooming builds trust to exploit it.");
    signs.signs = { Sign { QStringLiteral("gifts"), text("Gifts from someone you do not know.") } };
    p.signs.append(signs);

    AgeTips tips;
    tips.id = QStringLiteral("ages");
    AgeBand band;
    band.id = QStringLiteral("teens");
    band.title = text("13 to 17");
    band.talk = { text("Talk about sextortion before it happens.") };
    tips.bands.append(band);
    p.ageTips.append(tips);

    Recovery recovery;
    recovery.id = QStringLiteral("recovery");
    recovery.title = text("After exploitation");
    RecoverySection section;
    section.id = QStringLiteral("missing");
    section.title = text("If the child runs away");
    section.points = { text("Report it to {hotline} at once.") };
    recovery.sections.append(section);
    p.recovery.append(recovery);

    RegionContent country;
    country.id = QStringLiteral("us");
    country.name = text("United States");
    country.fallback = QStringLiteral("national");
    country.resources = { resource("national", "National line", "Counselling for families.", "800-422-4453") };
    RegionContent state;
    state.id = QStringLiteral("state");
    state.name = text("A state");
    state.postal = QStringLiteral("ST");
    state.includes = { QStringLiteral("us") };
    state.hotline = QStringLiteral("state-line");
    state.resources = { resource("state-line", "State reporting line", "Reports of abuse.", "844-264-5437") };
    RegionContent other;
    other.id = QStringLiteral("other");
    other.name = text("Another state");
    other.postal = QStringLiteral("OT");
    other.includes = { QStringLiteral("us") };
    other.resources = { resource("other-line", "Other reporting line", "Reports of abuse.", "800-000-0000") };
    p.regions = { country, state, other };
    return p;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits) {
        result << ContentSearch::kindName(hit.kind) + QLatin1Char(':') + hit.id;
    }
    return result;
}

} // namespace

class TestContentSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A fresh settings file each time: a region chosen does not leak into the next test.
        m_library.reset();
        m_settings.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<harbor::shell::AppSettings>(m_dir->path());
        m_language = QStringLiteral("en");
        m_library = std::make_unique<ContentLibrary>(pack(), *m_settings, [this] { return m_language; });
    }

    void find_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("punctuation only") << QStringLiteral(" ?! ") << QStringList();
        QTest::newRow("every kind, in home order") << QStringLiteral(
            "sextortion") << QStringList { QStringLiteral("flow:sextortion"), QStringLiteral("ages:teens") };
        QTest::newRow("case aside") << QStringLiteral("CHAT") << QStringList { QStringLiteral("guide:chat") };
        QTest::newRow("every word, anywhere in the item")
            << QStringLiteral("private stories") << QStringList { QStringLiteral("guide:chat") };
        QTest::newRow("a word missing: nothing") << QStringLiteral("private gifts") << QStringList();
        QTest::newRow("a step's where") << QStringLiteral("privacy") << QStringList { QStringLiteral("guide:chat") };
        QTest::newRow("a sign") << QStringLiteral("gifts") << QStringList { QStringLiteral("signs:grooming") };
        QTest::newRow("a recovery section")
            << QStringLiteral("runs away") << QStringList { QStringLiteral("recovery:missing") };
        QTest::newRow("a resource of the region shown")
            << QStringLiteral("counselling") << QStringList { QStringLiteral("resource:national") };
        QTest::newRow("a resource of another region: not shown") << QStringLiteral("other reporting") << QStringList();
        QTest::newRow("by number") << QStringLiteral("422-4453") << QStringList { QStringLiteral("resource:national") };
    }

    void find()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(ContentSearch::find(*m_library, query)), expected);
    }

    void accentsAsideInEitherDirection()
    {
        m_language = QStringLiteral("es");
        QCOMPARE(ids(ContentSearch::find(*m_library, QStringLiteral("sextorsion"))),
            QStringList { QStringLiteral("flow:sextortion") });
        QCOMPARE(ids(ContentSearch::find(*m_library, QStringLiteral("SEXTORSIÓN"))),
            QStringList { QStringLiteral("flow:sextortion") });
    }

    void followsTheLanguage()
    {
        QVERIFY(ContentSearch::find(*m_library, QStringLiteral("historias")).isEmpty());
        m_language = QStringLiteral("es");
        const QList<SearchHit> hits = ContentSearch::find(*m_library, QStringLiteral("historias"));
        QCOMPARE(ids(hits), QStringList { QStringLiteral("guide:chat") });
        QCOMPARE(hits.constFirst().excerpt, QStringLiteral("Una app de chat con historias."));
    }

    void theHotlineIsSearchedByTheNameItStandsFor()
    {
        // No state chosen: "{hotline}" is a phrase without a number.
        QVERIFY(!ids(ContentSearch::find(*m_library, QStringLiteral("844-264-5437")))
                     .contains(QStringLiteral("flow:sextortion")));
        QVERIFY(m_library->setRegionId(QStringLiteral("state")));
        const QStringList found = ids(ContentSearch::find(*m_library, QStringLiteral("844-264-5437")));
        QCOMPARE(found,
            (QStringList { QStringLiteral("flow:sextortion"), QStringLiteral("recovery:missing"),
                QStringLiteral("resource:state-line") }));
    }

    void hitsCarryTitleAndExcerpt()
    {
        const QList<SearchHit> hits = ContentSearch::find(*m_library, QStringLiteral("threatening"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().kind, SearchHit::Kind::Flow);
        QCOMPARE(hits.constFirst().title, QStringLiteral("Someone is threatening to share pictures"));
        QCOMPARE(hits.constFirst().excerpt, QStringLiteral("Do not pay. This is sextortion."));
    }

    void longExcerptsAreCut()
    {
        Pack p = pack();
        p.flows.first().steps.first() = text(QByteArray(300, 'a').prepend("needle ").constData());
        ContentLibrary library(p, *m_settings, [] { return QStringLiteral("en"); });
        const QList<SearchHit> hits = ContentSearch::find(library, QStringLiteral("needle"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().excerpt.size(), ContentSearch::kExcerptLength);
        QVERIFY(hits.constFirst().excerpt.endsWith(QChar(0x2026)));
        QVERIFY(hits.constFirst().excerpt.startsWith(QStringLiteral("needle aaa")));
    }

    void kindNamesAreWhatThePageOpens()
    {
        QCOMPARE(ContentSearch::kindName(SearchHit::Kind::Flow), QStringLiteral("flow"));
        QCOMPARE(ContentSearch::kindName(SearchHit::Kind::Guide), QStringLiteral("guide"));
        QCOMPARE(ContentSearch::kindName(SearchHit::Kind::Signs), QStringLiteral("signs"));
        QCOMPARE(ContentSearch::kindName(SearchHit::Kind::Ages), QStringLiteral("ages"));
        QCOMPARE(ContentSearch::kindName(SearchHit::Kind::Recovery), QStringLiteral("recovery"));
        QCOMPARE(ContentSearch::kindName(SearchHit::Kind::Resource), QStringLiteral("resource"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<harbor::shell::AppSettings> m_settings;
    QString m_language;
    std::unique_ptr<ContentLibrary> m_library;
};

HARBOR_TEST_MAIN(TestContentSearch)
#include "tst_contentsearch.moc"
