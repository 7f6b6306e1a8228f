// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "shell/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>

using harbor::shell::AppSettings;

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
};

HARBOR_TEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
