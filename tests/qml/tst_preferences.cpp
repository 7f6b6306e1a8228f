// SPDX-License-Identifier: GPL-3.0-or-later
// The appearance and language choices without QML: saved, announced, the
// translation installed, and a choice Harbor does not offer refused in words.
#include "Preferences.h"
#include "TestMain.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::ui::Preferences;

namespace {

struct Prefs
{
    QTemporaryDir dir;
    harbor::shell::AppSettings settings { dir.path() };
    harbor::shell::Translations translations;
    Preferences preferences { settings, translations };
};

// A string the Spanish translation has (the content library's fallback phrase).
QString sample()
{
    return QCoreApplication::translate("ContentLibrary", "your state's child abuse and neglect reporting line");
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnknownThemeIsRefused()
    {
        Prefs p;
        QSignalSpy theme(&p.preferences, &Preferences::themeChanged);
        QSignalSpy status(&p.preferences, &Preferences::statusChanged);
        p.preferences.setTheme(QStringLiteral("sepia"));
        QCOMPARE(p.preferences.theme(), QStringLiteral("system"));
        QCOMPARE(theme.count(), 0);
        QCOMPARE(status.count(), 1);
        QVERIFY(p.preferences.status().failed());
        QCOMPARE(p.preferences.status().errorField, QStringLiteral("theme"));
        QVERIFY(p.preferences.status().error.contains(QStringLiteral("sepia")));
        // A good choice clears it.
        p.preferences.setTheme(QStringLiteral("dark"));
        QVERIFY(!p.preferences.status().failed());
        QCOMPARE(status.count(), 2);
    }

    void anUnknownLanguageIsRefused()
    {
        Prefs p;
        QSignalSpy language(&p.preferences, &Preferences::languageChanged);
        p.preferences.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(p.preferences.language(), QStringLiteral("system"));
        QCOMPARE(language.count(), 0);
        QVERIFY(p.preferences.status().failed());
        QCOMPARE(p.preferences.status().errorField, QStringLiteral("language"));
    }

    void aThemeIsSavedAndAnnounced_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void aThemeIsSavedAndAnnounced()
    {
        QFETCH(QString, theme);
        Prefs p;
        QSignalSpy changed(&p.preferences, &Preferences::themeChanged);
        p.preferences.setTheme(theme);
        QCOMPARE(p.preferences.theme(), theme);
        QCOMPARE(changed.count(), 1);
        p.preferences.setTheme(theme); // the same again: nothing to announce
        QCOMPARE(changed.count(), 1);
        QVERIFY(!p.preferences.status().failed());
        // Harbor starts with it next time.
        const harbor::shell::AppSettings reopened(p.dir.path());
        QCOMPARE(reopened.theme(), theme);
    }

    void aLanguageIsInstalledSavedAndAnnounced()
    {
        Prefs p;
        p.translations.apply(QStringLiteral("en"));
        const QString english = sample();
        QSignalSpy changed(&p.preferences, &Preferences::languageChanged);

        p.preferences.setLanguage(QStringLiteral("es"));
        QCOMPARE(p.preferences.language(), QStringLiteral("es"));
        QCOMPARE(p.preferences.effectiveLanguage(), QStringLiteral("es"));
        QVERIFY(changed.count() >= 1);
        QVERIFY2(sample() != english, qPrintable(sample())); // the Spanish words are in use
        QVERIFY(!p.preferences.status().failed());
        QCOMPARE(harbor::shell::AppSettings(p.dir.path()).language(), QStringLiteral("es"));

        p.preferences.setLanguage(QStringLiteral("en"));
        QCOMPARE(p.preferences.effectiveLanguage(), QStringLiteral("en"));
        QCOMPARE(sample(), english);
    }

    void aLanguageChangeElsewhereIsHeard()
    {
        // Whoever installs a translation, effectiveLanguage's readers hear it.
        Prefs p;
        p.translations.apply(QStringLiteral("en"));
        QSignalSpy changed(&p.preferences, &Preferences::languageChanged);
        p.translations.apply(QStringLiteral("es"));
        QTRY_VERIFY(changed.count() >= 1);
        QCOMPARE(p.preferences.effectiveLanguage(), QStringLiteral("es"));
        p.translations.apply(QStringLiteral("en"));
    }
};

HARBOR_TEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
