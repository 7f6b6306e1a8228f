// SPDX-License-Identifier: GPL-3.0-or-later
// What Harbor copies from the journal leaves the clipboard after the delay
// and when the journal locks; other apps' text is never touched.
#include "TestMain.h"
#include "safety/ClipboardGuard.h"

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
