// SPDX-License-Identifier: GPL-3.0-or-later
// Content updates end to end: the real UpdateService and libcurl against
// real HTTPS servers on 127.0.0.1 with certificates made for this run.
// Every attack is refused with its own error and leaves the installed pack
// exactly as it was; a good update installs, says what changed and marks
// the changed guide's checklist for a re-check; an unchanged pack costs one
// request answered 304.
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
#include <QSignalSpy>

using harbor::test::ReleaseBuilder;
using harbor::test::ReleaseSpec;
using harbor::test::UpdateServers;
using harbor::updates::HttpRequest;
using harbor::updates::HttpResponse;
using harbor::updates::PackChange;
using harbor::updates::UpdateError;
using harbor::updates::UpdateOutcome;
using harbor::updates::UpdateService;
using Which = UpdateServers::Which;

namespace {

// The real transport, recording the status of every response it got.
class RecordingTransport final : public harbor::updates::HttpTransport
{
public:
    RecordingTransport(const QString &caFile, std::shared_ptr<QList<int>> statuses)
        : m_curl(options(caFile))
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
    static harbor::updates::CurlTransport::Options options(const QString &caFile)
    {
        harbor::updates::CurlTransport::Options o;
        o.caFile = caFile;
        o.connectTimeoutSeconds = 10;
        o.totalTimeoutSeconds = 60;
        o.lowSpeedBytes = 256;
        o.lowSpeedSeconds = 2; // the app allows 20; the trickling server sends 1 byte a second
        return o;
    }

    harbor::updates::CurlTransport m_curl;
    std::shared_ptr<QList<int>> m_statuses;
};

// One installation of Harbor: its data folder, settings, content and updater.
struct Client
{
    QTemporaryDir data;
    harbor::shell::AppSettings settings { data.path() };
    harbor::content::ContentLibrary library { harbor::content::PackLoader::embedded(), settings,
        [] { return QStringLiteral("en"); } };
    harbor::safety::SystemClock clock;
    std::shared_ptr<QList<int>> statuses = std::make_shared<QList<int>>();
    std::unique_ptr<UpdateService> service;

    Client(const QString &caFile, const QList<QByteArray> &keys) { restart(caFile, keys); }

    void restart(const QString &caFile, const QList<QByteArray> &keys)
    {
        service.reset();
        library.setPack(harbor::content::PackLoader::embedded());
        auto statusList = statuses;
        service = std::make_unique<UpdateService>(
            UpdateService::Config { storeFolder(), keys, QStringLiteral("0.1.0"),
                [caFile, statusList] { return std::make_unique<RecordingTransport>(caFile, statusList); } },
            settings, library, clock);
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
        if (kind != UpdateOutcome::Kind::Installed || client->library.pack().version != 2) {
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
        publish(QStringLiteral("v1"), spec(1, {}));
        publish(QStringLiteral("v2"), spec(2, note));
        ReleaseSpec rotated = spec(3, note + note);
        rotated.secretKey = rotatedSecret;
        publish(QStringLiteral("v3"), rotated);
        ReleaseSpec otherKey = spec(3, note + note);
        otherKey.secretKey = otherSecret;
        publish(QStringLiteral("v3-other-key"), otherKey);
        ReleaseSpec expired = spec(3, note + note);
        expired.published = QDateTime::currentDateTimeUtc().addDays(-30);
        expired.expires = QDateTime::currentDateTimeUtc().addDays(-1);
        publish(QStringLiteral("v3-expired"), expired);
        ReleaseSpec newerApp = spec(3, note + note);
        newerApp.minAppVersion = QStringLiteral("99.0.0");
        publish(QStringLiteral("v3-needs-newer-app"), newerApp);
        for (const char *name : { "v3-flipped-manifest", "v3-flipped-pack", "v3-swapped-file" }) {
            publish(QString::fromLatin1(name), spec(3, note + note));
        }
        const QDir root(m_servers.root());
        QVERIFY(ReleaseBuilder::flipByte(root.filePath(QStringLiteral("v3-flipped-manifest/manifest.signed")), 40));
        QVERIFY(ReleaseBuilder::flipByte(root.filePath(QStringLiteral("v3-flipped-pack/3/guides/instagram.json")), 60));
        // A well-formed file, but not the one the signed manifest lists.
        const QString swapped = root.filePath(QStringLiteral("v3-swapped-file/3/guides/instagram.json"));
        QVERIFY(QFile::remove(swapped));
        QVERIFY(QFile::copy(root.filePath(QStringLiteral("v2/2/guides/instagram.json")), swapped));
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
        QCOMPARE(client.library.pack().version, 2);
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
        QVERIFY(!client.settings.updateEtag().isEmpty());

        // The same pack again: one request, answered 304, nothing written.
        const auto files = client.snapshot();
        QCOMPARE(client.check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::UpToDate);
        QCOMPARE(*client.statuses, QList<int> { 304 });
        QCOMPARE(client.snapshot(), files);

        // A restart uses the installed pack.
        client.restart(m_servers.caFile(), m_pinned);
        QCOMPARE(client.library.pack().version, 2);
        QVERIFY(client.service->usingInstalledPack());
    }

    void secondKeyCanSign()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v3"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(client->library.pack().version, 3);
        // Only version 3's files are kept.
        QVERIFY(!QFileInfo::exists(QDir(client->storeFolder()).filePath(QStringLiteral("v2"))));
        QVERIFY(QFileInfo::exists(QDir(client->storeFolder()).filePath(QStringLiteral("v3/pack.json"))));
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
                                          << "v3" << Code::NotHttps << 0;
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
        QCOMPARE(client->library.pack().version, 2);
        QCOMPARE(client->snapshot(), installed);
        // Another address forgets the old ETag; a refused manifest leaves none.
        QVERIFY(client->settings.updateEtag().isEmpty());
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
        const QString guide = QDir(client->storeFolder()).filePath(QStringLiteral("v2/guides/instagram.json"));
        QVERIFY(ReleaseBuilder::flipByte(guide, 30));
        client->restart(m_servers.caFile(), m_pinned);
        // The damaged pack is not used: the built-in one is.
        QCOMPARE(client->library.pack().version, 1);
        QVERIFY(!client->service->usingInstalledPack());
        // The signed record still refuses anything older than version 2 ...
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v1"))),
            UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::Rollback);
        // ... and version 2 itself may be installed again to repair it.
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(client->library.pack().version, 2);
    }

    void damagedRecordKeepsTheFloor()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        // The signed record is unreadable (or signed by a key since retired).
        QVERIFY(ReleaseBuilder::flipByte(QDir(client->storeFolder()).filePath(QStringLiteral("manifest.signed")), 10));
        client->restart(m_servers.caFile(), m_pinned);
        QCOMPARE(client->library.pack().version, 1);
        // The highest version ever installed still refuses version 1 ...
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v1"))),
            UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::Rollback);
        // ... and version 2 may be installed again.
        QCOMPARE(client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v2"))),
            UpdateOutcome::Kind::Installed);
        QCOMPARE(client->library.pack().version, 2);
    }

    void storageFailureKeepsThePack()
    {
        auto client = clientWithVersion2();
        QVERIFY(client);
        const auto installed = client->snapshot();
        // Where version 3 would go is taken by a file, so it cannot be put in place.
        QFile blocker(QDir(client->storeFolder()).filePath(QStringLiteral("v3")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto kind = client->check(m_servers.url(Which::Trusted, QStringLiteral("files"), QStringLiteral("v3")));
        QCOMPARE(kind, UpdateOutcome::Kind::Failed);
        QCOMPARE(client->service->lastError().code, UpdateError::Code::Storage);
        QVERIFY(blocker.remove());
        QCOMPARE(client->snapshot(), installed);
        QCOMPARE(client->library.pack().version, 2);
    }
};

HARBOR_TEST_MAIN(TestContentUpdates)
#include "tst_contentupdates.moc"
