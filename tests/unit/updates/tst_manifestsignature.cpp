// SPDX-License-Identifier: GPL-3.0-or-later
// The signature is checked before anything else: every malformed or
// foreign file is refused, a pinned key's signature opens it.
#include "TestMain.h"
#include "updates/ManifestSignature.h"

using harbor::updates::ManifestSignature;

class TestManifestSignature : public QObject
{
    Q_OBJECT

    QByteArray m_public;
    QByteArray m_secret;
    QByteArray m_otherPublic;
    QByteArray m_otherSecret;
    const QByteArray m_manifest = QByteArrayLiteral("{\"format\": 1}");

private Q_SLOTS:
    void initTestCase()
    {
        ManifestSignature::generateKeyPair(&m_public, &m_secret);
        ManifestSignature::generateKeyPair(&m_otherPublic, &m_otherSecret);
        QCOMPARE(m_public.size(), 32);
        QCOMPARE(m_secret.size(), 64);
        QVERIFY(m_public != m_otherPublic);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("file");
        const QByteArray good = ManifestSignature::sign(m_manifest, m_secret);
        QByteArray flippedManifest = good;
        flippedManifest[flippedManifest.size() - 2]
            = static_cast<char>(flippedManifest.at(flippedManifest.size() - 2) ^ 1);
        QByteArray flippedSignature = good;
        flippedSignature[30] = static_cast<char>(flippedSignature.at(30) ^ 1);
        QByteArray badMagic = good;
        badMagic[0] = 'X';
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("magic only") << good.left(18);
        QTest::newRow("signature, no manifest") << good.left(18 + 64);
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("flipped manifest byte") << flippedManifest;
        QTest::newRow("flipped signature byte") << flippedSignature;
        QTest::newRow("wrong magic") << badMagic;
        QTest::newRow("another key") << ManifestSignature::sign(m_manifest, m_otherSecret);
        QTest::newRow("manifest alone") << m_manifest;
        QTest::newRow("oversized") << ManifestSignature::sign(
            QByteArray(ManifestSignature::kMaxSignedBytes, ' '), m_secret);
    }

    void refused()
    {
        QFETCH(QByteArray, file);
        QVERIFY(!ManifestSignature::open(file, { m_public }));
    }

    void noKeysOpenNothing()
    {
        const QByteArray good = ManifestSignature::sign(m_manifest, m_secret);
        QVERIFY(!ManifestSignature::open(good, {}));
        QVERIFY(!ManifestSignature::open(good, { QByteArray(31, 'k') }));
    }

    void badSecretKeySignsNothing() { QVERIFY(ManifestSignature::sign(m_manifest, m_secret.left(32)).isEmpty()); }

    void eitherPinnedKeyOpens()
    {
        const QList<QByteArray> pinned { m_otherPublic, m_public };
        QCOMPARE(
            ManifestSignature::open(ManifestSignature::sign(m_manifest, m_secret), pinned).value_or(""), m_manifest);
        QCOMPARE(ManifestSignature::open(ManifestSignature::sign(m_manifest, m_otherSecret), pinned).value_or(""),
            m_manifest);
    }
};

HARBOR_TEST_MAIN(TestManifestSignature)
#include "tst_manifestsignature.moc"
