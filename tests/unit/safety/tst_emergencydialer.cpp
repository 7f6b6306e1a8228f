// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "fake/FakePlatform.h"
#include "safety/EmergencyDialer.h"

#include <QSignalSpy>

using harbor::FakePlatform;
using harbor::safety::EmergencyDialer;

class TestEmergencyDialer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedNumbersNeverReachThePlatform_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("injection") << QStringLiteral("911;ext=1");
        QTest::newRow("letters") << QStringLiteral("1-800-CALL-FBI");
        QTest::newRow("unknown short code") << QStringLiteral("411");
        QTest::newRow("too long") << QStringLiteral("12345678901234567");
        QTest::newRow("unicode digits") << QStringLiteral("\u0669\u0661\u0661");
    }
    void refusedNumbersNeverReachThePlatform()
    {
        QFETCH(QString, number);
        FakePlatform platform;
        EmergencyDialer dialer(platform);
        QSignalSpy refused(&dialer, &EmergencyDialer::refused);
        QSignalSpy handed(&dialer, &EmergencyDialer::handedToDialer);
        QVERIFY(!dialer.call(number));
        QVERIFY(platform.dialled().isEmpty());
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).at(0).toString(), number);
        QVERIFY(!refused.at(0).at(1).toString().isEmpty());
        QCOMPARE(handed.count(), 0);
    }

    void validNumbersAreHandedToTheDialer_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("digits");
        QTest::newRow("911") << QStringLiteral("911") << QStringLiteral("911");
        QTest::newRow("hotline") << QStringLiteral("844-264-5437") << QStringLiteral("8442645437");
    }
    void validNumbersAreHandedToTheDialer()
    {
        QFETCH(QString, number);
        QFETCH(QString, digits);
        FakePlatform platform;
        EmergencyDialer dialer(platform);
        QSignalSpy handed(&dialer, &EmergencyDialer::handedToDialer);
        QSignalSpy manual(&dialer, &EmergencyDialer::manualDialNeeded);
        QVERIFY(dialer.call(number));
        QCOMPARE(platform.dialled(), QStringList { digits });
        QCOMPARE(handed.count(), 1);
        QCOMPARE(handed.at(0).at(0).toString(), digits);
        QCOMPARE(manual.count(), 0);
    }

    void withoutDialerTheNumberIsShownInstead()
    {
        FakePlatform platform(FakePlatform::FormFactor::Desktop, false);
        EmergencyDialer dialer(platform);
        QSignalSpy handed(&dialer, &EmergencyDialer::handedToDialer);
        QSignalSpy manual(&dialer, &EmergencyDialer::manualDialNeeded);
        QVERIFY(dialer.call(QStringLiteral("844-264-5437")));
        QCOMPARE(handed.count(), 0);
        QCOMPARE(manual.count(), 1);
        QCOMPARE(manual.at(0).at(0).toString(), QStringLiteral("8442645437"));
    }
};

HARBOR_TEST_MAIN(TestEmergencyDialer)
#include "tst_emergencydialer.moc"
