// SPDX-License-Identifier: GPL-3.0-or-later
// One guide's checklist for one child, as the guide view drives it, without
// QML: nothing while locked, ticks per child, two views of the same
// checklist agree, "done" once every step is, a republished guide asks
// for a re-check, and a failed tick says so in the status.
#include "GuideProgress.h"
#include "GuidesFixture.h"
#include "TestMain.h"

#include <QSignalSpy>

using harbor::guidesui::GuideProgress;
using harbor::test::GuidesFixture;

namespace {

const QString kGuide = QStringLiteral("instagram");

QStringList stepIds(const GuidesFixture &f)
{
    QStringList ids;
    for (const auto &step : f.guides.guide(kGuide).steps) {
        ids << step.id;
    }
    return ids;
}

} // namespace

class TestGuideProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockedNothingShowsAndNothingTicks()
    {
        GuidesFixture f;
        GuideProgress progress;
        progress.setGuides(&f.guides);
        progress.setGuideId(kGuide);
        progress.setChildId(1);
        QVERIFY(!progress.available());
        QCOMPARE(progress.progress(), 0.0);
        QVERIFY(progress.doneSteps().isEmpty());
        QVERIFY(!progress.complete());
        QSignalSpy status(&progress, &GuideProgress::statusChanged);
        QVERIFY(!progress.setDone(stepIds(f).constFirst(), true));
        QCOMPARE(status.count(), 1);
        QVERIFY(progress.status().failed());
        QVERIFY(!progress.recheck());
    }

    void withoutAGuideOrAChildNothingTicks()
    {
        GuidesFixture f;
        QVERIFY(f.unlock());
        const qint64 ana = f.addChild(QStringLiteral("Ana"));
        QVERIFY(ana > 0);
        GuideProgress progress;
        QVERIFY(!progress.available()); // no controller yet
        progress.setGuides(&f.guides);
        progress.setGuideId(kGuide);
        QVERIFY(!progress.available()); // no child
        progress.setChildId(ana);
        QVERIFY(progress.available());
        progress.setGuideId(QStringLiteral("no-such-guide"));
        QVERIFY(!progress.available());
        QVERIFY(!progress.setDone(QStringLiteral("anything"), true));
    }

    void ticksArePerChildAndEveryViewAgrees()
    {
        GuidesFixture f;
        QVERIFY(f.unlock());
        const qint64 ana = f.addChild(QStringLiteral("Ana"));
        const qint64 ben = f.addChild(QStringLiteral("Ben"));
        const QStringList steps = stepIds(f);
        QVERIFY(steps.size() >= 3);

        GuideProgress view;
        view.setGuides(&f.guides);
        view.setGuideId(kGuide);
        view.setChildId(ana);
        // Another view of Ana's checklist (the guide open twice), and Ben's.
        GuideProgress other;
        other.setGuides(&f.guides);
        other.setGuideId(kGuide);
        other.setChildId(ana);
        GuideProgress bens;
        bens.setGuides(&f.guides);
        bens.setGuideId(kGuide);
        bens.setChildId(ben);

        QSignalSpy otherChanged(&other, &GuideProgress::changed);
        QVERIFY(view.setDone(steps.constFirst(), true));
        QVERIFY(!view.status().failed());
        QCOMPARE(view.progress(), 1.0 / static_cast<double>(steps.size()));
        QCOMPARE(view.doneSteps(), QStringList { steps.constFirst() });
        QVERIFY(view.isDone(steps.constFirst()));
        QVERIFY(otherChanged.count() >= 1);
        QCOMPARE(other.progress(), view.progress());
        QCOMPARE(bens.progress(), 0.0);
        QVERIFY(!bens.isDone(steps.constFirst()));

        // Switching the child shows that child's ticks.
        view.setChildId(ben);
        QCOMPARE(view.progress(), 0.0);
        view.setChildId(ana);
        QVERIFY(view.isDone(steps.constFirst()));

        // Unticking.
        QVERIFY(view.setDone(steps.constFirst(), false));
        QCOMPARE(view.progress(), 0.0);
        QCOMPARE(other.progress(), 0.0);
    }

    void everyStepDoneIsComplete()
    {
        GuidesFixture f;
        QVERIFY(f.unlock());
        GuideProgress progress;
        progress.setGuides(&f.guides);
        progress.setGuideId(kGuide);
        progress.setChildId(f.addChild(QStringLiteral("Ana")));
        const QStringList steps = stepIds(f);
        for (const QString &step : steps) {
            QVERIFY(!progress.complete());
            QVERIFY(progress.setDone(step, true));
        }
        QCOMPARE(progress.progress(), 1.0);
        QVERIFY(progress.complete());
        QVERIFY(!progress.needsRecheck());
    }

    void anUnknownStepIsRefusedInTheStatus()
    {
        GuidesFixture f;
        QVERIFY(f.unlock());
        GuideProgress progress;
        progress.setGuides(&f.guides);
        progress.setGuideId(kGuide);
        progress.setChildId(f.addChild(QStringLiteral("Ana")));
        QVERIFY(!progress.setDone(QStringLiteral("no-such-step"), true));
        QVERIFY(progress.status().failed());
        QCOMPARE(progress.progress(), 0.0);
        // The next good tick clears it.
        QVERIFY(progress.setDone(stepIds(f).constFirst(), true));
        QVERIFY(!progress.status().failed());
    }

    // A content update republishes the guide: ticks against the old steps
    // ask for a re-check, without a restart; "Check again" starts over.
    void aRepublishedGuideAsksForARecheck()
    {
        GuidesFixture f;
        QVERIFY(f.unlock());
        GuideProgress progress;
        progress.setGuides(&f.guides);
        progress.setGuideId(kGuide);
        progress.setChildId(f.addChild(QStringLiteral("Ana")));
        for (const QString &step : stepIds(f)) {
            QVERIFY(progress.setDone(step, true));
        }
        QVERIFY(progress.complete());
        QSignalSpy changed(&progress, &GuideProgress::changed);
        f.republish(kGuide);
        QVERIFY(changed.count() >= 1);
        QVERIFY(progress.needsRecheck());
        QVERIFY(!progress.complete());
        QVERIFY(progress.recheck());
        QVERIFY(!progress.needsRecheck());
        QCOMPARE(progress.progress(), 0.0);
        QVERIFY(progress.doneSteps().isEmpty());
    }

    void lockingHidesTheTicks()
    {
        GuidesFixture f;
        QVERIFY(f.unlock());
        GuideProgress progress;
        progress.setGuides(&f.guides);
        progress.setGuideId(kGuide);
        progress.setChildId(f.addChild(QStringLiteral("Ana")));
        QVERIFY(progress.setDone(stepIds(f).constFirst(), true));
        QVERIFY(progress.progress() > 0);
        f.vault.lock();
        QTRY_VERIFY(!progress.available());
        QCOMPARE(progress.progress(), 0.0);
        QVERIFY(progress.doneSteps().isEmpty());
        // Unlocked again: the ticks are back (they live in the vault).
        QVERIFY(f.unlock());
        QTRY_VERIFY(progress.available());
        QVERIFY(progress.progress() > 0);
    }
};

HARBOR_TEST_MAIN(TestGuideProgress)
#include "tst_guideprogress.moc"
