// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallController.h"
#include "TestMain.h"
#include "fake/FakePlatform.h"
#include "safety/Clock.h"
#include "safety/EmergencyDialer.h"
#include "safety/PhoneNumber.h"
#include "shell/AppSettings.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using harbor::FakePlatform;
using harbor::emergency::CallController;

// Two regions whose names follow `language`, standing in for the content library.
class FakeRegions : public harbor::safety::RegionProvider
{
public:
    QString language = QStringLiteral("en");
    QString chosen;
    bool asked = false;
    int chooseCalls = 0;

    [[nodiscard]] harbor::safety::Region currentRegion() const override
    {
        if (chosen == QLatin1String("nd")) {
            return { chosen, name(QStringLiteral("North Dakota"), QStringLiteral("Dakota del Norte")),
                { QStringLiteral("ND line"), QStringLiteral("1-800-245-3736"), QStringLiteral("24/7"), true } };
        }
        return { chosen, QStringLiteral("United States"),
            { QStringLiteral("National line"), QStringLiteral("1-800-422-4453"), QStringLiteral("24/7"), false } };
    }
    [[nodiscard]] QList<harbor::safety::RegionChoice> regionChoices() const override
    {
        return { { QStringLiteral("nd"), name(QStringLiteral("North Dakota"), QStringLiteral("Dakota del Norte")),
            QStringLiteral("ND") } };
    }
    [[nodiscard]] QString currentRegionId() const override { return chosen; }
    [[nodiscard]] bool regionAsked() const override { return asked; }
    void chooseRegion(const QString &regionId) override
    {
        ++chooseCalls;
        chosen = regionId;
        asked = true;
    }

private:
    [[nodiscard]] QString name(const QString &en, const QString &es) const
    {
        return language == QLatin1String("es") ? es : en;
    }
};

// The services a CallController needs, on a clock the test moves.
struct Calls
{
    QTemporaryDir dir;
    FakePlatform platform;
    harbor::safety::EmergencyDialer dialer { platform };
    harbor::shell::AppSettings settings { dir.path() };
    harbor::safety::ManualClock clock;
    std::unique_ptr<CallController> calls = std::make_unique<CallController>(dialer, settings, clock);
    Calls() { calls->setPlatform(&platform); }
};

class TestCallController : public QObject
{
    Q_OBJECT

    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }

private Q_SLOTS:
    void init() { clipboard()->clear(); }

    void aCopiedNumberIsGoneAfterTheDelay()
    {
        Calls c;
        c.calls->copyToClipboard(QStringLiteral("844-264-5437"));
        QCOMPARE(clipboard()->text(), QStringLiteral("844-264-5437"));
        c.clock.advance(harbor::safety::ClipboardGuard::kClearAfterMs - 1);
        c.calls->clipboardGuard().checkDeadline();
        QCOMPARE(clipboard()->text(), QStringLiteral("844-264-5437"));
        c.clock.advance(1);
        c.calls->clipboardGuard().checkDeadline(); // what its timer does when it wakes up
        QCOMPARE(clipboard()->text(), QString());
    }

    void aCopiedNumberIsGoneOnQuit()
    {
        Calls c;
        c.calls->copyToClipboard(QStringLiteral("844-264-5437"));
        c.calls.reset(); // Harbor quits: the controller goes with main()'s scope
        QCOMPARE(clipboard()->text(), QString());
    }

    void quickExitClearsAndAsksToClose()
    {
        Calls c;
        QSignalSpy exit(c.calls.get(), &CallController::quickExitRequested);
        c.calls->copyToClipboard(QStringLiteral("https://example.org/help"));
        c.calls->quickExit();
        QCOMPARE(clipboard()->text(), QString());
        QCOMPARE(exit.count(), 1);
        QCOMPARE(CallController::quickExitShortcut(), QStringLiteral("Ctrl+Shift+Q"));
    }

    void aWebsiteOpensOnlyAfterTheUserWasTold()
    {
        Calls c;
        QSignalSpy ask(c.calls.get(), &CallController::websiteConfirmationNeeded);
        c.calls->openWebsite(QStringLiteral("NCMEC"), QStringLiteral("https://example.org/report"));
        QCOMPARE(ask.count(), 1);
        QCOMPARE(ask.at(0).at(1).toString(), QStringLiteral("https://example.org/report"));
        QVERIFY(c.platform.opened().isEmpty());
        QVERIFY(c.calls->openPendingWebsite());
        QCOMPARE(c.platform.opened(), (QList<QUrl> { QUrl(QStringLiteral("https://example.org/report")) }));
        // Once: nothing is left pending.
        QVERIFY(!c.calls->openPendingWebsite());
        c.calls->openWebsite(QStringLiteral("NCMEC"), QStringLiteral("https://example.org/report"));
        c.calls->cancelPendingWebsite();
        QVERIFY(!c.calls->openPendingWebsite());
        QCOMPARE(c.platform.opened().size(), 1);
    }

    void copyLinkInsteadIsGuarded()
    {
        Calls c;
        c.calls->openWebsite(QStringLiteral("NCMEC"), QStringLiteral("https://example.org/report"));
        c.calls->copyPendingLink();
        QCOMPARE(clipboard()->text(), QStringLiteral("https://example.org/report"));
        QVERIFY(c.platform.opened().isEmpty());
        c.clock.advance(harbor::safety::ClipboardGuard::kClearAfterMs);
        c.calls->clipboardGuard().checkDeadline();
        QCOMPARE(clipboard()->text(), QString());
    }

    void onlyWebAddressesAreWebsites_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("no host") << QStringLiteral("https://");
        QTest::newRow("relative") << QStringLiteral("example.org");
    }
    void onlyWebAddressesAreWebsites()
    {
        QFETCH(QString, url);
        Calls c;
        QSignalSpy ask(c.calls.get(), &CallController::websiteConfirmationNeeded);
        c.calls->openWebsite(QStringLiteral("x"), url);
        QCOMPARE(ask.count(), 0);
        QVERIFY(!c.calls->openPendingWebsite());
        QVERIFY(c.platform.opened().isEmpty());
    }

    void textMessagesAndFilesGoThroughThePlatform()
    {
        Calls c;
        QVERIFY(c.calls->textNumber(QStringLiteral("233733")));
        QVERIFY(!c.calls->textNumber(QStringLiteral("233733;rm")));
        QVERIFY(!c.calls->openFile(QUrl(QStringLiteral("https://example.org/report.pdf"))));
        QVERIFY(c.calls->openFile(QUrl::fromLocalFile(QStringLiteral("/tmp/report.pdf"))));
        QCOMPARE(c.platform.opened(),
            (QList<QUrl> {
                QUrl(QStringLiteral("sms:233733")), QUrl::fromLocalFile(QStringLiteral("/tmp/report.pdf")) }));
    }

    void callLogNoticeIsShownOnceEver()
    {
        QTemporaryDir dir;
        FakePlatform platform;
        harbor::safety::EmergencyDialer dialer(platform);
        {
            harbor::shell::AppSettings settings(dir.path());
            CallController calls(dialer, settings);
            QSignalSpy notice(&calls, &CallController::callLogNotice);
            QSignalSpy opened(&calls, &CallController::dialerOpened);
            calls.callHotline();
            calls.callEmergency();
            // The built-in region's hotline (no content library here), then 911.
            const QString hotline = harbor::safety::PhoneNumber::parse(calls.hotlineNumber())->digits();
            QCOMPARE(platform.dialled(), (QStringList { hotline, QStringLiteral("911") }));
            QCOMPARE(opened.count(), 2);
            QCOMPARE(notice.count(), 1);
        }
        // Not again after a restart.
        harbor::shell::AppSettings settings(dir.path());
        CallController calls(dialer, settings);
        QSignalSpy notice(&calls, &CallController::callLogNotice);
        calls.callEmergency();
        QCOMPARE(notice.count(), 0);
    }

    void noDialerMeansNoNoticeButTheNumberShown()
    {
        QTemporaryDir dir;
        FakePlatform platform(FakePlatform::FormFactor::Desktop, false);
        harbor::safety::EmergencyDialer dialer(platform);
        harbor::shell::AppSettings settings(dir.path());
        CallController calls(dialer, settings);
        QSignalSpy notice(&calls, &CallController::callLogNotice);
        QSignalSpy manual(&calls, &CallController::manualDialNeeded);
        calls.callHotline();
        QCOMPARE(notice.count(), 0);
        QCOMPARE(manual.count(), 1);
        QCOMPARE(manual.at(0).at(0).toString(), calls.hotlineName());
        QCOMPARE(manual.at(0).at(1).toString(), calls.hotlineNumber());
        QCOMPARE(manual.at(0).at(2).toString(), harbor::safety::PhoneNumber::parse(calls.hotlineNumber())->digits());
    }

    // The region lives in one place: QML reads it and sets it here.
    void aChosenRegionSetsTheHotline()
    {
        Calls c;
        FakeRegions regions;
        c.calls->setRegionProvider(&regions);
        QVERIFY(!c.calls->regionAsked());
        QCOMPARE(c.calls->regionId(), QString());
        QCOMPARE(c.calls->regionName(), QString()); // none chosen: no name, though the country's line is shown
        QCOMPARE(c.calls->hotlineNumber(), QStringLiteral("1-800-422-4453"));
        QSignalSpy changed(c.calls.get(), &CallController::regionChanged);

        c.calls->chooseRegion(QStringLiteral("nd"));
        QCOMPARE(regions.chosen, QStringLiteral("nd"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(c.calls->regionAsked());
        QCOMPARE(c.calls->regionId(), QStringLiteral("nd"));
        QCOMPARE(c.calls->regionName(), QStringLiteral("North Dakota"));
        QCOMPARE(c.calls->hotlineNumber(), QStringLiteral("1-800-245-3736"));
        c.calls->callHotline();
        QCOMPARE(c.platform.dialled(), QStringList { QStringLiteral("18002453736") });

        // "I'd rather not say" is an answer too, and back to the honest fallback.
        c.calls->chooseRegion(QString());
        QCOMPARE(changed.count(), 2);
        QVERIFY(c.calls->regionAsked());
        QCOMPARE(c.calls->regionId(), QString());
        QCOMPARE(c.calls->hotlineNumber(), QStringLiteral("1-800-422-4453"));
    }

    void reReadingAnUnchangedRegionIsSilent()
    {
        // The wiring also forwards the library's own regionChanged: the bar
        // must not hear one choice twice.
        Calls c;
        FakeRegions regions;
        c.calls->setRegionProvider(&regions);
        c.calls->chooseRegion(QStringLiteral("nd"));
        QSignalSpy changed(c.calls.get(), &CallController::regionChanged);
        c.calls->refreshRegion();
        QCOMPARE(changed.count(), 0);
    }

    void withoutAProviderNothingIsChosen()
    {
        Calls c;
        QSignalSpy changed(c.calls.get(), &CallController::regionChanged);
        c.calls->chooseRegion(QStringLiteral("nd"));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!c.calls->regionAsked());
        QVERIFY(c.calls->regionChoices().isEmpty());
        QVERIFY(!c.calls->hotlineNumber().isEmpty()); // the built-in fallback still dials
    }

    void regionNamesFollowTheLanguage()
    {
        Calls c;
        FakeRegions regions;
        c.calls->setRegionProvider(&regions);
        c.calls->chooseRegion(QStringLiteral("nd"));
        QSignalSpy changed(c.calls.get(), &CallController::regionChanged);
        regions.language = QStringLiteral("es");
        // What Translations::apply causes: the application hears LanguageChange.
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &languageChange);
        QTRY_COMPARE(c.calls->regionName(), QStringLiteral("Dakota del Norte"));
        QCOMPARE(c.calls->regionChoices().constFirst().name, QStringLiteral("Dakota del Norte"));
        QCOMPARE(changed.count(), 1);
    }

    void aRefusedNumberIsTheStatusError()
    {
        Calls c;
        QSignalSpy status(c.calls.get(), &CallController::statusChanged);
        c.calls->callNumber(QStringLiteral("Somewhere"), QStringLiteral("12;rm -rf"));
        QVERIFY(c.platform.dialled().isEmpty());
        QCOMPARE(status.count(), 1);
        QVERIFY(c.calls->status().failed());
        QCOMPARE(c.calls->status().errorField, QStringLiteral("number"));
        // The same refusal again is announced again: the bar shows it again.
        c.calls->callNumber(QStringLiteral("Somewhere"), QStringLiteral("12;rm -rf"));
        QCOMPARE(status.count(), 2);
        // The next call clears it.
        c.calls->callEmergency();
        QVERIFY(!c.calls->status().failed());
        QCOMPARE(status.count(), 3);
        QCOMPARE(c.platform.dialled(), QStringList { QStringLiteral("911") });
    }

    void aRefusedTextMessageIsTheStatusError()
    {
        Calls c;
        QVERIFY(!c.calls->textNumber(QStringLiteral("233733;rm")));
        QVERIFY(c.calls->status().failed());
        QVERIFY(c.calls->status().error.contains(QStringLiteral("233733;rm")));
        QVERIFY(c.platform.opened().isEmpty());
        QVERIFY(c.calls->textNumber(QStringLiteral("233733")));
        QVERIFY(!c.calls->status().failed());
    }
};

HARBOR_TEST_MAIN(TestCallController)
#include "tst_callcontroller.moc"
