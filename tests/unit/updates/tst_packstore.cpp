// SPDX-License-Identifier: GPL-3.0-or-later
// The installed pack on disk: a record that is missing, forged or points to
// damaged files is not used (but a genuine record still sets the floor); an
// install replaces the previous version completely, or not at all.
#include "TestMain.h"
#include "TestRelease.h"
#include "updates/PackStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using harbor::test::Release;
using harbor::updates::ManifestSignature;
using harbor::updates::PackStore;
using harbor::updates::UpdateError;

class TestPackStore : public QObject
{
    Q_OBJECT

    QByteArray m_public;
    QByteArray m_secret;
    QByteArray m_otherPublic;
    QByteArray m_otherSecret;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();

    static bool overwrite(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ManifestSignature::generateKeyPair(&m_public, &m_secret);
        ManifestSignature::generateKeyPair(&m_otherPublic, &m_otherSecret);
    }

    void nothingInstalled()
    {
        QTemporaryDir dir;
        const PackStore::Installed installed = PackStore(dir.filePath(QStringLiteral("content")), { m_public }).load();
        QCOMPARE(installed.recordVersion, 0);
        QVERIFY(!installed.pack);
        QVERIFY(installed.problem.isEmpty());
    }

    void forgedRecordIsIgnored()
    {
        QTemporaryDir dir;
        const Release forged = Release::make(5, m_otherSecret, m_now);
        QVERIFY(PackStore(dir.path(), { m_otherPublic })
                    .install(forged.signedManifest, forged.manifest, forged.files)
                    .ok());
        const PackStore::Installed installed = PackStore(dir.path(), { m_public }).load();
        QCOMPARE(installed.recordVersion, 0);
        QVERIFY(!installed.pack);
        QVERIFY(installed.problem.contains(QStringLiteral("bad signature")));
    }

    void damagedFileKeepsTheFloorOnly()
    {
        QTemporaryDir dir;
        const Release release = Release::make(4, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        QVERIFY(store.install(release.signedManifest, release.manifest, release.files).ok());
        QVERIFY(overwrite(dir.filePath(QStringLiteral("v4/guides/discord.json")), "{}"));
        const PackStore::Installed installed = store.load();
        QCOMPARE(installed.recordVersion, 4);
        QVERIFY(!installed.pack);
        QVERIFY2(installed.problem.startsWith(QStringLiteral("guides/discord.json")), qPrintable(installed.problem));
    }

    void missingFileKeepsTheFloorOnly()
    {
        QTemporaryDir dir;
        const Release release = Release::make(4, m_secret, m_now);
        const PackStore store(dir.path(), { m_public });
        QVERIFY(store.install(release.signedManifest, release.manifest, release.files).ok());
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("v4/ages.json"))));
        QVERIFY(!store.load().pack);
        QCOMPARE(store.load().recordVersion, 4);
    }

    void blockedInstallChangesNothing()
    {
        QTemporaryDir dir;
        const PackStore store(dir.path(), { m_public });
        const Release two = Release::make(2, m_secret, m_now);
        QVERIFY(store.install(two.signedManifest, two.manifest, two.files).ok());
        QVERIFY(overwrite(dir.filePath(QStringLiteral("v3")), "not a folder"));
        const Release three = Release::make(3, m_secret, m_now);
        const UpdateError error = store.install(three.signedManifest, three.manifest, three.files);
        QCOMPARE(error.code, UpdateError::Code::Storage);
        const PackStore::Installed installed = store.load();
        QCOMPARE(installed.recordVersion, 2);
        QVERIFY(installed.pack);
        // No staging folder is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList { QStringLiteral("v2") });
    }

    void installReplacesTheOldVersion()
    {
        QTemporaryDir dir;
        const PackStore store(dir.path(), { m_otherPublic, m_public });
        const Release two = Release::make(2, m_secret, m_now);
        QVERIFY(store.install(two.signedManifest, two.manifest, two.files).ok());
        PackStore::Installed installed = store.load();
        QCOMPARE(installed.recordVersion, 2);
        QVERIFY(installed.pack);
        QCOMPARE(installed.pack->version, 2);
        QCOMPARE(installed.files, two.files);

        const Release three = Release::make(3, m_otherSecret, m_now);
        QVERIFY(store.install(three.signedManifest, three.manifest, three.files).ok());
        installed = store.load();
        QCOMPARE(installed.pack->version, 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList { QStringLiteral("v3") });
        // Private to the user, like everything Harbor writes.
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("v3/pack.json")))
                & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
    }

    void installNeverGoesBack()
    {
        QTemporaryDir dir;
        const PackStore store(dir.path(), { m_public });
        const Release three = Release::make(3, m_secret, m_now);
        QVERIFY(store.install(three.signedManifest, three.manifest, three.files).ok());
        const Release two = Release::make(2, m_secret, m_now);
        QCOMPARE(store.install(two.signedManifest, two.manifest, two.files).code, UpdateError::Code::Rollback);
        QCOMPARE(store.load().pack->version, 3);
    }

    void packMustMatchItsManifest()
    {
        Release release = Release::make(3, m_secret, m_now);
        UpdateError error;
        release.manifest.version = 4; // pack.json says 3
        QVERIFY(!PackStore::parse(release.manifest, release.files, &error));
        QCOMPARE(error.code, UpdateError::Code::InvalidPack);
        release.manifest.version = 3;
        release.files.insert(QStringLiteral("ages.json"), release.files.value(QStringLiteral("ages.json")) + ' ');
        QVERIFY(!PackStore::parse(release.manifest, release.files, &error));
        QCOMPARE(error.code, UpdateError::Code::HashMismatch);
    }
};

HARBOR_TEST_MAIN(TestPackStore)
#include "tst_packstore.moc"
