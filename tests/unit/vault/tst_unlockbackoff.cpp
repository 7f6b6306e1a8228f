// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "safety/Clock.h"
#include "vault/UnlockBackoff.h"

#include <QFile>
#include <QTemporaryDir>

using harbor::safety::ManualClock;
using harbor::vault::UnlockBackoff;

class TestUnlockBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delays_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("1") << 1 << qint64(1000);
        QTest::newRow("2") << 2 << qint64(2000);
        QTest::newRow("3") << 3 << qint64(4000);
        QTest::newRow("9") << 9 << qint64(256000);
        QTest::newRow("10 capped") << 10 << qint64(300000);
        QTest::newRow("1000 capped") << 1000 << qint64(300000);
    }
    void delays()
    {
        QFETCH(int, failures);
        QFETCH(qint64, delayMs);
        QCOMPARE(UnlockBackoff::delayAfter(failures), delayMs);
    }

    void waitCountsDownAndSurvivesRestart()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString path = dir.filePath(QStringLiteral("attempts.json"));
        {
            UnlockBackoff backoff(path, clock);
            QCOMPARE(backoff.remainingMs(), qint64(0));
            backoff.recordFailure();
            backoff.recordFailure();
            backoff.recordFailure();
            QCOMPARE(backoff.remainingMs(), qint64(4000));
            clock.advance(1500);
            QCOMPARE(backoff.remainingMs(), qint64(2500));
        }
        UnlockBackoff restarted(path, clock);
        QCOMPARE(restarted.failures(), 3);
        QCOMPARE(restarted.remainingMs(), qint64(2500));
        clock.advance(2500);
        QCOMPARE(restarted.remainingMs(), qint64(0));
        restarted.reset();
        QVERIFY(!QFile::exists(path));
    }

    // The date moved by the user (or an attacker) changes nothing: waits run
    // on the boot clock. Each row moves the wall clock between failures and
    // checks the wait, in this process and after a restart.
    void wallClockMovesChangeNothing_data()
    {
        QTest::addColumn<QList<qint64>>("wallMoves");
        const qint64 day = qint64 { 24 } * 3600 * 1000;
        QTest::newRow("forward") << QList<qint64> { 30 * day };
        QTest::newRow("back") << QList<qint64> { -30 * day };
        QTest::newRow("forward then back") << QList<qint64> { 400 * day, -400 * day };
        QTest::newRow("back then forward") << QList<qint64> { -400 * day, 800 * day };
    }
    void wallClockMovesChangeNothing()
    {
        QFETCH(QList<qint64>, wallMoves);
        QTemporaryDir dir;
        ManualClock clock;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        UnlockBackoff backoff(path, clock);
        backoff.recordFailure();
        backoff.recordFailure(); // 2 s
        for (const qint64 move : wallMoves) {
            clock.setWall(clock.nowMs() + move);
            backoff.recordFailure(); // a wrong passphrase typed after the move
        }
        const qint64 expected = UnlockBackoff::delayAfter(2 + static_cast<int>(wallMoves.size()));
        QCOMPARE(backoff.remainingMs(), expected);
        clock.setWall(clock.nowMs() - qint64 { 365 } * 24 * 3600 * 1000);
        QCOMPARE(backoff.remainingMs(), expected);
        QCOMPARE(UnlockBackoff(path, clock).remainingMs(), expected);
        clock.advance(expected - 1);
        QCOMPARE(backoff.remainingMs(), qint64(1));
        clock.advance(1);
        QCOMPARE(backoff.remainingMs(), qint64(0));
        QCOMPARE(UnlockBackoff(path, clock).remainingMs(), qint64(0));
    }

    void neverLongerThanTheLongestDelay()
    {
        QTemporaryDir dir;
        ManualClock clock;
        UnlockBackoff backoff(dir.filePath(QStringLiteral("a.json")), clock);
        for (int i = 0; i < 100; ++i) {
            backoff.recordFailure();
            clock.setWall(clock.nowMs() + (i % 2 == 0 ? 1 : -1) * 1000LL * 3600 * 24 * 365);
            QVERIFY(backoff.remainingMs() <= UnlockBackoff::kMaxDelayMs);
        }
        clock.advance(UnlockBackoff::kMaxDelayMs);
        QCOMPARE(backoff.remainingMs(), qint64(0));
    }

    void rebootRestartsTheWaitOnce()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        {
            UnlockBackoff backoff(path, clock);
            for (int i = 0; i < 4; ++i) {
                backoff.recordFailure(); // 8 s
            }
            clock.advance(6000);
            QCOMPARE(backoff.remainingMs(), qint64(2000));
            clock.reboot(/*sinceBootMs=*/500);
            // Still running across the reboot: the boot clock restarted, the wait is whole.
            QCOMPARE(backoff.remainingMs(), qint64(8000));
        }
        UnlockBackoff afterReboot(path, clock);
        QCOMPARE(afterReboot.failures(), 4);
        QCOMPARE(afterReboot.remainingMs(), qint64(8000));
        clock.advance(3000);
        // Restarting the app in the same boot does not restart the wait again.
        QCOMPARE(UnlockBackoff(path, clock).remainingMs(), qint64(5000));
        clock.advance(5000);
        QCOMPARE(UnlockBackoff(path, clock).remainingMs(), qint64(0));
    }

    void recordFromTheWallClockEraIsHonouredOnce()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"failures": 3, "last_failure_ms": 1800000000000})");
        file.close();
        UnlockBackoff backoff(path, clock);
        QCOMPARE(backoff.remainingMs(), qint64(4000));
        clock.advance(4000);
        QCOMPARE(backoff.remainingMs(), qint64(0));
    }

    void damagedRecordMeansTheLongestWait_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("not json");
        QTest::newRow("negative") << QByteArray(R"({"failures": -5, "boot_id": "1", "last_failure_since_boot_ms": 0})");
        QTest::newRow("negative time") << QByteArray(
            R"({"failures": 2, "boot_id": "1", "last_failure_since_boot_ms": -4})");
        QTest::newRow("missing fields") << QByteArray("{}");
    }
    void damagedRecordMeansTheLongestWait()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        ManualClock clock;
        const QString path = dir.filePath(QStringLiteral("a.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        UnlockBackoff backoff(path, clock);
        QCOMPARE(backoff.remainingMs(), UnlockBackoff::kMaxDelayMs);
    }
};

HARBOR_TEST_MAIN(TestUnlockBackoff)
#include "tst_unlockbackoff.moc"
