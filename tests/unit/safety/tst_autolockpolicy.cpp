// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "safety/AutoLockPolicy.h"
#include "safety/Clock.h"

using harbor::safety::AutoLockPolicy;
using harbor::safety::ManualClock;
constexpr qint64 kMinute = AutoLockPolicy::kMinute;

class TestAutoLockPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreFiveMinutesIdleAndOneMinuteAway()
    {
        ManualClock clock;
        AutoLockPolicy policy(clock);
        QCOMPARE(policy.idleTimeoutMs(), 5 * kMinute);
        QCOMPARE(policy.backgroundGraceMs(), 1 * kMinute);
    }

    void idleTimeoutLocks()
    {
        ManualClock clock;
        AutoLockPolicy policy(clock);
        clock.advance(5 * kMinute - 1);
        QVERIFY(!policy.shouldLock());
        QCOMPARE(policy.msUntilLock(), qint64(1));
        clock.advance(1);
        QVERIFY(policy.shouldLock());
    }

    void activityPostponesButNotAfterTheDeadline()
    {
        ManualClock clock;
        AutoLockPolicy policy(clock);
        clock.advance(4 * kMinute);
        policy.noteActivity();
        clock.advance(4 * kMinute);
        QVERIFY(!policy.shouldLock());
        clock.advance(2 * kMinute);
        QVERIFY(policy.shouldLock());
        // A key press after the deadline (e.g. the timer was late) does not cancel it.
        policy.noteActivity();
        QVERIFY(policy.shouldLock());
        policy.restart();
        QVERIFY(!policy.shouldLock());
    }

    // Changing the date neither locks an active journal nor keeps an idle one open.
    void wallClockMovesDoNotChangeTheDeadline_data()
    {
        QTest::addColumn<QList<qint64>>("wallMoves");
        const qint64 day = kMinute * 24 * 60;
        QTest::newRow("forward") << QList<qint64> { 30 * day };
        QTest::newRow("back") << QList<qint64> { -30 * day };
        QTest::newRow("forward then back") << QList<qint64> { 30 * day, -30 * day };
    }
    void wallClockMovesDoNotChangeTheDeadline()
    {
        QFETCH(QList<qint64>, wallMoves);
        ManualClock clock;
        AutoLockPolicy policy(clock);
        policy.setBackgroundGraceMs(kMinute);
        clock.advance(2 * kMinute);
        for (const qint64 move : wallMoves) {
            clock.setWall(clock.nowMs() + move);
            QCOMPARE(policy.msUntilLock(), 3 * kMinute);
        }
        policy.noteApplicationActive(false);
        for (const qint64 move : wallMoves) {
            clock.setWall(clock.nowMs() - move);
            QCOMPARE(policy.msUntilLock(), kMinute);
        }
        clock.advance(kMinute);
        QVERIFY(policy.shouldLock());
    }

    void idleTimeoutIsClampedToOneToSixtyMinutes_data()
    {
        QTest::addColumn<qint64>("asked");
        QTest::addColumn<qint64>("got");
        QTest::newRow("zero") << qint64(0) << kMinute;
        QTest::newRow("ten") << 10 * kMinute << 10 * kMinute;
        QTest::newRow("day") << kMinute * 24 * 60 << 60 * kMinute;
    }
    void idleTimeoutIsClampedToOneToSixtyMinutes()
    {
        QFETCH(qint64, asked);
        QFETCH(qint64, got);
        ManualClock clock;
        AutoLockPolicy policy(clock);
        policy.setIdleTimeoutMs(asked);
        QCOMPARE(policy.idleTimeoutMs(), got);
    }

    void backgroundGrace_data()
    {
        QTest::addColumn<qint64>("grace");
        QTest::addColumn<qint64>("away");
        QTest::addColumn<bool>("locks");
        QTest::newRow("phone: at once") << qint64(0) << qint64(1) << true;
        QTest::newRow("desktop: short switch") << kMinute << kMinute - 1 << false;
        QTest::newRow("desktop: long switch") << kMinute << kMinute << true;
    }
    void backgroundGrace()
    {
        QFETCH(qint64, grace);
        QFETCH(qint64, away);
        QFETCH(bool, locks);
        ManualClock clock;
        AutoLockPolicy policy(clock);
        policy.setBackgroundGraceMs(grace);
        policy.noteApplicationActive(false);
        clock.advance(away);
        QCOMPARE(policy.shouldLock(), locks);
        // Coming back does not undo a lock that became due while away.
        policy.noteApplicationActive(true);
        QCOMPARE(policy.shouldLock(), locks);
    }
};

HARBOR_TEST_MAIN(TestAutoLockPolicy)
#include "tst_autolockpolicy.moc"
