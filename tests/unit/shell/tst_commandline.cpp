// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "shell/CommandLine.h"

#include <QRegularExpression>

using harbor::shell::CommandLine;
using Mode = CommandLine::Mode;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QString>("dataDir");
        QTest::addColumn<QString>("screenshot");
        QTest::addColumn<QSize>("size");

        const QString none;
        QTest::newRow("nothing") << QStringList {} << Mode::Run << none << none << QSize();
        QTest::newRow("version") << QStringList { QStringLiteral("--version") } << Mode::Version << none << none
                                 << QSize();
        QTest::newRow("short version") << QStringList { QStringLiteral("-v") } << Mode::Version << none << none
                                       << QSize();
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << Mode::Help << none << none << QSize();
        QTest::newRow("self-test") << QStringList { QStringLiteral("--self-test") } << Mode::SelfTest << none << none
                                   << QSize();
        QTest::newRow("screenshot") << QStringList { QStringLiteral("--screenshot"), QStringLiteral("a.png") }
                                    << Mode::Screenshot << none << QStringLiteral("a.png") << QSize();
        QTest::newRow("screenshot with size") << QStringList { QStringLiteral("--screenshot"), QStringLiteral("a.png"),
            QStringLiteral("--size"), QStringLiteral("360x740") }
                                              << Mode::Screenshot << none << QStringLiteral("a.png") << QSize(360, 740);
        QTest::newRow("equals form") << QStringList { QStringLiteral("--screenshot=b.png"),
            QStringLiteral("--size=1280x800") }
                                     << Mode::Screenshot << none << QStringLiteral("b.png") << QSize(1280, 800);
        QTest::newRow("data dir") << QStringList { QStringLiteral("--data-dir"), QStringLiteral("/tmp/h") } << Mode::Run
                                  << QStringLiteral("/tmp/h") << none << QSize();
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << Mode::UsageError << none
                                        << none << QSize();
        QTest::newRow("stray argument") << QStringList { QStringLiteral("file.txt") } << Mode::UsageError << none
                                        << none << QSize();
        QTest::newRow("missing value") << QStringList { QStringLiteral("--screenshot") } << Mode::UsageError << none
                                       << none << QSize();
        QTest::newRow("bad size") << QStringList { QStringLiteral("--size"), QStringLiteral("big") } << Mode::UsageError
                                  << none << none << QSize();
        QTest::newRow("tiny size") << QStringList { QStringLiteral("--size"), QStringLiteral("10x10") }
                                   << Mode::UsageError << none << none << QSize();
        QTest::newRow("huge size") << QStringList { QStringLiteral("--size"), QStringLiteral("99999x800") }
                                   << Mode::UsageError << none << none << QSize();
        QTest::newRow("unknown page") << QStringList { QStringLiteral("--page"), QStringLiteral("diary") }
                                      << Mode::UsageError << none << none << QSize();
        QTest::newRow("two modes") << QStringList { QStringLiteral("--version"), QStringLiteral("--self-test") }
                                   << Mode::UsageError << none << none << QSize();
    }
    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Mode, mode);
        QFETCH(QString, dataDir);
        QFETCH(QString, screenshot);
        QFETCH(QSize, size);

        arguments.prepend(QStringLiteral("harbor"));
        const CommandLine cli = CommandLine::parse(arguments);
        QCOMPARE(cli.mode, mode);
        QCOMPARE(cli.dataDir, dataDir);
        QCOMPARE(cli.screenshotPath, screenshot);
        QCOMPARE(cli.windowSize, size);
        QCOMPARE(cli.error.isEmpty(), mode != Mode::UsageError);
    }

    void page_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("index");
        QTest::newRow("guides") << QStringLiteral("guides") << 0;
        QTest::newRow("journal") << QStringLiteral("journal") << 1;
        QTest::newRow("resources") << QStringLiteral("resources") << 2;
        QTest::newRow("settings") << QStringLiteral("settings") << 3;
    }
    void page()
    {
        QFETCH(QString, name);
        QFETCH(int, index);
        const CommandLine cli = CommandLine::parse({ QStringLiteral("harbor"), QStringLiteral("--page"), name });
        QCOMPARE(cli.mode, Mode::Run);
        QCOMPARE(cli.page, index);
        QCOMPARE(CommandLine::parse({ QStringLiteral("harbor") }).page, 0);
    }

    // Qt's own options go to Qt (QGuiApplication reads them from argv);
    // Harbor neither refuses them nor reads them as its own.
    void qtOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<QStringList>("qtOptions");

        const auto list = [](std::initializer_list<const char *> items) {
            QStringList result;
            for (const char *item : items) {
                result << QString::fromLatin1(item);
            }
            return result;
        };
        QTest::newRow("platform") << list({ "-platform", "offscreen" }) << Mode::Run
                                  << list({ "-platform", "offscreen" });
        QTest::newRow("two dashes") << list({ "--platform", "offscreen" }) << Mode::Run
                                    << list({ "--platform", "offscreen" });
        QTest::newRow("reverse") << list({ "-reverse" }) << Mode::Run << list({ "-reverse" });
        QTest::newRow("style") << list({ "-style", "Fusion" }) << Mode::Run << list({ "-style", "Fusion" });
        QTest::newRow("style equals") << list({ "-style=Fusion" }) << Mode::Run << list({ "-style=Fusion" });
        QTest::newRow("with a mode") << list({ "-platform", "offscreen", "--self-test", "-reverse" }) << Mode::SelfTest
                                     << list({ "-platform", "offscreen", "-reverse" });
        QTest::newRow("with Harbor's values")
            << list({ "--data-dir", "/tmp/h", "-qwindowtitle", "Harbor test", "--page", "journal" }) << Mode::Run
            << list({ "-qwindowtitle", "Harbor test" });
        // Failure paths: a Qt option without its value, a look-alike, and
        // Qt option names after "--" (positional, so refused).
        QTest::newRow("platform without value") << list({ "-platform" }) << Mode::UsageError << QStringList {};
        QTest::newRow("look-alike") << list({ "-platforms", "offscreen" }) << Mode::UsageError << QStringList {};
        QTest::newRow("after double dash") << list({ "--", "-reverse" }) << Mode::UsageError << QStringList {};
        QTest::newRow("unknown single dash") << list({ "-frobnicate" }) << Mode::UsageError << QStringList {};
    }
    void qtOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Mode, mode);
        QFETCH(QStringList, qtOptions);

        arguments.prepend(QStringLiteral("harbor"));
        const CommandLine cli = CommandLine::parse(arguments);
        QCOMPARE(cli.mode, mode);
        if (mode != Mode::UsageError) {
            QCOMPARE(cli.qtOptions, qtOptions);
        }
    }

    void helpAndManPageShareOptions()
    {
        const QString usage = CommandLine::usage();
        const QString page = CommandLine::manPage(QStringLiteral("1.2.3"), QStringLiteral("2026-11-29"));
        QVERIFY(page.startsWith(QStringLiteral(".\\\"")));
        QVERIFY(page.contains(QStringLiteral(".TH HARBOR 1 \"2026-11-29\" \"Harbor 1.2.3\"")));
        // Every long option of --help is in the page, its dashes escaped.
        static const QRegularExpression longOption(QStringLiteral("--([a-z][a-z-]+)"));
        int seen = 0;
        for (const auto &match : longOption.globalMatch(usage)) {
            QString escaped = match.captured(1);
            escaped.replace(QLatin1Char('-'), QStringLiteral("\\-"));
            QVERIFY2(page.contains(QStringLiteral("\\fB\\-\\-") + escaped), qPrintable(match.captured(1)));
            ++seen;
        }
        QVERIFY(seen >= 9);
        for (const char *qtOption : { "platform", "reverse", "style" }) {
            QVERIFY2(usage.contains(QStringLiteral("-%1").arg(QLatin1String(qtOption))), qtOption);
            QVERIFY2(page.contains(QStringLiteral("\\fB\\-%1\\fR").arg(QLatin1String(qtOption))), qtOption);
        }
        // No unescaped hyphen-minus (roff would print a hyphen, and a typed
        // option would not work), except in the comment and the date.
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral(".\\\"")) || line.startsWith(QStringLiteral(".TH "))) {
                continue;
            }
            QString withoutEscapes = line;
            withoutEscapes.remove(QStringLiteral("\\-"));
            QVERIFY2(!withoutEscapes.contains(QLatin1Char('-')), qPrintable(line));
        }
    }

    void usageNamesEveryOption()
    {
        const QString usage = CommandLine::usage();
        for (const char *option : { "--version", "--self-test", "--screenshot", "--size", "--data-dir", "--help" }) {
            QVERIFY2(usage.contains(QLatin1String(option)), option);
        }
        QCOMPARE(CommandLine::exitCodeForUsageError(), 2);
    }
};

HARBOR_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
