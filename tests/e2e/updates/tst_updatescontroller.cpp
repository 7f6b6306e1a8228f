// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page's content-update controller over the real UpdateService
// and an in-memory update site that counts requests: the consent states
// (not chosen -> daily -> off -> "Check now" while off) and what goes
// online in each, and the age and expiry sentences.
#include "MemoryUpdateSite.h"
#include "TestMain.h"
#include "UpdatesController.h"
#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "safety/Clock.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"
#include "updates/UpdateService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using harbor::settingsui::UpdatesController;
using harbor::updates::UpdateOutcome;
using harbor::updates::UpdateService;
using Consent = harbor::shell::AppSettings::UpdatesConsent;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// The services main.cpp builds for content updates, on a clock the test moves.
struct Fixture
{
    QTemporaryDir data;
    harbor::shell::AppSettings settings { data.path() };
    harbor::safety::ManualClock clock { QDateTime::currentMSecsSinceEpoch() };
    harbor::content::ContentLibrary library { harbor::content::PackLoader::embedded(), settings,
        [] { return QStringLiteral("en"); } };
    harbor::test::MemoryUpdateSite site { clock };
    const int builtIn = library.pack().version;
    std::unique_ptr<UpdateService> service;
    std::unique_ptr<UpdatesController> controller;

    Fixture()
    {
        settings.setUpdateUrl(QStringLiteral("https://updates.test/harbor/"));
        restart();
    }

    void restart()
    {
        controller.reset();
        service.reset();
        library.setPack(harbor::content::PackLoader::embedded());
        service = std::make_unique<UpdateService>(
            UpdateService::Config { data.filePath(QStringLiteral("content")), { site.publicKey() },
                QStringLiteral("0.1.0"), [this] { return site.transport(); } },
            settings, library, clock);
        controller
            = std::make_unique<UpdatesController>(*service, settings, library, [] { return QStringLiteral("en"); });
        service->startSchedule(); // as main.cpp does
    }

    // Days pass with Harbor open: every hour the schedule would tick.
    void idle(int days)
    {
        for (int hour = 0; hour < days * 24; ++hour) {
            clock.advance(kHour);
            service->checkIfDue();
            if (service->busy()) {
                return;
            }
            QCoreApplication::processEvents();
        }
    }

    [[nodiscard]] UpdateOutcome::Kind waitForCheck()
    {
        QSignalSpy finished(service.get(), &UpdateService::finished);
        if (!service->busy() || !finished.wait(30000)) {
            return UpdateOutcome::Kind::Failed;
        }
        return finished.constFirst().constFirst().value<UpdateOutcome::Kind>();
    }
};

} // namespace

class TestUpdatesController : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;

private Q_SLOTS:
    // English plural forms ("1 week", "3 weeks") come from harbor_en.ts.
    void initTestCase()
    {
        qRegisterMetaType<UpdateOutcome::Kind>(); // for QSignalSpy
        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
    }

    void consentStates()
    {
        Fixture f;
        f.site.publish(f.builtIn + 1);
        QSignalSpy changed(f.controller.get(), &UpdatesController::enabledChanged);

        // Not chosen: the panel asks; nothing goes online on any schedule.
        QVERIFY(!f.controller->consentChosen());
        QVERIFY(!f.controller->enabled());
        QVERIFY(!f.service->scheduled());
        f.idle(3);
        QVERIFY(!f.service->busy());
        QCOMPARE(f.site.requests(), 0);

        // Daily: the schedule runs and checks.
        f.controller->choose(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(f.controller->consentChosen());
        QVERIFY(f.controller->enabled());
        QCOMPARE(f.settings.updatesConsent(), Consent::Daily);
        QVERIFY(f.service->scheduled());
        f.idle(1);
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Installed);
        const int afterDaily = f.site.requests();
        QVERIFY(afterDaily > 0);

        // Off: the switch in Settings; no schedule, no requests, kept over a restart.
        f.controller->setEnabled(false);
        QCOMPARE(changed.count(), 2);
        QVERIFY(f.controller->consentChosen());
        QVERIFY(!f.controller->enabled());
        QCOMPARE(f.settings.updatesConsent(), Consent::Off);
        QVERIFY(!f.service->scheduled());
        f.idle(3);
        f.restart();
        QVERIFY(!f.service->scheduled());
        QVERIFY(f.controller->consentChosen());
        f.idle(3);
        QVERIFY(!f.service->busy());
        QCOMPARE(f.site.requests(), afterDaily);

        // "Check now" while off: one check, because the user asked.
        f.controller->checkNow();
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::UpToDate);
        QVERIFY(f.site.requests() > afterDaily);
        QCOMPARE(f.settings.updatesConsent(), Consent::Off);
        const int afterCheckNow = f.site.requests();
        f.idle(3);
        QCOMPARE(f.site.requests(), afterCheckNow);
    }

    // The result of a check in the one status shape: busy with progress
    // while it runs, then a calm sentence, or why it failed.
    void statusFollowsTheCheck()
    {
        Fixture f;
        QVERIFY(!f.controller->status().busy);
        QVERIFY(!f.controller->status().failed());
        QCOMPARE(f.controller->status().notice, QStringLiteral("Not checked yet."));
        QSignalSpy status(f.controller.get(), &UpdatesController::statusChanged);

        // Nothing published: the site answers 404.
        f.controller->checkNow();
        QVERIFY(f.controller->status().busy);
        QCOMPARE(f.controller->status().notice, QStringLiteral("Checking for new guides and numbers…"));
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Failed);
        QVERIFY(!f.controller->status().busy);
        QVERIFY(f.controller->status().failed());
        QVERIFY2(
            f.controller->status().error.contains(QStringLiteral("404")), qPrintable(f.controller->status().error));
        QVERIFY(status.count() >= 2);

        f.site.publish(f.builtIn + 1);
        f.controller->checkNow();
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Installed);
        QVERIFY(!f.controller->status().failed());
        QVERIFY2(f.controller->status().notice.contains(QStringLiteral("The new guides and numbers are in use.")),
            qPrintable(f.controller->status().notice));
        QCOMPARE(f.controller->changes().size(), 1);
        QCOMPARE(f.controller->changes().constFirst().title, QStringLiteral("Instagram"));
        QCOMPARE(f.controller->changes().constFirst().change, QStringLiteral("Updated"));
    }

    // A content update reaches every listener through the library: here the
    // controller's status (the summary names the new version).
    void anUpdateReachesTheSummary()
    {
        Fixture f;
        QVERIFY(f.controller->contentSummary().contains(QStringLiteral("built into this app")));
        f.site.publish(f.builtIn + 1);
        QSignalSpy status(f.controller.get(), &UpdatesController::statusChanged);
        f.controller->checkNow();
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Installed);
        QVERIFY(status.count() >= 1);
        QVERIFY2(f.controller->contentSummary().contains(QStringLiteral("version %1").arg(f.builtIn + 1)),
            qPrintable(f.controller->contentSummary()));
        QVERIFY(f.controller->contentSummary().contains(QStringLiteral("from a signed update")));
    }

    // Whoever replaces the pack, the controller hears ContentLibrary::packChanged.
    void aPackChangeRefreshesTheStatus()
    {
        Fixture f;
        QSignalSpy status(f.controller.get(), &UpdatesController::statusChanged);
        harbor::content::Pack pack = f.library.pack();
        pack.version += 5;
        f.library.setPack(pack);
        QCOMPARE(status.count(), 1);
        QVERIFY2(f.controller->contentSummary().contains(QStringLiteral("version %1").arg(f.builtIn + 5)),
            qPrintable(f.controller->contentSummary()));
    }

    // The worker parses the pack it installs and hands it over: the UI
    // thread puts it in use without reading the store back. The store is
    // damaged after the worker committed the install but before the UI
    // thread ran: a read-back would find it broken and warn.
    void anInstalledPackIsParsedOnce()
    {
        Fixture f;
        f.site.publish(f.builtIn + 1);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        f.controller->checkNow();
        QVERIFY(f.service->busy());
        // No event loop here, so the finished() half cannot run yet.
        const QDir store(f.data.filePath(QStringLiteral("content")));
        const QString version = store.filePath(QStringLiteral("v%1").arg(f.builtIn + 1));
        const auto committed = [&] {
            return QFile::exists(store.filePath(QStringLiteral("manifest.signed"))) && QDir(version).exists()
                && store.entryList({ QStringLiteral("staging-*") }, QDir::Dirs).isEmpty();
        };
        for (QDeadlineTimer deadline(30000); !committed() && !deadline.hasExpired();) {
            QThread::msleep(10);
        }
        QVERIFY(committed());
        QFile pack(QDir(version).filePath(QStringLiteral("pack.json")));
        QVERIFY(pack.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(pack.write("damaged") > 0);
        pack.close();

        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Installed);
        QCOMPARE(f.library.pack().version, f.builtIn + 1);
        QVERIFY(f.service->usingInstalledPack());

        // The damage is real: the next start reads the store and refuses it.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("installed content pack is not used")));
        f.restart();
        QCOMPARE(f.library.pack().version, f.builtIn);
    }

    void ago_data()
    {
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << "just now";
        QTest::newRow("in the future") << -5 * kMinute << "just now";
        QTest::newRow("59 s") << 59 * qint64(1000) << "just now";
        QTest::newRow("1 min") << kMinute << "1 minute ago";
        QTest::newRow("5 min") << 5 * kMinute << "5 minutes ago";
        QTest::newRow("1 h") << kHour << "1 hour ago";
        QTest::newRow("23 h") << 23 * kHour << "23 hours ago";
        QTest::newRow("1 day") << kDay << "1 day ago";
        QTest::newRow("13 days") << 13 * kDay << "13 days ago";
        QTest::newRow("14 days") << 14 * kDay << "2 weeks ago";
        QTest::newRow("3 weeks") << 21 * kDay << "3 weeks ago";
        QTest::newRow("59 days") << 59 * kDay << "8 weeks ago";
        QTest::newRow("60 days") << 60 * kDay << "2 months ago";
        QTest::newRow("364 days") << 364 * kDay << "12 months ago";
        QTest::newRow("1 year") << 365 * kDay << "1 year ago";
        QTest::newRow("800 days") << 800 * kDay << "2 years ago";
    }

    void ago()
    {
        QFETCH(qint64, elapsed);
        QFETCH(QString, text);
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(UpdatesController::ago(now - elapsed, now), text);
    }

    void agoInSpanish()
    {
        QCOMPARE(m_translations.apply(QStringLiteral("es")), QStringLiteral("es"));
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(UpdatesController::ago(now - 21 * kDay, now), QStringLiteral("hace 3 semanas"));
        QCOMPARE(UpdatesController::ago(now - kDay, now), QStringLiteral("hace 1 día"));
        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
    }

    // How old the content is, and a plain warning once the installed
    // manifest is past its expiry (a server replaying an old manifest, or
    // no newer one reachable), instead of trusting it silently.
    void ageAndExpiry()
    {
        Fixture f;
        // Built in: published on the pack's date; never checked.
        QVERIFY(f.controller->checkedAge().isEmpty());
        QVERIFY(f.controller->publishedAge().startsWith(QLatin1String("Guides published ")));
        QVERIFY(!f.controller->expired());
        QVERIFY(f.controller->expiryWarning().isEmpty());

        // A release published a day before "now" (MemoryUpdateSite), expiring 30 days later.
        f.site.publish(f.builtIn + 1);
        f.controller->checkNow();
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Installed);
        QCOMPARE(f.controller->checkedAge(), QStringLiteral("Content checked just now."));
        QCOMPARE(f.controller->publishedAge(), QStringLiteral("Guides published 1 day ago."));

        f.clock.advance(21 * kDay);
        f.restart();
        QCOMPARE(f.controller->checkedAge(), QStringLiteral("Content checked 3 weeks ago."));
        QCOMPARE(f.controller->publishedAge(), QStringLiteral("Guides published 3 weeks ago."));
        QVERIFY(!f.controller->expired());

        // Past the expiry, the server offering nothing newer: said plainly.
        f.clock.advance(10 * kDay);
        QVERIFY(f.controller->expired());
        QCOMPARE(f.controller->expiryWarning(),
            QStringLiteral("This content is past its expiry date; Harbor could not get a newer one."));
        f.controller->checkNow();
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Failed);
        QVERIFY(f.controller->expired());
        QCOMPARE(f.controller->checkedAge(), QStringLiteral("Content checked 4 weeks ago."));

        // A newer release ends the warning.
        f.site.publish(f.builtIn + 2);
        f.controller->checkNow();
        QCOMPARE(f.waitForCheck(), UpdateOutcome::Kind::Installed);
        QVERIFY(!f.controller->expired());
        QCOMPARE(f.controller->checkedAge(), QStringLiteral("Content checked just now."));
    }
};

HARBOR_TEST_MAIN(TestUpdatesController)
#include "tst_updatescontroller.moc"
