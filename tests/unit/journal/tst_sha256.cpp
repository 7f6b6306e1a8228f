// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "journal/Sha256.h"

#include <QCryptographicHash>

#include <algorithm>

using harbor::journal::Sha256;

// The journal's chain and the backups rest on this digest: it must be
// SHA-256 exactly, whether libcrypto or Qt computes it, in one call or in
// pieces, and a digest must start the next one afresh.
class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-2 examples.
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hash(input).toHex(), hex);
    }

    void piecesGiveTheSameDigest()
    {
        QByteArray bytes;
        for (int i = 0; i < 100000; ++i) {
            bytes.append(static_cast<char>(i * 7 + 3));
        }
        Sha256 hash;
        for (qsizetype at = 0; at < bytes.size(); at += 4093) {
            hash.addData(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(4093, bytes.size() - at)));
        }
        const QByteArray digest = hash.result();
        QCOMPARE(digest.size(), Sha256::kBytes);
        QCOMPARE(digest, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

    void aResultStartsTheNextDigestAfresh()
    {
        Sha256 hash;
        hash.addData("first");
        QCOMPARE(hash.result(), Sha256::hash("first"));
        hash.addData("abc");
        QCOMPARE(hash.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        // The shared one-call digest is not disturbed by earlier calls.
        QCOMPARE(Sha256::hash("abc"), Sha256::hash(QByteArrayLiteral("abc")));
        QVERIFY(Sha256::hash("abc") != Sha256::hash("abd"));
    }
};

HARBOR_TEST_MAIN(TestSha256)
#include "tst_sha256.moc"
