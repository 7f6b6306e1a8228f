// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "shell/Translations.h"
#include "vault/PassphraseStrength.h"

using harbor::vault::PassphraseStrength;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;

private Q_SLOTS:
    // English plural forms ("1 hour", "10 minutes") come from harbor_en.ts.
    void initTestCase() { QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en")); }

    void weakPassphrasesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("empty") << QString();
        QTest::newRow("password") << QStringLiteral("password");
        QTest::newRow("digits") << QStringLiteral("12345678");
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop");
        QTest::newRow("app name") << QStringLiteral("harbor2024");
        QTest::newRow("short") << QStringLiteral("Tr0ub4");
    }
    void weakPassphrasesAreRefusedWithAReason()
    {
        QFETCH(QString, passphrase);
        const auto strength = PassphraseStrength::evaluate(passphrase);
        QVERIFY2(!strength.acceptable, qPrintable(QString::number(strength.bits)));
        QVERIFY(strength.bits < PassphraseStrength::kMinimumBits);
        QVERIFY(!strength.advice.isEmpty());
        QVERIFY(!strength.verdict.isEmpty());
        QVERIFY(strength.score <= 2);
    }

    void strongPassphrasesAreAccepted_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("five words") << QStringLiteral("lantern orbit velvet cactus thunder");
        QTest::newRow("spanish words") << QStringLiteral("montaña reloj girasol pescado nube");
        QTest::newRow("mixed") << QStringLiteral("7 purple Giraffes sang at Dawn!");
    }
    void strongPassphrasesAreAccepted()
    {
        QFETCH(QString, passphrase);
        const auto strength = PassphraseStrength::evaluate(passphrase);
        QVERIFY2(strength.acceptable, qPrintable(QString::number(strength.bits)));
        QVERIFY(strength.score >= 3);
        QVERIFY(strength.advice.isEmpty());
        QVERIFY2(strength.timeToGuess.contains(QStringLiteral("year")), qPrintable(strength.timeToGuess));
    }

    void longerIsStronger()
    {
        const double two = PassphraseStrength::evaluate(QStringLiteral("lantern orbit")).bits;
        const double four = PassphraseStrength::evaluate(QStringLiteral("lantern orbit velvet cactus")).bits;
        QVERIFY(four > two);
    }

    void timeToGuessReadsNaturally_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("instant") << 5.0 << QStringLiteral("could be guessed in under a minute");
        QTest::newRow("minutes") << 600.0 << QStringLiteral("would take about 10 minutes to guess");
        QTest::newRow("one hour") << 3600.0 << QStringLiteral("would take about 1 hour to guess");
        QTest::newRow("days") << 3.0 * 86400 << QStringLiteral("would take about 3 days to guess");
        QTest::newRow("years") << 50.0 * 365.25 * 86400 << QStringLiteral("would take about 50 years to guess");
        QTest::newRow("forever") << 1e15 << QStringLiteral("would take more than a thousand years to guess");
    }
    void timeToGuessReadsNaturally()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(PassphraseStrength::describeSeconds(seconds), text);
    }
};

HARBOR_TEST_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
