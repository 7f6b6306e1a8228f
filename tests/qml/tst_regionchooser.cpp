// SPDX-License-Identifier: GPL-3.0-or-later
// "Where do you live?" without QML: a RegionChooser filters the regions
// CallController offers (from the real built-in content pack); choosing goes
// to CallController, the one place the region lives.
#include "CallController.h"
#include "RegionListModel.h"
#include "TestMain.h"
#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "fake/FakePlatform.h"
#include "safety/EmergencyDialer.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::emergency::CallController;
using harbor::emergency::RegionChooser;
using harbor::emergency::RegionListModel;

namespace {

// What the wiring builds for the emergency bar, in English.
struct Regions
{
    QTemporaryDir dir;
    harbor::FakePlatform platform;
    harbor::safety::EmergencyDialer dialer { platform };
    harbor::shell::AppSettings settings { dir.path() };
    harbor::shell::Translations translations;
    harbor::content::ContentLibrary library { harbor::content::PackLoader::embedded(), settings,
        [this] { return translations.current(); } };
    CallController calls { dialer, settings };

    Regions()
    {
        translations.apply(QStringLiteral("en"));
        calls.setRegionProvider(&library);
        QObject::connect(
            &library, &harbor::content::ContentLibrary::regionChanged, &calls, &CallController::refreshRegion);
    }
    ~Regions() { calls.setRegionProvider(nullptr); }
    Regions(const Regions &) = delete;
    Regions &operator=(const Regions &) = delete;
};

QStringList namesIn(const RegionListModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.data(model.index(row), RegionListModel::NameRole).toString());
    }
    return names;
}

} // namespace

class TestRegionChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutASourceNothingIsListed()
    {
        RegionChooser chooser;
        chooser.setQuery(QStringLiteral("co"));
        QCOMPARE(chooser.count(), 0);
        QCOMPARE(chooser.idAt(0), QString());
    }

    void findsByPostalCodeOrName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstId");
        QTest::addColumn<int>("maxCount");
        QTest::newRow("postal code, Colorado first") << QStringLiteral("co") << QStringLiteral("colorado") << 100;
        QTest::newRow("part of a name") << QStringLiteral("north dak") << QStringLiteral("us-nd") << 1;
        QTest::newRow("postal code in capitals") << QStringLiteral("TX") << QStringLiteral("us-tx") << 100;
    }
    void findsByPostalCodeOrName()
    {
        QFETCH(QString, query);
        QFETCH(QString, firstId);
        QFETCH(int, maxCount);
        Regions r;
        RegionChooser chooser;
        QAbstractItemModelTester tester(chooser.regions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooser.setSource(&r.calls);
        chooser.setQuery(query);
        QVERIFY(chooser.count() >= 1);
        QVERIFY(chooser.count() <= maxCount);
        QCOMPARE(chooser.idAt(0), firstId);
    }

    void anEmptyQueryListsEveryRegion()
    {
        Regions r;
        RegionChooser chooser;
        chooser.setSource(&r.calls);
        QVERIFY(r.calls.regionChoices().size() > 50); // the states and territories
        QCOMPARE(chooser.count(), r.calls.regionChoices().size());
        QCOMPARE(chooser.idAt(0), QStringLiteral("colorado"));
    }

    void nothingMatchesNonsense()
    {
        Regions r;
        RegionChooser chooser;
        chooser.setSource(&r.calls);
        QSignalSpy count(&chooser, &RegionChooser::countChanged);
        chooser.setQuery(QStringLiteral("zzzz"));
        QCOMPARE(chooser.count(), 0);
        QCOMPARE(count.count(), 1);
    }

    void choosingSetsTheHotlineAndKeepsTheRows()
    {
        Regions r;
        RegionChooser chooser;
        chooser.setSource(&r.calls);
        chooser.setQuery(QStringLiteral("dakota"));
        const int rows = chooser.count();
        QVERIFY(rows >= 2);
        QSignalSpy reset(chooser.regions(), &QAbstractItemModel::modelReset);
        QSignalSpy region(&r.calls, &CallController::regionChanged);

        r.calls.chooseRegion(QStringLiteral("us-nd"));
        QCOMPARE(region.count(), 1); // not twice, though the library announced it too
        QCOMPARE(r.library.regionId(), QStringLiteral("us-nd"));
        QCOMPARE(r.calls.regionId(), QStringLiteral("us-nd"));
        QCOMPARE(r.calls.regionName(), QStringLiteral("North Dakota"));
        QVERIFY2(r.calls.hotlineName().contains(QStringLiteral("North Dakota")), qPrintable(r.calls.hotlineName()));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(chooser.count(), rows);
    }

    void namesFollowTheLanguage()
    {
        Regions r;
        RegionChooser chooser;
        chooser.setSource(&r.calls);
        chooser.setQuery(QStringLiteral("dakota"));
        QVERIFY(namesIn(*chooser.regions()).contains(QStringLiteral("North Dakota")));
        r.translations.apply(QStringLiteral("es"));
        QTRY_VERIFY2(namesIn(*chooser.regions()).contains(QStringLiteral("Dakota del Norte")),
            qPrintable(namesIn(*chooser.regions()).join(u',')));
        r.translations.apply(QStringLiteral("en"));
        QTRY_VERIFY(namesIn(*chooser.regions()).contains(QStringLiteral("North Dakota")));
    }

    void aContentUpdateReachesTheList()
    {
        Regions r;
        RegionChooser chooser;
        QAbstractItemModelTester tester(chooser.regions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        chooser.setSource(&r.calls);
        chooser.setQuery(QStringLiteral("north dak"));
        QCOMPARE(chooser.count(), 1);
        harbor::content::Pack pack = r.library.pack();
        pack.regions.removeIf(
            [](const harbor::content::RegionContent &region) { return region.id == QLatin1String("us-nd"); });
        r.library.setPack(pack);
        QCOMPARE(chooser.count(), 0);
    }
};

HARBOR_TEST_MAIN(TestRegionChooser)
#include "tst_regionchooser.moc"
