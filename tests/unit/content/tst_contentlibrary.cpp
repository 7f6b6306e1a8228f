// SPDX-License-Identifier: GPL-3.0-or-later
// The library of content the app shows: the region chosen sets the
// hotline (and survives a restart), unknown regions are refused, texts
// follow the language, and the journal's categories come from the pack.
#include "TestMain.h"
#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "safety/PhoneNumber.h"
#include "shell/AppSettings.h"

#include <algorithm>

#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::content::ContentLibrary;
using harbor::content::PackLoader;
using harbor::shell::AppSettings;

class TestContentLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionSetsTheHotlineAndIsRemembered()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QString language = QStringLiteral("en");
        ContentLibrary library(PackLoader::embedded(), settings, [&language] { return language; });
        // Never asked: no region, and the bar says honestly what it dials.
        QVERIFY(!library.regionAsked());
        QCOMPARE(library.regionId(), QString());
        QCOMPARE(library.hotlineRegion().hotline.displayNumber, QStringLiteral("1-800-422-4453"));
        QVERIFY(!library.hotlineRegion().hotline.reportingLine);
        QVERIFY(library.hotlineRegion().hotline.name.contains(QStringLiteral("your state's reporting line")));

        QSignalSpy changed(&library, &ContentLibrary::regionChanged);
        QVERIFY(!library.setRegionId(QStringLiteral("atlantis")));
        QCOMPARE(changed.size(), 0);
        QVERIFY(library.setRegionId(QStringLiteral("colorado")));
        QCOMPARE(changed.size(), 1);
        // The seed's region keeps its hotline (pinned).
        QCOMPARE(library.hotlineRegion().hotline.displayNumber, QStringLiteral("844-264-5437"));
        QVERIFY(library.hotlineRegion().hotline.reportingLine);
        const QString englishName = library.hotlineRegion().hotline.name;
        language = QStringLiteral("es");
        QVERIFY(library.hotlineRegion().hotline.name != englishName);

        AppSettings reopened(dir.path());
        ContentLibrary again(PackLoader::embedded(), reopened, [] { return QStringLiteral("en"); });
        QCOMPARE(again.regionId(), QStringLiteral("colorado"));
        QVERIFY(again.regionAsked());

        // "I'd rather not say" is an answer: asked, no region, the fallback.
        QVERIFY(again.setRegionId(QString()));
        QVERIFY(again.regionAsked());
        QCOMPARE(again.regionId(), QString());
        QVERIFY(!again.hotlineRegion().hotline.reportingLine);
    }

    void aPackWithoutRegionsFallsBackToTheNationalLine()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(harbor::content::Pack {}, settings, [] { return QStringLiteral("en"); });
        QCOMPARE(library.hotlineRegion().hotline.displayNumber, QStringLiteral("1-800-422-4453"));
        QVERIFY(!library.hotlineRegion().hotline.reportingLine);
        QCOMPARE(library.categories().categories().size(), 1); // only "other"
    }

    // Every region of the shipped pack: a valid number or an honest
    // fallback on the bar, flows that resolve, and the text that names the
    // hotline names this region's line.
    void everyRegion_data()
    {
        QTest::addColumn<QString>("regionId");
        const harbor::content::Pack pack = PackLoader::embedded();
        for (const harbor::content::RegionContent &region : pack.regions) {
            if (!region.postal.isEmpty()) {
                QTest::newRow(qPrintable(region.id)) << region.id;
            }
        }
    }
    void everyRegion()
    {
        QFETCH(QString, regionId);
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(PackLoader::embedded(), settings, [] { return QStringLiteral("en"); });
        const harbor::content::Pack &pack = library.pack();
        QVERIFY(library.setRegionId(regionId));
        const harbor::content::RegionContent *region = pack.region(regionId);
        QVERIFY(region);
        const harbor::safety::Region bar = library.hotlineRegion();
        QVERIFY2(harbor::safety::PhoneNumber::parse(bar.hotline.displayNumber).has_value(),
            qPrintable(bar.hotline.displayNumber));
        if (region->hotline.isEmpty()) {
            // No confirmed line: the national fallback, labelled as such.
            QVERIFY(!bar.hotline.reportingLine);
            QCOMPARE(bar.hotline.displayNumber, QStringLiteral("1-800-422-4453"));
        } else {
            const harbor::content::Resource *line = pack.resource(region->hotline);
            QVERIFY(line);
            QVERIFY(bar.hotline.reportingLine);
            QCOMPARE(bar.hotline.displayNumber, line->phone.display);
            QVERIFY(line->checked.isValid());
            QVERIFY(line->source.startsWith(QStringLiteral("https://")));
            QVERIFY(library.hotlinePhrase().contains(line->phone.display));
        }
        for (const harbor::content::Flow &flow : pack.flows) {
            const QStringList calls = library.resolveCalls(flow.call);
            QVERIFY2(!calls.isEmpty(), qPrintable(flow.id));
            for (const QString &id : calls) {
                QVERIFY2(id == QStringLiteral("emergency-911") || pack.resource(id), qPrintable(id));
            }
            if (flow.call.contains(QStringLiteral("region-hotline"))) {
                QVERIFY(calls.contains(library.hotlineResourceId()));
            }
            for (const harbor::content::Text &step : flow.steps) {
                QVERIFY(!library.resolve(step).contains(QStringLiteral("{hotline}")));
            }
        }
        const QString colorado = QStringLiteral("844-264-5437");
        if (regionId != QStringLiteral("colorado")) {
            QVERIFY(!library.hotlinePhrase().contains(colorado));
            QVERIFY(library.hotlineRegion().hotline.displayNumber != colorado);
        }
    }

    // National text never sends a family to Colorado's line: no flow,
    // recovery guide, guide, sign list or national resource names it.
    void nationalTextNamesNoColoradoNumber()
    {
        const harbor::content::Pack pack = PackLoader::embedded();
        QStringList texts;
        auto add = [&texts](const harbor::content::Text &text) {
            for (const QString &value : text.byLanguage) {
                texts << value;
            }
        };
        for (const auto &flow : pack.flows) {
            add(flow.title);
            std::for_each(flow.steps.cbegin(), flow.steps.cend(), add);
            std::for_each(flow.writeDown.cbegin(), flow.writeDown.cend(), add);
            QVERIFY(!flow.call.contains(QStringLiteral("co-hotline")));
        }
        for (const auto &guide : pack.recovery) {
            for (const auto &section : guide.sections) {
                std::for_each(section.points.cbegin(), section.points.cend(), add);
            }
            QVERIFY(!guide.missingCallOrder.contains(QStringLiteral("co-hotline")));
        }
        for (const auto &guide : pack.guides) {
            add(guide.summary);
            for (const auto &step : guide.steps) {
                add(step.why);
                add(step.choose);
            }
        }
        for (const auto &region : pack.regions) {
            if (region.postal.isEmpty()) {
                for (const auto &resource : region.resources) {
                    add(resource.purpose);
                }
            }
        }
        QVERIFY(texts.size() > 100);
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(QStringLiteral("264-5437")) && !text.contains(QStringLiteral("CO-4-KIDS")),
                qPrintable(text));
        }
    }

    void hotlineTextFollowsTheRegion()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(PackLoader::embedded(), settings, [] { return QStringLiteral("en"); });
        const harbor::content::Text text { { { QStringLiteral("en"), QStringLiteral("Call {hotline} now.") },
            { QStringLiteral("es"), QStringLiteral("Llame a {hotline} ya.") } } };
        QCOMPARE(
            library.resolve(text), QStringLiteral("Call your state's child abuse and neglect reporting line now."));
        QVERIFY(library.setRegionId(QStringLiteral("colorado")));
        QVERIFY(library.resolve(text).contains(QStringLiteral("(844-264-5437)")));
        QVERIFY(library.setRegionId(QStringLiteral("us-tx")));
        QVERIFY(library.resolve(text).contains(QStringLiteral("(1-800-252-5400)")));
        QCOMPARE(library.resolveCalls({ QStringLiteral("region-hotline"), QStringLiteral("us-cybertipline") }),
            QStringList({ QStringLiteral("us-tx-hotline"), QStringLiteral("us-cybertipline") }));
        // Without a state the fallback is not listed twice.
        QVERIFY(library.setRegionId(QString()));
        QCOMPARE(library.resolveCalls({ QStringLiteral("region-hotline"), QStringLiteral("us-childhelp") }),
            QStringList({ QStringLiteral("us-childhelp") }));
    }

    void choicesStartWithColoradoThenByName()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(PackLoader::embedded(), settings, [] { return QStringLiteral("es"); });
        const QList<harbor::safety::RegionChoice> choices = library.regionChoices();
        QVERIFY(choices.size() >= 51);
        QCOMPARE(choices.constFirst().id, QStringLiteral("colorado"));
        QCOMPARE(choices.constFirst().postal, QStringLiteral("CO"));
        QStringList postal;
        for (const auto &choice : choices) {
            postal << choice.postal;
        }
        for (const char *code : { "AL", "AK", "CA", "DC", "NY", "TX", "WY", "PR" }) {
            QVERIFY2(postal.contains(QLatin1String(code)), code);
        }
        QCOMPARE(postal.removeDuplicates(), 0);
    }

    void journalCategoriesComeFromTheWarningSigns()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(PackLoader::embedded(), settings, [] { return QStringLiteral("en"); });
        QStringList ids;
        const harbor::journal::CategoryCatalog catalog = library.categories();
        for (const auto &category : catalog.categories()) {
            ids.append(category.id);
        }
        QCOMPARE(ids,
            (QStringList { QStringLiteral("grooming"), QStringLiteral("trafficking"), QStringLiteral("sextortion"),
                QStringLiteral("other") }));
        QCOMPARE(library.categories().title(QStringLiteral("grooming")), QStringLiteral("Grooming"));
    }
};

HARBOR_TEST_MAIN(TestContentLibrary)
#include "tst_contentlibrary.moc"
