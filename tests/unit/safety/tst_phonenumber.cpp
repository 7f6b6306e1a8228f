// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "safety/PhoneNumber.h"

using harbor::safety::PhoneNumber;
using Error = PhoneNumber::Error;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::newRow("911") << QStringLiteral("911") << QStringLiteral("911");
        QTest::newRow("988") << QStringLiteral("988") << QStringLiteral("988");
        QTest::newRow("hotline display") << QStringLiteral("844-264-5437") << QStringLiteral("8442645437");
        QTest::newRow("hotline digits") << QStringLiteral("8442645437") << QStringLiteral("8442645437");
        QTest::newRow("national with 1") << QStringLiteral("1-800-843-5678") << QStringLiteral("18008435678");
        QTest::newRow("parentheses and dots") << QStringLiteral("(303) 273.1884") << QStringLiteral("3032731884");
        QTest::newRow("international") << QStringLiteral("+1 844 264 5437") << QStringLiteral("+18442645437");
        QTest::newRow("surrounding spaces") << QStringLiteral("  911 ") << QStringLiteral("911");
        QTest::newRow("fifteen digits") << QStringLiteral("+123456789012345") << QStringLiteral("+123456789012345");
        QTest::newRow("seven digits") << QStringLiteral("2645437") << QStringLiteral("2645437");
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        Error error = Error::InvalidCharacter;
        const auto number = PhoneNumber::parse(input, &error);
        QVERIFY(number.has_value());
        QCOMPARE(error, Error::None);
        QCOMPARE(number->digits(), digits);
        QCOMPARE(number->telUrl().toString(), QStringLiteral("tel:") + digits);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Error>("expected");
        QTest::newRow("empty") << QString() << Error::Empty;
        QTest::newRow("blank") << QStringLiteral("   ") << Error::Empty;
        QTest::newRow("separators only") << QStringLiteral("--()") << Error::Empty;
        QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << Error::TooLong;
        QTest::newRow("plus sixteen digits") << QStringLiteral("+1234567890123456") << Error::TooLong;
        QTest::newRow("very long input") << QString(500, u'1') << Error::TooLong;
        QTest::newRow("letters") << QStringLiteral("1-800-CALL-FBI") << Error::InvalidCharacter;
        QTest::newRow("extension injection") << QStringLiteral("911;ext=1") << Error::InvalidCharacter;
        QTest::newRow("pause injection") << QStringLiteral("911,1234") << Error::InvalidCharacter;
        QTest::newRow("tel scheme") << QStringLiteral("tel:911") << Error::InvalidCharacter;
        QTest::newRow("url query") << QStringLiteral("911?x=1") << Error::InvalidCharacter;
        QTest::newRow("mmi code") << QStringLiteral("*#06#") << Error::InvalidCharacter;
        QTest::newRow("second plus") << QStringLiteral("+1+8442645437") << Error::InvalidCharacter;
        QTest::newRow("plus not first") << QStringLiteral("1+8442645437") << Error::InvalidCharacter;
        QTest::newRow("newline") << QStringLiteral("911\n112") << Error::InvalidCharacter;
        QTest::newRow("percent encoding") << QStringLiteral("911%3B") << Error::InvalidCharacter;
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0669\u0661\u0661") << Error::InvalidCharacter;
        QTest::newRow("fullwidth digits") << QStringLiteral("\uFF19\uFF11\uFF11") << Error::InvalidCharacter;
        QTest::newRow("devanagari digits") << QStringLiteral("\u096F\u0967\u0967") << Error::InvalidCharacter;
        QTest::newRow("non-breaking space") << QStringLiteral("844\u00A0264\u00A05437") << Error::InvalidCharacter;
        QTest::newRow("unicode dash") << QStringLiteral("844\u2011264\u20115437") << Error::InvalidCharacter;
        QTest::newRow("unknown short code") << QStringLiteral("123") << Error::UnknownShortCode;
        QTest::newRow("one digit") << QStringLiteral("1") << Error::UnknownShortCode;
        QTest::newRow("plus short code") << QStringLiteral("+911") << Error::UnknownShortCode;
        QTest::newRow("six digits") << QStringLiteral("264543") << Error::UnknownShortCode;
    }
    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(Error, expected);
        Error error = Error::None;
        QVERIFY(!PhoneNumber::parse(input, &error).has_value());
        QCOMPARE(error, expected);
        QVERIFY(!PhoneNumber::errorMessage(error).isEmpty());
    }

    void shortCodes()
    {
        QVERIFY(PhoneNumber::isAllowedShortCode(u"911"));
        QVERIFY(!PhoneNumber::isAllowedShortCode(u"912"));
        QVERIFY(!PhoneNumber::isAllowedShortCode(u""));
    }
};

HARBOR_TEST_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
