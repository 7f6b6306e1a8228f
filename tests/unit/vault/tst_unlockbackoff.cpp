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

    void clockSetBackRestartsTheWait()
    {
        QTemporaryDir dir;
        ManualClock clock;
        UnlockBackoff backoff(dir.filePath(QStringLiteral("a.json")), clock);
        backoff.recordFailure();
        clock.advance(-3600 * 1000);
        QCOMPARE(backoff.remainingMs(), qint64(1000));
    }

    void damagedRecordMeansTheLongestWait_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("not json");
        QTest::newRow("negative") << QByteArray(R"({"failures": -5, "last_failure_ms": 0})");
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
