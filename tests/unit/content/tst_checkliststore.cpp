// SPDX-License-Identifier: GPL-3.0-or-later
// Per-child checklists in the vault: progress per child, and a guide that
// changed after its checklist was ticked asks for a re-check.
#include "../journal/JournalFixture.h"
#include "TestMain.h"
#include "content/ChecklistStore.h"
#include "content/Content.h"

using harbor::content::ChecklistStore;
using harbor::content::GuideStep;
using harbor::content::PlatformGuide;
using harbor::journal::Child;
using harbor::test::JournalFixture;

class TestChecklistStore : public QObject
{
    Q_OBJECT

    static PlatformGuide guide(const QString &revision)
    {
        PlatformGuide g;
        g.id = QStringLiteral("chat");
        g.revision = revision;
        for (const char *id : { "private", "messages", "location", "report" }) {
            GuideStep step;
            step.id = QString::fromLatin1(id);
            g.steps.append(step);
        }
        return g;
    }

private Q_SLOTS:
    void progressIsPerChild()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Child ana { 0, QStringLiteral("Ana"), 0, {} };
        Child ben { 0, QStringLiteral("Ben"), 0, {} };
        QVERIFY(f.children->save(ana).ok());
        QVERIFY(f.children->save(ben).ok());
        ChecklistStore store(*f.db);
        const PlatformGuide g = guide(QStringLiteral("r1"));
        QVERIFY(store.setDone(ana.id, g, QStringLiteral("private"), true, 1));
        QVERIFY(store.setDone(ana.id, g, QStringLiteral("location"), true, 2));
        QVERIFY(!store.setDone(ana.id, g, QStringLiteral("no-such-step"), true, 3));
        QCOMPARE(store.progress(ana.id, g), 0.5);
        QCOMPARE(store.progress(ben.id, g), 0.0);
        QVERIFY(store.setDone(ana.id, g, QStringLiteral("location"), false, 4));
        QCOMPARE(store.doneSteps(ana.id, g.id), QSet<QString> { QStringLiteral("private") });
        QVERIFY(!store.needsRecheck(ana.id, g));
    }

    void aChangedGuideAsksForARecheck()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Child ana { 0, QStringLiteral("Ana"), 0, {} };
        QVERIFY(f.children->save(ana).ok());
        ChecklistStore store(*f.db);
        const PlatformGuide before = guide(QStringLiteral("r1"));
        for (const GuideStep &step : before.steps) {
            QVERIFY(store.setDone(ana.id, before, step.id, true, 1));
        }
        QCOMPARE(store.progress(ana.id, before), 1.0);
        PlatformGuide after = guide(QStringLiteral("r2"));
        after.steps.removeLast(); // a step went away, the rest changed revision
        QVERIFY(store.needsRecheck(ana.id, after));
        QCOMPARE(store.progress(ana.id, after), 1.0);
        QVERIFY(store.recheck(ana.id, after.id));
        QVERIFY(!store.needsRecheck(ana.id, after));
        QCOMPARE(store.progress(ana.id, after), 0.0);
        // Removing the child removes its checklists.
        QVERIFY(store.setDone(ana.id, after, QStringLiteral("private"), true, 2));
        QVERIFY(f.children->remove(ana.id).ok());
        QCOMPARE(f.scalar("SELECT count(*) FROM checklist_steps"), qint64(0));
    }
};

HARBOR_TEST_MAIN(TestChecklistStore)
#include "tst_checkliststore.moc"
