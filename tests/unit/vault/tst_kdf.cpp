// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "vault/Kdf.h"

using harbor::vault::Kdf;
using harbor::vault::KdfParams;
using harbor::vault::SecureBuffer;
using namespace std::chrono_literals;

class TestKdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadInput()
    {
        const SecureBuffer passphrase = SecureBuffer::copyOf(QByteArrayLiteral("correct horse"));
        QVERIFY(Kdf::derive(passphrase, QByteArray(15, 'x'), KdfParams::floor()).isEmpty());
        QVERIFY(Kdf::derive(passphrase, QByteArray(17, 'x'), KdfParams::floor()).isEmpty());
        QVERIFY(Kdf::derive(passphrase, QByteArray(16, 'x'), { 1000, KdfParams::kMinMemBytes }).isEmpty());
    }

    void floorIsSecurityMdsFloor()
    {
        QCOMPARE(KdfParams::floor().opsLimit, std::uint64_t(3));
        QCOMPARE(KdfParams::floor().memLimitBytes, std::uint64_t(64) * 1024 * 1024);
        QVERIFY(!KdfParams({ 2, KdfParams::kMinMemBytes }).isAtLeastFloor());
        QVERIFY(!KdfParams({ 3, 19 * 1024 * 1024 }).isAtLeastFloor());
    }

    void derivationIsDeterministicAndSaltDependent()
    {
        const SecureBuffer passphrase = SecureBuffer::copyOf(QByteArrayLiteral("correct horse battery staple"));
        const QByteArray salt(16, 's');
        const SecureBuffer a = Kdf::derive(passphrase, salt, KdfParams::floor());
        const SecureBuffer b = Kdf::derive(passphrase, salt, KdfParams::floor());
        const SecureBuffer c = Kdf::derive(passphrase, QByteArray(16, 't'), KdfParams::floor());
        QCOMPARE(a.size(), size_t(32));
        QVERIFY(a.equals(b));
        QVERIFY(!a.equals(c));
    }

    void calibration_data()
    {
        QTest::addColumn<int>("floorMs");
        QTest::addColumn<quint64>("expectedOps");
        QTest::newRow("slow device stays at the floor") << 900 << quint64(3);
        QTest::newRow("exactly target") << 750 << quint64(3);
        QTest::newRow("fast device scales passes") << 150 << quint64(15);
        QTest::newRow("very fast device is capped") << 1 << quint64(64);
        QTest::newRow("unmeasurably fast") << 0 << quint64(64);
    }
    void calibration()
    {
        QFETCH(int, floorMs);
        QFETCH(quint64, expectedOps);
        int calls = 0;
        const KdfParams params = Kdf::calibrate(750ms, [&](const KdfParams &measured) {
            ++calls;
            // Linear in passes, as Argon2id is.
            return std::chrono::milliseconds(floorMs * static_cast<int>(measured.opsLimit) / 3);
        });
        QCOMPARE(params.opsLimit, expectedOps);
        QCOMPARE(params.memLimitBytes, KdfParams::kMinMemBytes);
        QVERIFY(params.isAtLeastFloor());
        QCOMPARE(calls, 1);
    }
};

HARBOR_TEST_MAIN(TestKdf)
#include "tst_kdf.moc"
