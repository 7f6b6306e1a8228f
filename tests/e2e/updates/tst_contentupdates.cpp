// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: every attack on the update path shares one pair of real
// HTTPS servers and certificates made once for the run.
// Content updates end to end: the real UpdateService and libcurl against
// real HTTPS servers on 127.0.0.1 with certificates made for this run.
// Every attack is refused with its own error and leaves the installed pack
// exactly as it was; a good update installs, says what changed and marks
// the changed guide's checklist for a re-check; an unchanged pack costs one
// request answered 304. Harbor makes no connection at all before the user
// agreed or while updates are off (the servers count every connection), and
// its requests carry nothing that identifies the install: no ETag the
// server chose, no "Harbor" in the User-Agent, no redirect followed.
#include "../../unit/journal/JournalFixture.h"
#include "ReleaseBuilder.h"
#include "TestMain.h"
#include "UpdateServers.h"
#include "content/ChecklistStore.h"
#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "safety/Clock.h"
#include "shell/AppSettings.h"
#include "updates/CurlTransport.h"
#include "updates/ManifestSignature.h"
#include "updates/UpdateService.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>

using harbor::test::ReleaseBuilder;
using harbor::test::ReleaseSpec;
using harbor::test::UpdateServers;
using harbor::updates::HttpRequest;
using harbor::updates::HttpResponse;
using harbor::updates::PackChange;
using harbor::updates::UpdateError;
using harbor::updates::UpdateOutcome;
using harbor::updates::Updater;
using harbor::updates::UpdateService;
using Which = UpdateServers::Which;
using Consent = harbor::shell::AppSettings::UpdatesConsent;

namespace {

// The real transport, recording the status of every response it got.
class RecordingTransport final : public harbor::updates::HttpTransport
{
public:
    RecordingTransport(const QString &caFile, std::shared_ptr<QList<int>> statuses, long lowSpeedSeconds)
        : m_curl(options(caFile, lowSpeedSeconds))
        , m_statuses(std::move(statuses))
    {
    }

    HttpResponse get(const HttpRequest &request, const Progress &progress, const std::atomic_bool &cancel) override
    {
        HttpResponse response = m_curl.get(request, progress, cancel);
        m_statuses->append(response.status);
        return response;
    }

private:
    static harbor::updates::CurlTransport::Options options(const QString &caFile, long lowSpeedSeconds)
    {
        harbor::updates::CurlTransport::Options o;
        o.caFile = caFile;
        o.connectTimeoutSeconds = 10;
        o.totalTimeoutSeconds = 60;
        o.lowSpeedBytes = 256;
        o.lowSpeedSeconds = lowSpeedSeconds; // the app allows 20; the trickling server sends 1 byte a second
        return o;
    }

    harbor::updates::CurlTransport m_curl;
    std::shared_ptr<QList<int>> m_statuses;
};

// One installation of Harbor: its data folder, settings, content and
// updater, on a clock the test moves.
struct Client
{
    QTemporaryDir data;
    harbor::shell::AppSettings settings { data.path() };
    harbor::content::ContentLibrary library { harbor::content::PackLoader::embedded(), settings,
        [] { return QStringLiteral("en"); } };
    harbor::safety::ManualClock clock { QDateTime::currentMSecsSinceEpoch() };
    std::shared_ptr<QList<int>> statuses = std::make_shared<QList<int>>();
    std::shared_ptr<std::atomic_int> transports = std::make_shared<std::atomic_int>(0); // made for a check
    long lowSpeedSeconds = 2;
    std::unique_ptr<UpdateService> service;

    Client(const QString &caFile, const QList<QByteArray> &keys) { restart(caFile, keys); }

    void restart(const QString &caFile, const QList<QByteArray> &keys)
    {
        service.reset();
        library.setPack(harbor::content::PackLoader::embedded());
        auto statusList = statuses;
        auto made = transports;
        const long lowSpeed = lowSpeedSeconds;
        service = std::make_unique<UpdateService>(UpdateService::Config { storeFolder(), keys, QStringLiteral("0.1.0"),
                                                      [caFile, statusList, made, lowSpeed] {
                                                          ++*made;
                                                          return std::make_unique<RecordingTransport>(
                                                              caFile, statusList, lowSpeed);
                                                      } },
            settings, library, clock);
    }

    // What the app's timers would do over `days` days: every timer the
    // service has armed fires, hour after hour, and the clock moves on.
    // Nothing sleeps. Returns false if a check started.
    [[nodiscard]] bool idle(int days)
    {
        for (int hour = 0; hour < days * 24; ++hour) {
            clock.advance(60LL * 60 * 1000);
            for (QTimer *timer : service->findChildren<QTimer *>()) {
                if (timer->isActive()) {
                    QMetaObject::invokeMethod(timer, "timeout");
                }
            }
            service->checkIfDue(); // as if a timer fired, armed or not
            if (service->busy()) {
                return false;
            }
            QCoreApplication::processEvents();
        }
        return true;
    }

    [[nodiscard]] UpdateOutcome::Kind waitForCheck()
    {
        QSignalSpy finished(service.get(), &UpdateService::finished);
        if (!finished.wait(120000)) {
            return UpdateOutcome::Kind::Failed;
        }
        return finished.constFirst().constFirst().value<UpdateOutcome::Kind>();
    }

    [[nodiscard]] QString storeFolder() const { return data.filePath(QStringLiteral("content")); }

    UpdateOutcome::Kind check(const QString &url)
    {
        settings.setUpdateUrl(url);
        statuses->clear();
        QSignalSpy finished(service.get(), &UpdateService::finished);
        service->checkNow();
        if (!finished.wait(120000)) {
            return UpdateOutcome::Kind::Failed;
        }
        return finished.constFirst().constFirst().value<UpdateOutcome::Kind>();
    }

    // Every file under content/, with its hash.
    [[nodiscard]] QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(storeFolder(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                files.insert(it.filePath(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
            }
        }
        return files;
    }
};

} // namespace

class TestContentUpdates : public QObject
{
    Q_OBJECT

    UpdateServers m_servers;
    // Release "vN" is N - 1 versions above the built-in pack ("v1" is the built-in version).
    const int m_builtIn = harbor::content::PackLoader::embedded().version;
    [[nodiscard]] int v(int n) const { return m_builtIn + n - 1; }
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    QList<QByteArray> m_pinned;

    void publish(const QString &name, ReleaseSpec spec)
    {
        if (spec.secretKey.isEmpty()) {
            spec.secretKey = m_secretKey;
        }
        QString error;
        QVERIFY2(ReleaseBuilder::publish(m_servers.root(), name, spec, &error), qPrintable(error));
    }

    std::unique_ptr<Client> clientWithVersion2()
    {
        auto client = std::make_unique<Client>(m_servers.caFile(), m_pinned);
        const auto kind = client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2")));
        if (kind != UpdateOutcome::Kind::Installed || client->library.pack().version != v(2)) {
            qWarning("setting up version 2 failed: %s", UpdateError::name(client->service->lastError().code));
            return nullptr;
        }
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_servers.start(&error), qPrintable(error));
        QByteArray otherPublic;
        QByteArray otherSecret;
        harbor::updates::ManifestSignature::generateKeyPair(&otherPublic, &otherSecret);
        QByteArray rotatedPublic;
        QByteArray rotatedSecret;
        harbor::updates::ManifestSignature::generateKeyPair(&rotatedPublic, &rotatedSecret);
        harbor::updates::ManifestSignature::generateKeyPair(&m_publicKey, &m_secretKey);
        // Two pinned keys, as in the app: either may sign.
        m_pinned = { rotatedPublic, m_publicKey };

        const QString note = QStringLiteral("(updated)");
        const auto spec = [](int version, const QString &instagramNote) {
            ReleaseSpec release;
            release.version = version;
            release.instagramNote = instagramNote;
            return release;
        };
        publish(QStringLiteral("v1"), spec(v(1), {}));
        publish(QStringLiteral("v2"), spec(v(2), note));
        ReleaseSpec rotated = spec(v(3), note + note);
        rotated.secretKey = rotatedSecret;
        publish(QStringLiteral("v3"), rotated);
        ReleaseSpec otherKey = spec(v(3), note + note);
        otherKey.secretKey = otherSecret;
        publish(QStringLiteral("v3-other-key"), otherKey);
        ReleaseSpec expired = spec(v(3), note + note);
        expired.published = QDateTime::currentDateTimeUtc().addDays(-30);
        expired.expires = QDateTime::currentDateTimeUtc().addDays(-1);
        publish(QStringLiteral("v3-expired"), expired);
        ReleaseSpec newerApp = spec(v(3), note + note);
        newerApp.minAppVersion = QStringLiteral("99.0.0");
        publish(QStringLiteral("v3-needs-newer-app"), newerApp);
        for (const char *name : { "v3-flipped-manifest", "v3-flipped-pack", "v3-swapped-file" }) {
            publish(QString::fromLatin1(name), spec(v(3), note + note));
        }
        const QDir root(m_servers.root());
        QVERIFY(ReleaseBuilder::flipByte(root.filePath(QStringLiteral("v3-flipped-manifest/manifest.signed")), 40));
        QVERIFY(ReleaseBuilder::flipByte(
            root.filePath(QStringLiteral("v3-flipped-pack/%1/guides/instagram.json").arg(v(3))), 60));
        // A well-formed file, but not the one the signed manifest lists.
        const QString swapped = root.filePath(QStringLiteral("v3-swapped-file/%1/guides/instagram.json").arg(v(3)));
        QVERIFY(QFile::remove(swapped));
        QVERIFY(QFile::copy(root.filePath(QStringLiteral("v2/%1/guides/instagram.json").arg(v(2))), swapped));
    }

    void goodUpdateInstallsAndSaysWhatChanged()
    {
        harbor::test::JournalFixture journal;
        QVERIFY(journal.ready());
        harbor::journal::Child child { 0, QStringLiteral("Ana"), 0, {} };
        QVERIFY(journal.children->save(child).ok());
        harbor::content::ChecklistStore checklists(*journal.db);
        const harbor::content::Pack builtIn = harbor::content::PackLoader::embedded();
        const harbor::content::PlatformGuide *before = builtIn.guide(QStringLiteral("instagram"));
        QVERIFY(before);
        QVERIFY(checklists.setDone(child.id, *before, before->steps.constFirst().id, true, 1));

        Client client(m_servers.caFile(), m_pinned);
        QSignalSpy packChanged(&client.library, &harbor::content::ContentLibrary::packChanged);
        QCOMPARE(client.check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::Installed);
        QVERIFY(client.service->lastError().ok());
        QCOMPARE(client.library.pack().version, v(2));
        QCOMPARE(packChanged.count(), 1);
        // Only what differs from the built-in pack was downloaded: the
        // manifest, pack.json and the changed guide.
        QCOMPARE(*client.statuses, (QList<int> { 200, 200, 200 }));
        QCOMPARE(client.service->lastChanges(),
            (QList<PackChange> {
                { PackChange::Kind::Guide, QStringLiteral("instagram"), PackChange::Status::Changed } }));
        const harbor::content::PlatformGuide *after = client.library.pack().guide(QStringLiteral("instagram"));
        QVERIFY(after);
        QVERIFY(after->steps.constFirst().title.in(QStringLiteral("en")).endsWith(QStringLiteral("(updated)")));
        QVERIFY(checklists.needsRecheck(child.id, *after));

        // The same pack again: one request, answered 304, nothing written.
        const auto files = client.snapshot();
        QCOMPARE(client.check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::UpToDate);
        QCOMPARE(*client.statuses, QList<int> { 304 });
        QCOMPARE(client.snapshot(), files);

        // A restart uses the installed pack.
        client.restart(m_servers.caFile(), m_pinned);
        QCOMPARE(client.library.pack().version, v(2));
        QVERIFY(client.service->usingInstalledPack());
    }

    void secondKeyCanSign()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v3"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(client->library.pack().version, v(3));
        // Only version 3's files are kept.
        QVERIFY(!QFileInfo::exists(QDir(client->storeFolder()).filePath(QStringLiteral("v%1").arg(v(2)))));
        QVERIFY(QFileInfo::exists(QDir(client->storeFolder()).filePath(QStringLiteral("v%1/pack.json").arg(v(3)))));
    }

    void refused_data()
    {
        QTest::addColumn<int>("server");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("release");
        QTest::addColumn<UpdateError::Code>("error");
        QTest::addColumn<int>("status");
        const auto trusted = static_cast<int>(Which::Trusted);
        const QString files = QStringLiteral("files");
        using Code = UpdateError::Code;
        QTest::newRow("flipped byte in the manifest")
            << trusted << files << "v3-flipped-manifest" << Code::BadSignature << 0;
        QTest::newRow("flipped byte in the pack") << trusted << files << "v3-flipped-pack" << Code::HashMismatch << 0;
        QTest::newRow("file not the one listed") << trusted << files << "v3-swapped-file" << Code::HashMismatch << 0;
        QTest::newRow("signed by another key") << trusted << files << "v3-other-key" << Code::BadSignature << 0;
        QTest::newRow("older version") << trusted << files << "v1" << Code::Rollback << 0;
        QTest::newRow("expired manifest") << trusted << files << "v3-expired" << Code::Expired << 0;
        QTest::newRow("needs a newer app") << trusted << files << "v3-needs-newer-app" << Code::AppTooOld << 0;
        QTest::newRow("endless chunked body") << trusted << "chunked-huge"
                                              << "v3" << Code::TooLarge << 0;
        QTest::newRow("trickling server") << trusted << "trickle"
                                          << "v3" << Code::TooSlow << 0;
        QTest::newRow("redirect to http") << trusted << "redirect-http"
                                          << "v3" << Code::Redirected << 302;
        QTest::newRow("certificate for another host")
            << static_cast<int>(Which::OtherHost) << files << "v3" << Code::Certificate << 0;
        QTest::newRow("untrusted CA") << static_cast<int>(Which::UntrustedCa) << files << "v3" << Code::Certificate
                                      << 0;
        QTest::newRow("404") << trusted << "status/404"
                             << "v3" << Code::HttpStatus << 404;
        QTest::newRow("500") << trusted << "status/500"
                             << "v3" << Code::HttpStatus << 500;
        QTest::newRow("truncated body") << trusted << "truncated"
                                        << "v3" << Code::Truncated << 0;
    }

    void refused()
    {
        QFETCH(int, server);
        QFETCH(QString, mode);
        QFETCH(QString, release);
        QFETCH(UpdateError::Code, error);
        QFETCH(int, status);
        auto client = clientWithVersion2();
        QVERIFY(client);
        const auto installed = client->snapshot();

        QCOMPARE(client->check(m_servers.url(static_cast<Which>(server), mode, release)), UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, error);
        QCOMPARE(client->service->lastError().status, status);
        QVERIFY(!client->service->lastError().message().isEmpty());
        QCOMPARE(client->library.pack().version, v(2));
        QCOMPARE(client->snapshot(), installed);
    }

    void plainHttpIsNeverFetched()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        const auto installed = client->snapshot();
        QString url = m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v3"));
        url.replace(QStringLiteral("https://"), QStringLiteral("http://"));
        QCOMPARE(client->check(url), UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::NotHttps);
        QVERIFY(client->statuses->isEmpty()); // no request at all
        QCOMPARE(client->snapshot(), installed);
    }

    void damagedInstallFallsBackButKeepsTheFloor()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        const QString guide
            = QDir(client->storeFolder()).filePath(QStringLiteral("v%1/guides/instagram.json").arg(v(2)));
        QVERIFY(ReleaseBuilder::flipByte(guide, 30));
        client->restart(m_servers.caFile(), m_pinned);
        // The damaged pack is not used: the built-in one is.
        QCOMPARE(client->library.pack().version, v(1));
        QVERIFY(!client->service->usingInstalledPack());
        // The signed record still refuses anything older than version 2 ...
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v1"))),
            UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::Rollback);
        // ... and version 2 itself may be installed again to repair it.
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(client->library.pack().version, v(2));
    }

    void damagedRecordKeepsTheFloor()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        // The signed record is unreadable (or signed by a key since retired).
        QVERIFY(ReleaseBuilder::flipByte(QDir(client->storeFolder()).filePath(QStringLiteral("manifest.signed")), 10));
        client->restart(m_servers.caFile(), m_pinned);
        QCOMPARE(client->library.pack().version, v(1));
        // The highest version ever installed still refuses version 1 ...
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v1"))),
            UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::Rollback);
        // ... and version 2 may be installed again.
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(client->library.pack().version, v(2));
    }

    void storageFailureKeepsThePack()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        const auto installed = client->snapshot();
        // Where version 3 would go is taken by a file, so it cannot be put in place.
        QFile blocker(QDir(client->storeFolder()).filePath(QStringLiteral("v%1").arg(v(3))));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto kind = client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v3")));
        QCOMPARE(kind, UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::Storage);
        QVERIFY(blocker.remove());
        QCOMPARE(client->snapshot(), installed);
        QCOMPARE(client->library.pack().version, v(2));
    }

    // Consent before network: from start, through days of idle, to a
    // restart, no connection at all while the user has not chosen or has
    // turned updates off; the schedule does go online once agreed, and
    // turning it off again stops it, a running check included.
    void noConnectionBeforeConsentOrWhileOff()
    {
        const QString url = m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"));
        const int before = m_servers.settledConnections(Which::Trusted);
        QVERIFY(before >= 0);
        const auto newConnections = [&] { return m_servers.settledConnections(Which::Trusted) - before; };

        Client client(m_servers.caFile(), m_pinned);
        client.settings.setUpdateUrl(url);
        QCOMPARE(client.settings.updatesConsent(), Consent::NotChosen);
        client.service->startSchedule(); // as main.cpp does
        QVERIFY(!client.service->scheduled());
        QVERIFY(client.idle(3));
        client.restart(m_servers.caFile(), m_pinned);
        client.service->startSchedule();
        QVERIFY(client.idle(2));
        QCOMPARE(newConnections(), 0);

        client.service->setConsent(Consent::Off);
        QVERIFY(!client.service->scheduled());
        QVERIFY(client.idle(3));
        client.restart(m_servers.caFile(), m_pinned);
        client.service->startSchedule();
        QVERIFY(client.idle(2));
        QCOMPARE(newConnections(), 0);
        QCOMPARE(client.transports->load(), 0);

        // Agreed: the schedule's own timer goes online (the first look).
        client.service->setConsent(Consent::Daily);
        QVERIFY(client.service->scheduled());
        for (QTimer *timer : client.service->findChildren<QTimer *>()) {
            if (timer->isActive() && timer->isSingleShot()) {
                QMetaObject::invokeMethod(timer, "timeout");
            }
        }
        QVERIFY(client.service->busy());
        QCOMPARE(client.waitForCheck(), UpdateOutcome::Kind::Installed);
        const int afterConsent = newConnections();
        QCOMPARE(afterConsent, 3); // the manifest, pack.json, the changed guide

        // Off again: no timer, no traffic however long Harbor stays open.
        client.service->setConsent(Consent::Off);
        QVERIFY(!client.service->scheduled());
        QVERIFY(client.idle(3));
        QCOMPARE(newConnections(), afterConsent);

        // "Check now" is the user's consent for that one check.
        client.service->checkNow();
        QCOMPARE(client.waitForCheck(), UpdateOutcome::Kind::UpToDate);
        QCOMPARE(newConnections(), afterConsent + 1);
        QVERIFY(!client.service->scheduled());
        QVERIFY(client.idle(2));
        QCOMPARE(newConnections(), afterConsent + 1);
    }

    void turningOffCancelsARunningCheck()
    {
        Client client(m_servers.caFile(), m_pinned);
        client.lowSpeedSeconds = 120; // only the cancel may stop the trickle
        client.restart(m_servers.caFile(), m_pinned);
        client.settings.setUpdateUrl(m_servers.url(Which::Trusted, QStringLiteral("trickle"), QStringLiteral("v3")));
        client.service->startSchedule();
        client.service->setConsent(Consent::Daily);
        QSignalSpy finished(client.service.get(), &UpdateService::finished);
        client.service->checkIfDue();
        QVERIFY(client.service->busy());
        // Wait until the server is sending, then turn updates off.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &record : m_servers.log(Which::Trusted)) {
                    if (record.value(QLatin1String("path")).toString().startsWith(QLatin1String("/trickle/v3/"))) {
                        return true;
                    }
                }
                return false;
            }(),
            20000);
        client.service->setConsent(Consent::Off);
        QVERIFY(finished.wait(15000));
        QCOMPARE(client.service->lastError().code, UpdateError::Code::Cancelled);
        QCOMPARE(client.library.pack().version, v(1));
        const int settled = m_servers.settledConnections(Which::Trusted);
        QVERIFY(client.idle(2));
        QCOMPARE(m_servers.settledConnections(Which::Trusted), settled);
    }

    // With updates on: a server that hands out a new random ETag every time
    // never gets one back; the only If-None-Match is the installed
    // manifest's own hash; nothing the server chose is stored; the
    // User-Agent does not name Harbor.
    void requestsIdentifyNothing()
    {
        const qsizetype logStart = m_servers.log(Which::Trusted).size();
        Client client(m_servers.caFile(), m_pinned);
        client.service->setConsent(Consent::Daily);
        const QString url = m_servers.url(Which::Trusted, QStringLiteral("random-etag"), QStringLiteral("v2"));
        QCOMPARE(client.check(url), UpdateOutcome::Kind::Installed);
        QCOMPARE(client.check(url), UpdateOutcome::Kind::UpToDate);
        client.restart(m_servers.caFile(), m_pinned);
        QCOMPARE(client.check(url), UpdateOutcome::Kind::UpToDate);
        client.clock.advance(2 * UpdateService::kCheckIntervalMs);
        client.service->checkIfDue();
        QCOMPARE(client.waitForCheck(), UpdateOutcome::Kind::UpToDate);

        QFile record(QDir(client.storeFolder()).filePath(QStringLiteral("manifest.signed")));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QByteArray contentTag
            = Updater::contentTag(QCryptographicHash::hash(record.readAll(), QCryptographicHash::Sha256));
        QSet<QString> issued;
        QList<QJsonObject> requests;
        const QList<QJsonObject> log = m_servers.log(Which::Trusted).mid(logStart);
        for (const QJsonObject &entry : log) {
            const QString event = entry.value(QLatin1String("event")).toString();
            if (event == QLatin1String("etag")) {
                issued.insert(entry.value(QLatin1String("value")).toString());
            } else if (event == QLatin1String("request")) {
                requests.append(entry);
            }
        }
        QVERIFY(issued.size() >= 4);
        int manifestRequests = 0;
        for (const QJsonObject &request : std::as_const(requests)) {
            const QString userAgent = request.value(QLatin1String("user_agent")).toString();
            QVERIFY2(!userAgent.isEmpty(), "a generic User-Agent, not none");
            QVERIFY2(!userAgent.contains(QLatin1String("harbor"), Qt::CaseInsensitive), qPrintable(userAgent));
            const QString ifNoneMatch = request.value(QLatin1String("if_none_match")).toString();
            QVERIFY2(!issued.contains(ifNoneMatch), qPrintable(ifNoneMatch));
            if (request.value(QLatin1String("path")).toString().endsWith(QLatin1String("/manifest.signed"))) {
                ++manifestRequests;
                // The first asked with nothing; every later one with the manifest's own hash.
                QCOMPARE(ifNoneMatch, manifestRequests == 1 ? QString() : QString::fromLatin1(contentTag));
            } else {
                QVERIFY(ifNoneMatch.isEmpty());
            }
        }
        QCOMPARE(manifestRequests, 4);
        // Nothing the server chose was kept anywhere in the data folder.
        QDirIterator files(client.data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &etag : std::as_const(issued)) {
                QVERIFY2(!bytes.contains(etag.mid(1, etag.size() - 2).toLatin1()), qPrintable(file.fileName()));
            }
        }
    }

    // A redirect, even to the same host on another port (another origin),
    // is refused with a clear error and the other server never hears of it.
    void redirectToAnotherOriginIsRefused()
    {
        const int trustedBefore = m_servers.settledConnections(Which::Trusted);
        const int otherBefore = m_servers.settledConnections(Which::SecondOrigin);
        QVERIFY(trustedBefore >= 0 && otherBefore >= 0);
        Client client(m_servers.caFile(), m_pinned);
        client.service->setConsent(Consent::Daily);
        const QString mode = QStringLiteral("redirect-to/%1").arg(m_servers.port(Which::SecondOrigin));
        QCOMPARE(client.check(m_servers.url(Which::Trusted, mode, QStringLiteral("v2"))), UpdateOutcome::Kind::Failed);
        QCOMPARE(client.service->lastError().code, UpdateError::Code::Redirected);
        QCOMPARE(client.service->lastError().status, 302);
        QVERIFY(client.service->lastError().message().contains(QLatin1String("another address")));
        QCOMPARE(client.library.pack().version, v(1));
        QCOMPARE(m_servers.settledConnections(Which::Trusted) - trustedBefore, 1);
        QCOMPARE(m_servers.settledConnections(Which::SecondOrigin) - otherBefore, 0);
        // The same release straight from the second origin installs: the
        // redirect was refused, not the place it pointed to.
        QCOMPARE(client.check(m_servers.url(Which::SecondOrigin, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(m_servers.settledConnections(Which::SecondOrigin) - otherBefore, 3);
    }
};

HARBOR_TEST_MAIN(TestContentUpdates)
#include "tst_contentupdates.moc"
