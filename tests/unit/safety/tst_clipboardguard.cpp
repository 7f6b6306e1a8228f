// SPDX-License-Identifier: GPL-3.0-or-later
// What Harbor copies leaves the clipboard after the delay (on the boot
// clock, moved by the test: no sleeping), when the journal locks, on quick
// exit and on quit; other apps' text is never touched.
#include "TestMain.h"
#include "safety/ClipboardGuard.h"
#include "safety/Clock.h"

#include <QClipboard>
#include <QGuiApplication>

using harbor::safety::ClipboardGuard;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

    bool m_ours = true;
    QClipboard *clipboard() { return QGuiApplication::clipboard(); }

private Q_SLOTS:
    void init()
    {
        m_ours = true;
        clipboard()->clear();
    }

    void oursIsClearedAfterTheDelay()
    {
        ClipboardGuard guard(clipboard(), 50, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        clipboard()->setText(QStringLiteral("username coach_22"));
        QVERIFY(guard.isPending());
        QCOMPARE(clipboard()->text(), QStringLiteral("username coach_22"));
        QTRY_COMPARE(clipboard()->text(), QString());
        QVERIFY(!guard.isPending());
    }

    void lockingClearsAtOnce()
    {
        ClipboardGuard guard(clipboard(), 60000, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        clipboard()->setText(QStringLiteral("what happened"));
        guard.setActive(false);
        QCOMPARE(clipboard()->text(), QString());
    }

    void someoneElsesTextIsLeftAlone()
    {
        ClipboardGuard guard(clipboard(), 50, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        m_ours = false;
        clipboard()->setText(QStringLiteral("copied in another app"));
        QVERIFY(!guard.isPending());
        guard.setActive(false);
        QCOMPARE(clipboard()->text(), QStringLiteral("copied in another app"));
    }

    void replacedTextIsLeftAlone()
    {
        // Harbor's text is replaced (by the user, in Harbor) before the delay
        // ends: only the newest copy's timer counts, and a later change in
        // another app cancels it.
        ClipboardGuard guard(clipboard(), 60000, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        clipboard()->setText(QStringLiteral("first"));
        m_ours = false;
        clipboard()->setText(QStringLiteral("another app"));
        QVERIFY(!guard.isPending());
        guard.setActive(false);
        QCOMPARE(clipboard()->text(), QStringLiteral("another app"));
    }

    void quittingClearsWhatIsPending()
    {
        {
            ClipboardGuard guard(clipboard(), 60000, [this](QClipboard::Mode) { return m_ours; });
            guard.setActive(true);
            clipboard()->setText(QStringLiteral("copied just before quitting"));
            QVERIFY(guard.isPending());
        }
        QCOMPARE(clipboard()->text(), QString());
    }

    void theMouseSelectionIsGuardedToo()
    {
        if (!clipboard()->supportsSelection()) {
            QSKIP("this platform has no primary selection");
        }
        ClipboardGuard guard(clipboard(), 50, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        clipboard()->setText(QStringLiteral("selected with the mouse"), QClipboard::Selection);
        QTRY_COMPARE(clipboard()->text(QClipboard::Selection), QString());
    }

    void theDelayRunsOnTheClock_data()
    {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("just before") << qint64(ClipboardGuard::kClearAfterMs - 1) << false;
        QTest::newRow("at 30 s") << qint64(ClipboardGuard::kClearAfterMs) << true;
        QTest::newRow("after a suspend") << qint64(10 * ClipboardGuard::kClearAfterMs) << true;
    }
    void theDelayRunsOnTheClock()
    {
        QFETCH(qint64, elapsedMs);
        QFETCH(bool, cleared);
        harbor::safety::ManualClock clock;
        ClipboardGuard guard(
            clipboard(), clock, ClipboardGuard::kClearAfterMs, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        clipboard()->setText(QStringLiteral("1-800-422-4453"));
        QCOMPARE(guard.remainingMs(), qint64(ClipboardGuard::kClearAfterMs));
        clock.advance(elapsedMs);
        guard.checkDeadline(); // what the timer does when it wakes up
        QCOMPARE(clipboard()->text().isEmpty(), cleared);
        QCOMPARE(guard.isPending(), !cleared);
    }

    void aWallClockChangeNeitherClearsEarlyNorLate()
    {
        harbor::safety::ManualClock clock;
        ClipboardGuard guard(
            clipboard(), clock, ClipboardGuard::kClearAfterMs, [this](QClipboard::Mode) { return m_ours; });
        guard.setActive(true);
        clipboard()->setText(QStringLiteral("1-800-422-4453"));
        clock.setWall(clock.nowMs() + 3'600'000);
        guard.checkDeadline();
        QCOMPARE(clipboard()->text(), QStringLiteral("1-800-422-4453"));
        clock.advance(ClipboardGuard::kClearAfterMs);
        guard.checkDeadline();
        QCOMPARE(clipboard()->text(), QString());
    }

    void copyIsGuardedEvenWhileInactive()
    {
        // Numbers and links are copied while the journal is locked too.
        harbor::safety::ManualClock clock;
        ClipboardGuard guard(
            clipboard(), clock, ClipboardGuard::kClearAfterMs, [this](QClipboard::Mode) { return m_ours; });
        guard.copy(QStringLiteral("https://example.org/help"));
        QCOMPARE(clipboard()->text(), QStringLiteral("https://example.org/help"));
        QVERIFY(guard.isPending());
        clock.advance(ClipboardGuard::kClearAfterMs);
        guard.checkDeadline();
        QCOMPARE(clipboard()->text(), QString());
    }

    void clearNowClearsOursOnly()
    {
        ClipboardGuard guard(clipboard(), 60000, [this](QClipboard::Mode) { return m_ours; });
        guard.copy(QStringLiteral("quick exit"));
        guard.clearNow();
        QCOMPARE(clipboard()->text(), QString());
        QVERIFY(!guard.isPending());
        m_ours = false;
        clipboard()->setText(QStringLiteral("another app"));
        guard.clearNow();
        QCOMPARE(clipboard()->text(), QStringLiteral("another app"));
    }

    void nothingIsWatchedWhileInactive()
    {
        ClipboardGuard guard(clipboard(), 50, [this](QClipboard::Mode) { return m_ours; });
        clipboard()->setText(QStringLiteral("journal locked"));
        QVERIFY(!guard.isPending());
        QCOMPARE(clipboard()->text(), QStringLiteral("journal locked"));
    }
};

HARBOR_TEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
