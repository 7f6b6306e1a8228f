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
        QVERIFY(!KdfParams({ 3, std::uint64_t { 19 } * 1024 * 1024 }).isAtLeastFloor());
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
        QTest::addColumn<int>("fixedMs");
        QTest::addColumn<int>("perPassMs");
        QTest::addColumn<quint64>("expectedOps");
        QTest::addColumn<int>("expectedMeasurements");
        QTest::newRow("slow device stays at the floor") << 300 << 200 << quint64(3) << 1;
        QTest::newRow("pass cost only") << 0 << 50 << quint64(15) << 2;
        QTest::newRow("fixed cost counted") << 100 << 25 << quint64(26) << 2;
        QTest::newRow("very fast device is capped") << 0 << 1 << quint64(64) << 2;
        QTest::newRow("unmeasurably fast") << 0 << 0 << quint64(64) << 2;
    }
    void calibration()
    {
        QFETCH(int, fixedMs);
        QFETCH(int, perPassMs);
        QFETCH(quint64, expectedOps);
        QFETCH(int, expectedMeasurements);
        int calls = 0;
        const KdfParams params = Kdf::calibrate(750ms, [&](const KdfParams &measured) {
            ++calls;
            return std::chrono::milliseconds(fixedMs + perPassMs * static_cast<int>(measured.opsLimit));
        });
        QCOMPARE(params.opsLimit, expectedOps);
        QCOMPARE(params.memLimitBytes, KdfParams::kMinMemBytes);
        QVERIFY(params.isAtLeastFloor());
        QCOMPARE(calls, expectedMeasurements);
    }
};

HARBOR_TEST_MAIN(TestKdf)
#include "tst_kdf.moc"
