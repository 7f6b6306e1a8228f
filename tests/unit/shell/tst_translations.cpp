// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "safety/PhoneNumber.h"
#include "safety/Region.h"
#include "shell/Translations.h"

using harbor::shell::Translations;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit es") << QStringLiteral("es") << QStringLiteral("en_US") << QStringLiteral("es");
        QTest::newRow("explicit en") << QStringLiteral("en") << QStringLiteral("es_MX") << QStringLiteral("en");
        QTest::newRow("system es") << QStringLiteral("system") << QStringLiteral("es_MX") << QStringLiteral("es");
        QTest::newRow("system en") << QStringLiteral("system") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("system other") << QStringLiteral("system") << QStringLiteral("de_DE") << QStringLiteral("en");
        QTest::newRow("unknown choice") << QStringLiteral("xx") << QStringLiteral("es_ES") << QStringLiteral("es");
    }
    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QString, systemLocale);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolve(choice, QLocale(systemLocale)), expected);
    }

    void spanishIsBuiltInAndSwitchesAtRuntime()
    {
        const QString english = harbor::safety::PhoneNumber::errorMessage(harbor::safety::PhoneNumber::Error::Empty);
        Translations translations;
        QCOMPARE(translations.apply(QStringLiteral("es")), QStringLiteral("es"));
        const QString spanish = harbor::safety::PhoneNumber::errorMessage(harbor::safety::PhoneNumber::Error::Empty);
        QVERIFY2(spanish != english, qPrintable(spanish));
        QCOMPARE(harbor::safety::defaultRegion().hotline.hours, QStringLiteral("24 horas, todos los días"));

        QCOMPARE(translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(harbor::safety::PhoneNumber::errorMessage(harbor::safety::PhoneNumber::Error::Empty), english);
    }
};

HARBOR_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
