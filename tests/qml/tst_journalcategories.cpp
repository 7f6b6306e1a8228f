// SPDX-License-Identifier: GPL-3.0-or-later
// A content update that adds a warning-sign list reaches the journal's
// category picker at once, without a restart: the app's own services and
// their wiring (app/wiring connects ContentLibrary::packChanged to
// JournalController::reloadCategories), a signed release served from
// memory, the real UpdateService.
#include "Services.h"
#include "TestMain.h"
#include "TestRelease.h"
#include "fake/FakePlatform.h"
#include "safety/Clock.h"
#include "updates/HttpTransport.h"
#include "updates/ManifestSignature.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::test::Release;
using harbor::updates::UpdateOutcome;

namespace {

const QString kNewList = QStringLiteral("signs/online-bullying.json");
const QString kNewCategory = QStringLiteral("online-bullying");
const QString kNewTitle = QStringLiteral("Signs of online bullying");

// The files of one release, by URL path, served to any request.
class MemoryTransport final : public harbor::updates::HttpTransport
{
public:
    explicit MemoryTransport(QHash<QString, QByteArray> files)
        : m_files(std::move(files))
    {
    }
    harbor::updates::HttpResponse get(
        const harbor::updates::HttpRequest &request, const Progress &, const std::atomic_bool &) override
    {
        harbor::updates::HttpResponse response;
        const auto it = m_files.constFind(request.url.path());
        response.status = it == m_files.cend() ? 404 : 200;
        response.body = it == m_files.cend() ? QByteArray() : *it;
        return response;
    }

private:
    QHash<QString, QByteArray> m_files;
};

// The built-in pack as `version`, with one more warning-sign list (a copy
// of the grooming list under a new id, category and title), signed.
Release releaseWithNewSignList(int version, const QByteArray &secretKey, qint64 nowMs)
{
    Release release = Release::make(version, secretKey, nowMs);
    QJsonObject list = QJsonDocument::fromJson(release.files.value(QStringLiteral("signs/grooming.json"))).object();
    list.insert(QStringLiteral("id"), kNewCategory);
    list.insert(QStringLiteral("category"), kNewCategory);
    list.insert(QStringLiteral("title"),
        QJsonObject { { QStringLiteral("en"), kNewTitle },
            { QStringLiteral("es"), QStringLiteral("Señales de acoso en línea") } });
    QJsonArray signs;
    for (const auto &value : list.value(QStringLiteral("signs")).toArray()) {
        QJsonObject sign = value.toObject();
        sign.insert(QStringLiteral("id"), QStringLiteral("bullying-") + sign.value(QStringLiteral("id")).toString());
        signs.append(sign);
    }
    list.insert(QStringLiteral("signs"), signs);
    release.files.insert(kNewList, QJsonDocument(list).toJson());

    QJsonObject pack = QJsonDocument::fromJson(release.files.value(QStringLiteral("pack.json"))).object();
    QJsonArray files = pack.value(QStringLiteral("files")).toArray();
    files.append(kNewList);
    pack.insert(QStringLiteral("files"), files);
    release.files.insert(QStringLiteral("pack.json"), QJsonDocument(pack).toJson());

    release.manifest.files.clear();
    for (auto it = release.files.cbegin(); it != release.files.cend(); ++it) {
        release.manifest.files.append(harbor::updates::ManifestFile {
            it.key(), it->size(), QCryptographicHash::hash(*it, QCryptographicHash::Sha256) });
    }
    release.signedManifest = harbor::updates::ManifestSignature::sign(release.manifest.toJson(), secretKey);
    return release;
}

} // namespace

class TestJournalCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<UpdateOutcome::Kind>(); }

    void contentUpdateAddsACategoryWithoutARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        harbor::safety::ManualClock clock;
        harbor::FakePlatform platform;
        QByteArray publicKey;
        QByteArray secretKey;
        harbor::updates::ManifestSignature::generateKeyPair(&publicKey, &secretKey);
        QHash<QString, QByteArray> served;
        harbor::app::Services services { harbor::app::ServicesConfig { dir.path(), platform, clock,
            [] { return harbor::vault::KdfParams::floor(); },
            harbor::updates::UpdateService::Config { dir.filePath(QStringLiteral("content")), { publicKey },
                QStringLiteral("0.1.0"), [&served] { return std::make_unique<MemoryTransport>(served); } },
            QStringLiteral("en"), false } };
        services.settings.setUpdateUrl(QStringLiteral("https://updates.test/harbor/"));
        harbor::journalui::JournalController &journal = services.journalController;
        QVERIFY(!journal.categoryIds().contains(kNewCategory));
        QVERIFY(!journal.categoryTitles().contains(kNewTitle));

        const int version = services.updates.contentVersion() + 1;
        const Release release = releaseWithNewSignList(version, secretKey, clock.nowMs());
        served.insert(QStringLiteral("/harbor/manifest.signed"), release.signedManifest);
        for (auto it = release.files.cbegin(); it != release.files.cend(); ++it) {
            served.insert(QStringLiteral("/harbor/%1/%2").arg(version).arg(it.key()), *it);
        }

        QSignalSpy categoriesChanged(&journal, &harbor::journalui::JournalController::categoriesChanged);
        QSignalSpy finished(&services.updates, &harbor::updates::UpdateService::finished);
        services.updates.checkNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().value<UpdateOutcome::Kind>(), UpdateOutcome::Kind::Installed);
        QCOMPARE(services.updates.contentVersion(), version);

        // What the pickers bind to: told, and offering the new list.
        QVERIFY(categoriesChanged.size() >= 1);
        const QStringList ids = journal.categoryIds();
        const QStringList titles = journal.categoryTitles();
        QVERIFY2(ids.contains(kNewCategory), qPrintable(ids.join(QLatin1Char(','))));
        QCOMPARE(titles.at(ids.indexOf(kNewCategory)), kNewTitle);
        QCOMPARE(journal.categoryTitle(kNewCategory), kNewTitle);
        // "Other" stays last.
        QCOMPARE(ids.constLast(), QStringLiteral("other"));
    }
};

HARBOR_TEST_MAIN(TestJournalCategories)
#include "tst_journalcategories.moc"
