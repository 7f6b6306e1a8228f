// SPDX-License-Identifier: GPL-3.0-or-later
// The content check CI runs over the pack the app ships: it loads with no
// problem at all, and it holds everything CONTENT.md asks for.
#include "TestMain.h"
#include "content/BuiltInResources.h"
#include "content/PackLoader.h"
#include "safety/PhoneNumber.h"

#include <QSet>

using namespace harbor::content;

class TestShippedPack : public QObject
{
    Q_OBJECT

    Pack m_pack;

    static void checkSources(const QList<Source> &sources, const QString &what)
    {
        QVERIFY2(!sources.isEmpty(), qPrintable(what + QStringLiteral(": no source")));
        for (const Source &source : sources) {
            QVERIFY2(
                source.url.startsWith(QLatin1String("https://")), qPrintable(what + QLatin1Char(' ') + source.url));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto pack = PackLoader::load(QStringLiteral(HARBOR_DEFAULT_PACK_DIR), &error);
        QVERIFY2(pack, qPrintable(error));
        m_pack = *pack;
    }

    void loadsWithoutAProblem()
    {
        QVERIFY2(m_pack.problems.isEmpty(), qPrintable(m_pack.problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_pack.languages, (QStringList { QStringLiteral("en"), QStringLiteral("es") }));
    }

    void theBuiltInCopyIsTheSame()
    {
        const Pack embedded = PackLoader::embedded();
        QCOMPARE(embedded.guides.size(), m_pack.guides.size());
        QCOMPARE(embedded.version, m_pack.version);
        QVERIFY(embedded.problems.isEmpty());
    }

    void everyPlatformCONTENTmdListsHasAGuide_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id :
            { "instagram", "tiktok", "snapchat", "discord", "roblox", "youtube", "whatsapp", "facebook-messenger", "x",
                "fortnite-epic", "minecraft-xbox", "playstation", "apple-screen-time", "google-family-link" }) {
            QTest::newRow(id) << QString::fromLatin1(id);
        }
    }
    void everyPlatformCONTENTmdListsHasAGuide()
    {
        QFETCH(QString, id);
        const PlatformGuide *guide = m_pack.guide(id);
        QVERIFY2(guide, qPrintable(id));
        QVERIFY(guide->reviewed.isValid());
        checkSources(guide->sources, id);
        QVERIFY(guide->steps.size() >= 3);
        QVERIFY(!guide->report.isEmpty());
        QVERIFY(!guide->risks.isEmpty());
    }

    void warningSignsFlowsAgesRecovery()
    {
        QSet<QString> categories;
        for (const SignList &list : std::as_const(m_pack.signs)) {
            categories.insert(list.category);
            checkSources(list.sources, list.id);
        }
        QCOMPARE(categories,
            (QSet<QString> {
                QStringLiteral("grooming"), QStringLiteral("trafficking"), QStringLiteral("sextortion") }));
        QSet<QString> flows;
        for (const Flow &flow : std::as_const(m_pack.flows)) {
            flows.insert(flow.id);
            checkSources(flow.sources, flow.id);
        }
        QCOMPARE(flows,
            (QSet<QString> { QStringLiteral("found-something"), QStringLiteral("child-told-me"),
                QStringLiteral("sextortion"), QStringLiteral("missing"), QStringLiteral("danger-now") }));
        QCOMPARE(m_pack.ageTips.size(), 1);
        QStringList bands;
        for (const AgeBand &band : m_pack.ageTips.at(0).bands) {
            bands.append(band.id);
        }
        QCOMPARE(bands,
            (QStringList {
                QStringLiteral("under-9"), QStringLiteral("9-12"), QStringLiteral("13-15"), QStringLiteral("16-17") }));
        QCOMPARE(m_pack.recovery.size(), 1);
        QStringList sections;
        for (const RecoverySection &section : m_pack.recovery.at(0).sections) {
            sections.append(section.id);
        }
        QCOMPARE(sections,
            (QStringList { QStringLiteral("trauma-informed-care"), QStringLiteral("triggers-and-trauma-bonds"),
                QStringLiteral("runaway-prevention-plan"), QStringLiteral("caseworker-and-therapist"),
                QStringLiteral("if-the-child-goes-missing"), QStringLiteral("caring-for-yourself") }));
    }

    void regionsAndTheirNumbers()
    {
        const RegionContent *colorado = m_pack.region(QStringLiteral("colorado"));
        QVERIFY(colorado);
        QVERIFY(m_pack.region(QStringLiteral("united-states")));
        QCOMPARE(colorado->hotline, QStringLiteral("co-hotline"));
        const Resource *hotline = m_pack.resource(colorado->hotline);
        QCOMPARE(hotline->phone.number, QStringLiteral("8442645437"));
        // Every number in the pack passes SECURITY.md's validation.
        for (const Resource *resource : m_pack.resourcesFor(QStringLiteral("colorado"))) {
            for (const PhoneNumberRef *phone : { &resource->phone, &resource->sms, &resource->tty }) {
                if (!phone->number.isEmpty()) {
                    QVERIFY2(harbor::safety::PhoneNumber::parse(phone->number), qPrintable(resource->id));
                }
            }
        }
        for (const char *id : { "us-cybertipline", "us-trafficking-hotline", "us-childhelp", "us-fbi-tips", "us-988",
                 "us-take-it-down", "co-csp-ipc", "co-htc-intro-training", "co-fbi-innocence-lost" }) {
            QVERIFY2(m_pack.resource(QString::fromLatin1(id)), id);
        }
        QCOMPARE(m_pack.resource(QStringLiteral("us-cybertipline"))->phone.number, QStringLiteral("18008435678"));
        QCOMPARE(m_pack.resource(QStringLiteral("us-trafficking-hotline"))->sms.number, QStringLiteral("233733"));
    }
};

HARBOR_TEST_MAIN(TestShippedPack)
#include "tst_shippedpack.moc"
