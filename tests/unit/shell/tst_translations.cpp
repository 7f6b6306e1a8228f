// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "safety/PhoneNumber.h"
#include "safety/Region.h"
#include "shell/Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <functional>

using harbor::shell::Translations;

// Calls back when the application hears of a language change, as every
// controller does.
class LanguageChangeSpy : public QObject
{
public:
    explicit LanguageChangeSpy(std::function<void()> onChange)
        : m_onChange(std::move(onChange))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
            m_onChange();
        }
        return false;
    }

private:
    std::function<void()> m_onChange;
};

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
        QCOMPARE(harbor::safety::defaultRegion().hotline.name,
            QStringLiteral("Childhelp: orientación, y la línea de su estado para denunciar"));

        QCOMPARE(translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(harbor::safety::PhoneNumber::errorMessage(harbor::safety::PhoneNumber::Error::Empty), english);
    }

    // Spanish is first-class: every message translated, same placeholders.
    void localeFor_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Spanish on an American system") << "es"
                                                       << "en_US"
                                                       << "es_US";
        QTest::newRow("English on a British system keeps it") << "en"
                                                              << "en_GB"
                                                              << "en_GB";
        QTest::newRow("English on a Spanish-speaking American system") << "en"
                                                                       << "es_US"
                                                                       << "en_US";
        QTest::newRow("Spanish on a Spanish system keeps it") << "es"
                                                              << "es_ES"
                                                              << "es_ES";
    }

    void localeFor()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::localeFor(language, QLocale(system)).name(), expected);
    }

    void theChosenLanguageFormatsDatesBeforeAnyoneHearsOfTheChange()
    {
        Translations translations;
        const QDate date(2026, 3, 5);
        QString seenOnChange;
        LanguageChangeSpy spy([&] { seenOnChange = QLocale().toString(date, QStringLiteral("MMMM")); });
        translations.apply(QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(seenOnChange, QStringLiteral("marzo"));
        translations.apply(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(seenOnChange, QStringLiteral("March"));
    }

    void spanishFileIsComplete()
    {
        QFile file(QStringLiteral(HARBOR_TS_DIR "/harbor_es.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(QStringLiteral("%[0-9n]"));
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                ++messages;
                QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(type, source)));
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(source));
                QStringList expected;
                QStringList found;
                for (const auto &m : placeholder.globalMatch(source)) {
                    expected << m.captured();
                }
                for (const auto &m : placeholder.globalMatch(translation)) {
                    found << m.captured();
                }
                expected.removeDuplicates();
                found.removeDuplicates();
                expected.sort();
                found.sort();
                QVERIFY2(expected == found, qPrintable(source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 0);
    }
};

HARBOR_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
