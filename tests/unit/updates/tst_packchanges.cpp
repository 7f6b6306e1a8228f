// SPDX-License-Identifier: GPL-3.0-or-later
// "What changed": documents added, changed and removed between two packs,
// and the stored form of a change.
#include "TestMain.h"
#include "content/PackLoader.h"
#include "updates/PackChanges.h"

using harbor::content::Pack;
using harbor::updates::PackChange;
using harbor::updates::PackChanges;

class TestPackChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samePackChangesNothing()
    {
        const Pack pack = harbor::content::PackLoader::embedded();
        QVERIFY(!pack.guides.isEmpty());
        QVERIFY(PackChanges::between(pack, pack).isEmpty());
    }

    void addedChangedRemoved()
    {
        const Pack before = harbor::content::PackLoader::embedded();
        Pack after = before;
        after.guides[0].steps[0].why.byLanguage[QStringLiteral("en")] += QStringLiteral(" More.");
        const QString removedFlow = after.flows.takeLast().id;
        auto added = after.signs.constFirst();
        added.id = QStringLiteral("new-signs");
        after.signs.append(added);
        after.regions[0].resources[0].hours.byLanguage[QStringLiteral("en")] = QStringLiteral("Weekdays");

        const QList<PackChange> changes = PackChanges::between(before, after);
        const QList<PackChange> expected {
            { PackChange::Kind::Guide, before.guides.constFirst().id, PackChange::Status::Changed },
            { PackChange::Kind::Signs, QStringLiteral("new-signs"), PackChange::Status::Added },
            { PackChange::Kind::Flow, removedFlow, PackChange::Status::Removed },
            { PackChange::Kind::Resources, before.regions.constFirst().id, PackChange::Status::Changed },
        };
        QCOMPARE(changes, expected);
        QCOMPARE(PackChanges::title(after, changes.at(0), QStringLiteral("en")), before.guides.constFirst().name);
        // A removed document is named by its id.
        QCOMPARE(PackChanges::title(after, changes.at(2), QStringLiteral("en")), removedFlow);
    }

    void storedForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("guide") << "guide:instagram:changed" << true;
        QTest::newRow("resources") << "resources:colorado:added" << true;
        QTest::newRow("unknown kind") << "video:x:changed" << false;
        QTest::newRow("unknown status") << "guide:x:gone" << false;
        QTest::newRow("no id") << "guide::changed" << false;
        QTest::newRow("too many parts") << "guide:a:b:changed" << false;
    }

    void storedForm()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto change = PackChange::fromString(text);
        QCOMPARE(change.has_value(), valid);
        if (change) {
            QCOMPARE(change->toString(), text);
        }
    }
};

HARBOR_TEST_MAIN(TestPackChanges)
#include "tst_packchanges.moc"
