// SPDX-License-Identifier: GPL-3.0-or-later
// The updater's decisions with a scripted transport: what it asks for, what
// it never fetches, and when it stops. (tests/e2e/updates runs every attack
// against real HTTPS servers.)
#include "TestMain.h"
#include "TestRelease.h"
#include "updates/PackStore.h"
#include "updates/Updater.h"

#include <QTemporaryDir>

using harbor::test::Release;
using harbor::updates::HttpRequest;
using harbor::updates::HttpResponse;
using harbor::updates::InstalledState;
using harbor::updates::ManifestSignature;
using harbor::updates::PackStore;
using harbor::updates::UpdateError;
using harbor::updates::UpdateOutcome;
using harbor::updates::Updater;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// Serves a release from memory and records every request. It answers 304
// when asked with the manifest's own hash (as Harbor's server is set up
// to), or `notModified` says otherwise.
class ScriptedTransport final : public harbor::updates::HttpTransport
{
public:
    Release release;
    enum class NotModified {
        ForContentTag,
        Always,
        Never,
    };
    NotModified notModified = NotModified::ForContentTag;
    QByteArray etag; // the ETag header the server sends; empty: the content tag
    int manifestStatus = 0; // another status for the manifest (a redirect, say)
    QList<HttpRequest> requests;

    HttpResponse get(const HttpRequest &request, const Progress &progress, const std::atomic_bool &cancel) override
    {
        requests.append(request);
        HttpResponse response;
        if (cancel) {
            response.failure = HttpResponse::Failure::Cancelled;
            return response;
        }
        const QString path = request.url.path();
        if (path.endsWith(QStringLiteral("/manifest.signed"))) {
            const QByteArray contentTag = Updater::contentTag(sha256(release.signedManifest));
            const bool match = notModified == NotModified::Always
                || (notModified == NotModified::ForContentTag && request.ifNoneMatch == contentTag);
            response.status = manifestStatus != 0 ? manifestStatus : match ? 304 : 200;
            response.body = response.status == 200 ? release.signedManifest : QByteArray();
            response.etag = etag.isEmpty() ? contentTag : etag;
            return response;
        }
        const QString prefix = QStringLiteral("/base/%1/").arg(release.manifest.version);
        response.status = path.startsWith(prefix) ? 200 : 404;
        response.body = release.files.value(path.mid(prefix.size()));
        if (progress) {
            progress(response.body.size(), response.body.size());
        }
        return response;
    }
};

InstalledState builtInOnly(int version)
{
    InstalledState state;
    state.builtInVersion = version;
    return state;
}

} // namespace

class TestUpdater : public QObject
{
    Q_OBJECT

    QByteArray m_public;
    QByteArray m_secret;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    const QUrl m_base = QUrl(QStringLiteral("https://updates.test/base/"));

    [[nodiscard]] Updater::Config config() const
    {
        return { { m_public }, QStringLiteral("0.1.0"), m_now, QStringLiteral("harbor-default") };
    }

private Q_SLOTS:
    void initTestCase() { ManifestSignature::generateKeyPair(&m_public, &m_secret); }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("https") << "https://a.test/c/v1"
                               << "https://a.test/c/v1/";
        QTest::newRow("trailing slash kept") << " https://a.test/ "
                                             << "https://a.test/";
        QTest::newRow("http") << "http://a.test/"
                              << "";
        QTest::newRow("file") << "file:///etc/"
                              << "";
        QTest::newRow("user info") << "https://me:pw@a.test/"
                                   << "";
        QTest::newRow("query") << "https://a.test/?id=1"
                               << "";
        QTest::newRow("no host") << "https:///x"
                                 << "";
        QTest::newRow("not a URL") << "updates"
                                   << "";
    }

    void baseUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(Updater::normalisedBase(text).toString(), normalised);
    }

    void nonHttpsBaseAsksNothing()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        const UpdateOutcome outcome
            = updater.check(QUrl(QStringLiteral("http://updates.test/base/")), builtInOnly(1), {}, false);
        QCOMPARE(outcome.error.code, UpdateError::Code::NotHttps);
        QVERIFY(transport.requests.isEmpty());
    }

    void sameVersionFetchesNoFiles()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(1, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        const UpdateOutcome outcome = updater.check(m_base, builtInOnly(1), {}, false);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::UpToDate);
        QCOMPARE(transport.requests.size(), 1);
        QVERIFY(transport.requests.constFirst().ifNoneMatch.isEmpty());
        QCOMPARE(transport.requests.constFirst().maxBytes, ManifestSignature::kMaxSignedBytes);
    }

    void contentTags_data()
    {
        QTest::addColumn<QByteArray>("sha");
        QTest::addColumn<QByteArray>("tag");
        QTest::newRow("none") << QByteArray() << QByteArray();
        QTest::newRow("hash") << sha256("abc")
                              << QByteArray("\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
    }

    void contentTags()
    {
        QFETCH(QByteArray, sha);
        QFETCH(QByteArray, tag);
        QCOMPARE(Updater::contentTag(sha), tag);
    }

    void onlyTheManifestsOwnHashIsSentUnlessRepairing()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        InstalledState state = builtInOnly(1);
        state.recordVersion = 2;
        state.installedIntact = true;
        state.manifestSha256 = sha256(transport.release.signedManifest);
        state.manifestExpiresMs = m_now + 86'400'000;
        QCOMPARE(updater.check(m_base, state, {}, false).kind, UpdateOutcome::Kind::UpToDate);
        QCOMPARE(transport.requests.constLast().ifNoneMatch, Updater::contentTag(state.manifestSha256));
        // The recorded pack did not load: ask for the whole manifest again and reinstall.
        state.installedIntact = false;
        const UpdateOutcome repaired = updater.check(m_base, state, {}, false);
        QCOMPARE(repaired.kind, UpdateOutcome::Kind::Installed);
        QVERIFY(transport.requests.at(1).ifNoneMatch.isEmpty());
        QCOMPARE(store.load().pack->version, 2);
    }

    void a304CannotFreeze()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        InstalledState state = builtInOnly(1);
        state.recordVersion = 2;
        state.installedIntact = true;
        state.manifestSha256 = sha256(transport.release.signedManifest);
        // The manifest the ETag stands for has expired: a 304 is no answer.
        state.manifestExpiresMs = m_now - 1;
        QCOMPARE(updater.check(m_base, state, {}, false).error.code, UpdateError::Code::Expired);
        // A 304 to a request that sent no ETag is not an answer either.
        transport.notModified = ScriptedTransport::NotModified::Always;
        QCOMPARE(updater.check(m_base, builtInOnly(1), {}, false).error.code, UpdateError::Code::Malformed);
        // Nor is a 304 that names another ETag than the one sent.
        state.manifestExpiresMs = m_now + 86'400'000;
        transport.etag = QByteArrayLiteral("\"server-chosen\"");
        QCOMPARE(updater.check(m_base, state, {}, false).error.code, UpdateError::Code::Malformed);
    }

    void serverChosenEtagIsNeverSent()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        transport.etag = QByteArrayLiteral("\"install-4711\"");
        transport.notModified = ScriptedTransport::NotModified::Never;
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        // Nothing installed: no If-None-Match at all.
        QCOMPARE(updater.check(m_base, builtInOnly(1), {}, false).kind, UpdateOutcome::Kind::Installed);
        QVERIFY(transport.requests.constFirst().ifNoneMatch.isEmpty());
        // Installed: only the manifest's own hash, whatever the server sent.
        InstalledState state = builtInOnly(1);
        state.recordVersion = 2;
        state.installedIntact = true;
        state.manifestSha256 = store.load().recordSha256;
        QCOMPARE(state.manifestSha256, sha256(transport.release.signedManifest));
        QCOMPARE(updater.check(m_base, state, {}, false).kind, UpdateOutcome::Kind::UpToDate);
        for (const HttpRequest &request : std::as_const(transport.requests)) {
            QVERIFY(!request.ifNoneMatch.contains("install-4711"));
        }
        QCOMPARE(transport.requests.constLast().ifNoneMatch, Updater::contentTag(state.manifestSha256));
    }

    void redirectsAreRefused_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : { 301, 302, 303, 307, 308 }) {
            QTest::addRow("%d", status) << status;
        }
    }

    void redirectsAreRefused()
    {
        QFETCH(int, status);
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        transport.manifestStatus = status;
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        const UpdateOutcome outcome = updater.check(m_base, builtInOnly(1), {}, false);
        QCOMPARE(outcome.error.code, UpdateError::Code::Redirected);
        QCOMPARE(outcome.error.status, status);
        QVERIFY(outcome.error.message().contains(QStringLiteral("another address")));
        QCOMPARE(transport.requests.size(), 1);
    }

    void anotherPackIsRefused()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater::Config other = config();
        other.packId = QStringLiteral("someone-else");
        Updater updater(transport, store, other);
        QCOMPARE(updater.check(m_base, builtInOnly(1), {}, false).error.code, UpdateError::Code::Malformed);
        QCOMPARE(store.load().recordVersion, 0);
    }

    void knownFilesAreNotFetchedAndEachIsCapped()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        InstalledState state = builtInOnly(1);
        for (auto it = transport.release.files.cbegin(); it != transport.release.files.cend(); ++it) {
            if (it.key() != QStringLiteral("pack.json")) {
                state.filesBySha.insert(QCryptographicHash::hash(*it, QCryptographicHash::Sha256), *it);
            }
        }
        QList<double> progress;
        const UpdateOutcome outcome = updater.check(
            m_base, state, [&progress](double f) { progress.append(f); }, false);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Installed);
        QCOMPARE(transport.requests.size(), 2);
        const HttpRequest &fileRequest = transport.requests.at(1);
        QCOMPARE(fileRequest.url.toString(), QStringLiteral("https://updates.test/base/2/pack.json"));
        QCOMPARE(fileRequest.maxBytes, transport.release.manifest.file(QStringLiteral("pack.json"))->length);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast(), 1.0);
    }

    void cancelStops()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        const UpdateOutcome outcome = updater.check(m_base, builtInOnly(1), {}, true);
        QCOMPARE(outcome.error.code, UpdateError::Code::Cancelled);
        QVERIFY(transport.requests.isEmpty()); // not even the manifest
        QCOMPARE(store.load().recordVersion, 0);
    }
};

HARBOR_TEST_MAIN(TestUpdater)
#include "tst_updater.moc"
