// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "vault/RecoveryKey.h"

#include <QRegularExpression>

using harbor::vault::RecoveryKey;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("too short") << QStringLiteral("ABCD-EFGH");
        QTest::newRow("letter U") << QStringLiteral("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU");
        QTest::newRow("punctuation") << QStringLiteral("ABCD.EFGH.JKMN.PQRS.TVWX.YZ01.2345");
        QTest::newRow("too long") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0");
        QTest::newRow("emoji") << QStringLiteral("0000-0000-0000-0000-0000-0000-00\U0001F600");
    }
    void refusesMalformedText()
    {
        QFETCH(QString, text);
        QVERIFY(!RecoveryKey::parse(text).has_value());
    }

    void everySingleTypoIsCaught()
    {
        const RecoveryKey key = RecoveryKey::generate();
        const QString text = key.toString();
        int caught = 0;
        int tried = 0;
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'-') {
                continue;
            }
            QString typo = text;
            typo[i] = text.at(i) == u'7' ? u'8' : u'7';
            ++tried;
            caught += RecoveryKey::parse(typo).has_value() ? 0 : 1;
        }
        // The 10-bit checksum misses about one typo in a thousand; none here is
        // the expectation, and at most one is tolerated.
        QVERIFY2(caught >= tried - 1, qPrintable(QStringLiteral("%1 of %2").arg(caught).arg(tried)));
    }

    void formatIsSevenGroupsOfFour()
    {
        const QString text = RecoveryKey::generate().toString();
        static const QRegularExpression format(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$"));
        QVERIFY2(format.match(text).hasMatch(), qPrintable(text));
    }

    void roundTripsAndIsForgiving()
    {
        for (int i = 0; i < 50; ++i) {
            const RecoveryKey key = RecoveryKey::generate();
            const QString text = key.toString();
            const auto parsed = RecoveryKey::parse(text);
            QVERIFY(parsed.has_value());
            QVERIFY(parsed->bytes().equals(key.bytes()));
            QString sloppy = text.toLower();
            sloppy.replace(u'-', u' ');
            sloppy.replace(u'0', u'o');
            sloppy.replace(u'1', u'l');
            const auto forgiven = RecoveryKey::parse(sloppy);
            QVERIFY2(forgiven.has_value(), qPrintable(sloppy));
            QVERIFY(forgiven->bytes().equals(key.bytes()));
        }
    }

    void keysAreRandomAnd128Bits()
    {
        const RecoveryKey a = RecoveryKey::generate();
        const RecoveryKey b = RecoveryKey::generate();
        QCOMPARE(a.bytes().size(), size_t(16));
        QVERIFY(!a.bytes().equals(b.bytes()));
        QCOMPARE(a.group(0), a.toString().left(4));
        QCOMPARE(a.group(6), a.toString().right(4));
    }
};

HARBOR_TEST_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
