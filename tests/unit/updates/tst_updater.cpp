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

// Serves a release from memory and records every request.
class ScriptedTransport final : public harbor::updates::HttpTransport
{
public:
    Release release;
    QByteArray etag = QByteArrayLiteral("\"m1\"");
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
            response.status = request.ifNoneMatch == etag ? 304 : 200;
            response.body = response.status == 200 ? release.signedManifest : QByteArray();
            response.etag = etag;
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
        QCOMPARE(outcome.etag, transport.etag);
        QCOMPARE(transport.requests.size(), 1);
        QVERIFY(transport.requests.constFirst().ifNoneMatch.isEmpty());
        QCOMPARE(transport.requests.constFirst().maxBytes, ManifestSignature::kMaxSignedBytes);
    }

    void etagIsSentUnlessRepairing()
    {
        QTemporaryDir dir;
        ScriptedTransport transport;
        transport.release = Release::make(2, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        Updater updater(transport, store, config());
        InstalledState state = builtInOnly(1);
        state.recordVersion = 2;
        state.installedIntact = true;
        state.etag = transport.etag;
        state.etagExpiresMs = m_now + 86'400'000;
        QCOMPARE(updater.check(m_base, state, {}, false).kind, UpdateOutcome::Kind::UpToDate);
        QCOMPARE(transport.requests.constLast().ifNoneMatch, transport.etag);
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
        state.etag = transport.etag;
        // The manifest the ETag stands for has expired: a 304 is no answer.
        state.etagExpiresMs = m_now - 1;
        QCOMPARE(updater.check(m_base, state, {}, false).error.code, UpdateError::Code::Expired);
        // A 304 to a request that sent no ETag is not an answer either.
        transport.etag = QByteArray();
        QCOMPARE(updater.check(m_base, builtInOnly(1), {}, false).error.code, UpdateError::Code::Malformed);
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
        QCOMPARE(store.load().recordVersion, 0);
    }
};

HARBOR_TEST_MAIN(TestUpdater)
#include "tst_updater.moc"
