// SPDX-License-Identifier: GPL-3.0-or-later
// The appearance, language and text size choices without QML: saved,
// announced, the translation installed, and a choice Harbor does not offer
// refused in words.
#include "Preferences.h"
#include "TestMain.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

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

    void anUnofferedTextSizeIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("between") << 1.3 << QStringLiteral("130");
        QTest::newRow("above 200 %") << 2.5 << QStringLiteral("250");
        QTest::newRow("below 100 %") << 0.75 << QStringLiteral("75");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative") << -1.0 << QStringLiteral("-100");
        QTest::newRow("not a number") << std::numeric_limits<qreal>::quiet_NaN() << QString();
    }
    void anUnofferedTextSizeIsRefusedAndNothingStored()
    {
        QFETCH(qreal, scale);
        QFETCH(QString, shown);
        Prefs p;
        QSignalSpy changed(&p.preferences, &Preferences::textScaleChanged);
        QSignalSpy status(&p.preferences, &Preferences::statusChanged);
        p.preferences.setTextScale(scale);
        QCOMPARE(p.preferences.textScale(), 1.0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(status.count(), 1);
        QVERIFY(p.preferences.status().failed());
        QCOMPARE(p.preferences.status().errorField, QStringLiteral("textScale"));
        QVERIFY2(p.preferences.status().error.contains(shown), qPrintable(p.preferences.status().error));
        // Nothing reached the file.
        p.settings.sync();
        QVERIFY(!QSettings(p.settings.fileName(), QSettings::IniFormat).contains(QStringLiteral("ui/text_scale")));
        // An offered size clears the problem.
        p.preferences.setTextScale(1.5);
        QVERIFY(!p.preferences.status().failed());
    }

    void aDamagedTextSizeReadsAsTheSystemSize_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("not offered") << QStringLiteral("1.3");
        QTest::newRow("huge") << QStringLiteral("40");
        QTest::newRow("words") << QStringLiteral("large");
    }
    void aDamagedTextSizeReadsAsTheSystemSize()
    {
        QFETCH(QString, stored);
        QTemporaryDir dir;
        {
            QFile file(dir.filePath(QStringLiteral("settings.ini")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\ntext_scale=" + stored.toUtf8() + "\n");
        }
        harbor::shell::AppSettings settings(dir.path());
        harbor::shell::Translations translations;
        const Preferences preferences(settings, translations);
        QCOMPARE(preferences.textScale(), 1.0);
    }

    void theOfferedTextSizesGoUpTo200Percent()
    {
        const QList<qreal> scales = Preferences::textScales();
        QCOMPARE(scales.first(), 1.0);
        QCOMPARE(scales.last(), 2.0);
        QVERIFY(std::is_sorted(scales.cbegin(), scales.cend()));
    }

    void aTextSizeIsSavedAndAnnounced_data()
    {
        QTest::addColumn<qreal>("scale");
        for (const qreal scale : Preferences::textScales()) {
            if (scale != 1.0) {
                QTest::addRow("%d %%", qRound(scale * 100)) << scale;
            }
        }
    }
    void aTextSizeIsSavedAndAnnounced()
    {
        QFETCH(qreal, scale);
        Prefs p;
        QCOMPARE(p.preferences.textScale(), 1.0); // as the system until chosen
        QSignalSpy changed(&p.preferences, &Preferences::textScaleChanged);
        p.preferences.setTextScale(scale);
        QCOMPARE(p.preferences.textScale(), scale);
        QCOMPARE(changed.count(), 1);
        p.preferences.setTextScale(scale); // the same again: nothing to announce
        QCOMPARE(changed.count(), 1);
        QVERIFY(!p.preferences.status().failed());
        // Harbor starts with it next time, from the file on disk.
        p.settings.sync();
        QFile file(p.settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("text_scale="));
        harbor::shell::AppSettings reopened(p.dir.path());
        harbor::shell::Translations translations;
        const Preferences next(reopened, translations);
        QCOMPARE(next.textScale(), scale);
        // And back to the system's size.
        p.preferences.setTextScale(1.0);
        QCOMPARE(p.preferences.textScale(), 1.0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(Preferences(reopened, translations).textScale(), 1.0);
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
