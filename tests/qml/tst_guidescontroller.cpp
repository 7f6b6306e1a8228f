// SPDX-License-Identifier: GPL-3.0-or-later
// The guides' controller without QML: the pack as typed values in the
// language in effect, a content update or a language change reaching the
// lists, the region's resources, a refused region in the status, the
// search of one view, and the checklists following the vault.
#include "GuideSearch.h"
#include "GuidesController.h"
#include "GuidesFixture.h"
#include "TestMain.h"

#include <QSignalSpy>

using harbor::guidesui::GuideDetail;
using harbor::guidesui::GuidesController;
using harbor::guidesui::GuideSearch;
using harbor::guidesui::SearchResult;
using harbor::test::GuidesFixture;

namespace {

QStringList ids(const QList<SearchResult> &results)
{
    QStringList result;
    for (const SearchResult &hit : results) {
        result << hit.kind + QLatin1Char(':') + hit.id;
    }
    return result;
}

} // namespace

class TestGuidesController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guidesAreTypedAndSortedByName()
    {
        GuidesFixture f;
        const QList<GuideDetail> guides = f.guides.guides();
        QCOMPARE(guides.size(), f.library.pack().guides.size());
        for (qsizetype i = 1; i < guides.size(); ++i) {
            QVERIFY2(guides.at(i - 1).name.compare(guides.at(i).name, Qt::CaseInsensitive) <= 0,
                qPrintable(guides.at(i).name));
        }
        const GuideDetail instagram = f.guides.guide(QStringLiteral("instagram"));
        QCOMPARE(instagram.name, QStringLiteral("Instagram"));
        QVERIFY(instagram.steps.size() >= 3);
        QVERIFY(!instagram.steps.constFirst().id.isEmpty());
        QVERIFY(!instagram.steps.constFirst().where.isEmpty());
        QVERIFY(!instagram.sources.isEmpty());
        QVERIFY(!instagram.reviewed.isEmpty());
        // One of the list, picked by id, is the same value.
        const auto listed = std::find_if(
            guides.cbegin(), guides.cend(), [](const GuideDetail &g) { return g.id == QLatin1String("instagram"); });
        QVERIFY(listed != guides.cend());
        QCOMPARE(*listed, instagram);
        // Nothing by an id the pack lacks.
        QVERIFY(f.guides.guide(QStringLiteral("no-such-guide")).id.isEmpty());
        QVERIFY(f.guides.signList(QStringLiteral("no-such-list")).id.isEmpty());
        QVERIFY(f.guides.flow(QStringLiteral("no-such-flow")).id.isEmpty());
    }

    void signListsFlowsAgesAndRecovery()
    {
        GuidesFixture f;
        const auto grooming = f.guides.signList(QStringLiteral("grooming"));
        QCOMPARE(grooming.category, QStringLiteral("grooming"));
        QVERIFY(!grooming.signs.isEmpty());
        QCOMPARE(f.guides.signLists().size(), f.library.pack().signs.size());
        QVERIFY(!f.guides.flows().isEmpty());
        for (const auto &flow : f.guides.flows()) {
            QVERIFY2(!flow.steps.isEmpty(), qPrintable(flow.id));
            // "{hotline}" is always resolved.
            QVERIFY2(!flow.steps.join(u' ').contains(QStringLiteral("{hotline}")), qPrintable(flow.id));
        }
        QVERIFY(!f.guides.ageBands().isEmpty());
        QVERIFY(!f.guides.ageBands().constFirst().keepPrivate.isEmpty());
        QVERIFY(f.guides.hasRecovery());
        QVERIFY(!f.guides.recovery().sections.isEmpty());
        QVERIFY(!f.guides.recovery().call.isEmpty());
    }

    // A content update (ContentLibrary::packChanged) reaches the lists.
    void aContentUpdateReachesTheLists()
    {
        GuidesFixture f;
        QSignalSpy changed(&f.guides, &GuidesController::contentChanged);
        harbor::content::Pack pack = f.library.pack();
        harbor::content::SignList added = pack.signs.constFirst();
        added.id = QStringLiteral("new-list");
        added.title.byLanguage.insert(QStringLiteral("en"), QStringLiteral("A new list"));
        pack.signs.append(added);
        f.library.setPack(pack);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(f.guides.signLists().constLast().title, QStringLiteral("A new list"));
        QCOMPARE(f.guides.signList(QStringLiteral("new-list")).title, QStringLiteral("A new list"));
    }

    void aLanguageChangeReachesTheLists()
    {
        GuidesFixture f;
        const QString english = f.guides.guide(QStringLiteral("instagram")).summary;
        QSignalSpy changed(&f.guides, &GuidesController::contentChanged);
        QSignalSpy region(&f.guides, &GuidesController::regionChanged);
        f.setLanguage(QStringLiteral("es"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(region.count() >= 1);
        const QString spanish = f.guides.guide(QStringLiteral("instagram")).summary;
        QVERIFY(!spanish.isEmpty());
        QVERIFY(spanish != english);
        f.setLanguage(QStringLiteral("en"));
    }

    void resourcesFollowTheRegion()
    {
        GuidesFixture f;
        QSignalSpy region(&f.guides, &GuidesController::regionChanged);
        f.guides.setRegionId(QStringLiteral("us-tx"));
        QCOMPARE(f.guides.regionId(), QStringLiteral("us-tx"));
        QCOMPARE(region.count(), 1);
        QStringList resourceIds;
        for (const auto &resource : f.guides.resources()) {
            resourceIds << resource.id;
        }
        QVERIFY(resourceIds.contains(QStringLiteral("us-tx-hotline")));
        // The country's lines stay listed under the state's.
        QVERIFY(resourceIds.contains(QStringLiteral("us-cybertipline")));
        const auto texas = f.guides.resources().constFirst();
        QVERIFY(!texas.name.isEmpty());
        QVERIFY(!texas.phone.isEmpty());
        QVERIFY(!f.guides.status().failed());
    }

    void aRegionThePackLacksIsRefusedInTheStatus()
    {
        GuidesFixture f;
        f.guides.setRegionId(QStringLiteral("colorado"));
        QSignalSpy status(&f.guides, &GuidesController::statusChanged);
        f.guides.setRegionId(QStringLiteral("atlantis"));
        QCOMPARE(f.guides.regionId(), QStringLiteral("colorado"));
        QCOMPARE(status.count(), 1);
        QVERIFY(f.guides.status().failed());
        QCOMPARE(f.guides.status().errorField, QStringLiteral("region"));
        // A good choice clears it.
        f.guides.setRegionId(QStringLiteral("us-tx"));
        QVERIFY(!f.guides.status().failed());
        QCOMPARE(status.count(), 2);
    }

    void searchResultsOpenWhatTheyFound()
    {
        GuidesFixture f;
        const QList<SearchResult> results = f.guides.search(QStringLiteral("instagram"));
        QVERIFY(ids(results).contains(QStringLiteral("guide:instagram")));
        QVERIFY(f.guides.search(QStringLiteral("   ")).isEmpty());
    }

    // One view's search: found again when the content changes under it.
    void aViewsSearchFollowsTheContent()
    {
        GuidesFixture f;
        GuideSearch search;
        QVERIFY(!search.active());
        QVERIFY(search.results().isEmpty());
        search.setGuides(&f.guides);
        QSignalSpy results(&search, &GuideSearch::resultsChanged);
        search.setQuery(QStringLiteral("instagram"));
        QVERIFY(search.active());
        QCOMPARE(results.count(), 1);
        QVERIFY(ids(search.results()).contains(QStringLiteral("guide:instagram")));

        // An update that drops the guide: the results follow without a keystroke.
        harbor::content::Pack pack = f.library.pack();
        pack.guides.removeIf(
            [](const harbor::content::PlatformGuide &g) { return g.id == QLatin1String("instagram"); });
        f.library.setPack(pack);
        QVERIFY(results.count() >= 2);
        QVERIFY(!ids(search.results()).contains(QStringLiteral("guide:instagram")));

        search.setQuery(QString());
        QVERIFY(!search.active());
        QVERIFY(search.results().isEmpty());
    }

    void checklistsFollowTheVault()
    {
        GuidesFixture f;
        QVERIFY(!f.guides.checklistsAvailable());
        QVERIFY(f.guides.checklists() == nullptr);
        QSignalSpy changed(&f.guides, &GuidesController::checklistsChanged);
        QVERIFY(f.unlock());
        QVERIFY(f.guides.checklistsAvailable());
        QVERIFY(changed.count() >= 1);
        f.vault.lock();
        QTRY_VERIFY(!f.guides.checklistsAvailable());
        QVERIFY(f.guides.checklists() == nullptr);
    }
};

HARBOR_TEST_MAIN(TestGuidesController)
#include "tst_guidescontroller.moc"
