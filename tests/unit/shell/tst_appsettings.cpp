// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "shell/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>

using harbor::shell::AppSettings;
using Consent = AppSettings::UpdatesConsent;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheSystem()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QCOMPARE(settings.language(), QStringLiteral("system"));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
    }

    void choicesPersistInTheDataDirectory()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            settings.setLanguage(QStringLiteral("es"));
            settings.setTheme(QStringLiteral("dark"));
            settings.sync();
            QCOMPARE(settings.fileName(), dir.filePath(QStringLiteral("settings.ini")));
        }
        AppSettings reopened(dir.path());
        QCOMPARE(reopened.language(), QStringLiteral("es"));
        QCOMPARE(reopened.theme(), QStringLiteral("dark"));
    }

    void unknownValuesAreIgnored_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("other language") << QStringLiteral("fr");
        QTest::newRow("empty") << QString();
        QTest::newRow("injection") << QStringLiteral("es\n[ui]\ntheme=dark");
    }
    void unknownValuesAreIgnored()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        settings.setLanguage(QStringLiteral("en"));
        settings.setLanguage(value);
        settings.setTheme(value);
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
    }

    void damagedFileFallsBackToSystem()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=klingon\ntheme=\x01\x02\n");
        file.close();
        AppSettings settings(dir.path());
        QCOMPARE(settings.language(), QStringLiteral("system"));
        QCOMPARE(settings.theme(), QStringLiteral("system"));
    }

    // Going online is asked first: not chosen until the user answers, the
    // answer kept, and "not chosen" only ever means no daily check.
    void updatesConsentIsAskedAndKept()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            QCOMPARE(settings.updatesConsent(), Consent::NotChosen);
            QVERIFY(!settings.updatesEnabled());
            settings.setUpdatesConsent(Consent::Daily);
            QVERIFY(settings.updatesEnabled());
        }
        {
            AppSettings settings(dir.path());
            QCOMPARE(settings.updatesConsent(), Consent::Daily);
            settings.setUpdatesEnabled(false);
            QCOMPARE(settings.updatesConsent(), Consent::Off);
        }
        {
            AppSettings settings(dir.path());
            QCOMPARE(settings.updatesConsent(), Consent::Off);
            QVERIFY(!settings.updatesEnabled());
            settings.setUpdatesConsent(Consent::NotChosen);
        }
        AppSettings reopened(dir.path());
        QCOMPARE(reopened.updatesConsent(), Consent::NotChosen);
    }

    // A data folder from before the question existed: its user is asked,
    // whatever it said, and the server's old ETag is forgotten.
    void legacySettingsCountAsNotChosen_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("old default") << QByteArray("[updates]\nenabled=true\netag=\"install-4711\"\n");
        QTest::newRow("old switch off") << QByteArray("[updates]\nenabled=false\n");
        QTest::newRow("unknown value") << QByteArray("[updates]\nconsent=yes\netag_expires_ms=5\n");
    }

    void legacySettingsCountAsNotChosen()
    {
        QFETCH(QByteArray, ini);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        {
            AppSettings settings(dir.path());
            QCOMPARE(settings.updatesConsent(), Consent::NotChosen);
            QVERIFY(!settings.updatesEnabled());
            settings.sync();
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        QVERIFY2(!after.contains("etag") && !after.contains("install-4711"), after.constData());
    }
};

HARBOR_TEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
