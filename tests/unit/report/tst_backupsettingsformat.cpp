// SPDX-License-Identifier: GPL-3.0-or-later
// The settings a backup carries: malformed and hostile objects first (a
// backup comes from outside), then the round trip.
#include "TestMain.h"
#include "report/BackupSettingsFormat.h"
#include "shell/AppSettings.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using harbor::report::BackupSettingsFormat;
using harbor::shell::AppSettings;
using Consent = AppSettings::UpdatesConsent;

namespace {

// Settings someone chose, to see which of them a bad backup disturbs.
void choose(AppSettings &settings)
{
    settings.setRegion(QStringLiteral("colorado"));
    settings.setLanguage(QStringLiteral("es"));
    settings.setTheme(QStringLiteral("dark"));
    settings.setIdleMinutes(10);
    settings.setBackgroundGraceSeconds(300);
    settings.setUpdatesConsent(Consent::Off);
}

// JSON written with single quotes, to keep the rows readable.
QJsonObject parsed(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace('\'', '"')).object();
}

} // namespace

class TestBackupSettingsFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongTypesChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("stored");
        QTest::newRow("empty object") << QJsonObject();
        QTest::newRow("numbers as strings") << parsed("{'idle_minutes': 'abc', 'background_grace_seconds': '60'}");
        QTest::newRow("strings as numbers") << parsed("{'region': 42, 'language': 1, 'theme': true}");
        QTest::newRow("nulls") << parsed(
            "{'region': null, 'language': null, 'theme': null, 'idle_minutes': null, 'updates_consent': null}");
        QTest::newRow("arrays and objects") << parsed("{'region': ['colorado'], 'idle_minutes': {'value': 5}}");
        QTest::newRow("fractions") << parsed("{'idle_minutes': 2.5, 'background_grace_seconds': 0.1}");
        QTest::newRow("beyond int") << parsed("{'idle_minutes': 1e300, 'background_grace_seconds': -1e300}");
        QTest::newRow("unknown choices") << parsed(
            "{'language': 'klingon', 'theme': 'neon', 'updates_consent': 'always'}");
        // Backups from before the consent question: nobody chose "on".
        QTest::newRow("old updates flag") << parsed("{'updates_enabled': true}");
        QTest::newRow("consent as bool") << parsed("{'updates_consent': true}");
    }
    void wrongTypesChangeNothing()
    {
        QFETCH(QJsonObject, stored);
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        choose(settings);
        BackupSettingsFormat::apply(stored, settings);
        QCOMPARE(settings.region(), QStringLiteral("colorado"));
        QCOMPARE(settings.language(), QStringLiteral("es"));
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.idleMinutes(), 10);
        QCOMPARE(settings.backgroundGraceSeconds(), 300);
        QCOMPARE(settings.updatesConsent(), Consent::Off);
    }

    void outOfRangeNumbersAreClamped()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        BackupSettingsFormat::apply(parsed("{'idle_minutes': 100000, 'background_grace_seconds': 999999}"), settings);
        QCOMPARE(settings.idleMinutes(), 60);
        QCOMPARE(settings.backgroundGraceSeconds(), 3600);
        BackupSettingsFormat::apply(parsed("{'idle_minutes': -5, 'background_grace_seconds': -50}"), settings);
        QCOMPARE(settings.idleMinutes(), 1);
        QCOMPARE(settings.backgroundGraceSeconds(), -1);
    }

    void aMalformedRegionIsNotShown()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        BackupSettingsFormat::apply(parsed("{'region': '../../etc'}"), settings);
        QCOMPARE(settings.region(), QString()); // asked again, never a path
    }

    void theUpdateServerIsNeverTakenFromABackup()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        BackupSettingsFormat::apply(parsed("{'update_url': 'https://evil.example/'}"), settings);
        QCOMPARE(settings.updateUrl(), AppSettings::defaultUpdateUrl());
    }

    void whatIsWrittenIsWhatIsRestored()
    {
        QTemporaryDir from;
        AppSettings source(from.path());
        choose(source);
        source.setUpdatesConsent(Consent::Daily);
        const QJsonObject stored = BackupSettingsFormat::write(source);
        QCOMPARE(stored.value(QStringLiteral("updates_consent")).toString(), QStringLiteral("daily"));
        QVERIFY(!stored.contains(QStringLiteral("update_url"))); // the default is not written

        QTemporaryDir to;
        AppSettings target(to.path());
        BackupSettingsFormat::apply(stored, target);
        QCOMPARE(target.region(), QStringLiteral("colorado"));
        QCOMPARE(target.language(), QStringLiteral("es"));
        QCOMPARE(target.theme(), QStringLiteral("dark"));
        QCOMPARE(target.idleMinutes(), 10);
        QCOMPARE(target.backgroundGraceSeconds(), 300);
        QCOMPARE(target.updatesConsent(), Consent::Daily);
    }

    // The keys are the backup's format: renaming one breaks old backups.
    void theKeysAreStable()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        choose(settings);
        settings.setUpdateUrl(QStringLiteral("https://mirror.example/harbor/"));
        const QJsonObject stored = BackupSettingsFormat::write(settings);
        QStringList keys = stored.keys();
        keys.sort();
        QCOMPARE(keys,
            QStringList({ QStringLiteral("background_grace_seconds"), QStringLiteral("idle_minutes"),
                QStringLiteral("language"), QStringLiteral("region"), QStringLiteral("theme"),
                QStringLiteral("update_url"), QStringLiteral("updates_consent") }));
        QCOMPARE(stored.value(QStringLiteral("updates_consent")).toString(), QStringLiteral("off"));
        QCOMPARE(stored.value(QStringLiteral("idle_minutes")).toInt(), 10);
    }

    void aNotChosenConsentIsNotWritten()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QVERIFY(!BackupSettingsFormat::write(settings).contains(QStringLiteral("updates_consent")));
    }
};

HARBOR_TEST_MAIN(TestBackupSettingsFormat)
#include "tst_backupsettingsformat.moc"
