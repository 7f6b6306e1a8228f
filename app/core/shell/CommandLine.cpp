// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace harbor::shell {

namespace {

constexpr int kMinWindowSide = 200;
constexpr int kMaxWindowSide = 8192;

struct Options
{
    QCommandLineOption version { QStringList { QStringLiteral("v"), QStringLiteral("version") },
        QStringLiteral("Print the version and exit.") };
    QCommandLineOption help { QStringList { QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Print this help and exit.") };
    QCommandLineOption selfTest { QStringLiteral("self-test"),
        QStringLiteral("Load the whole UI offscreen; exit non-zero on any QML warning.") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to the PNG file FILE and exit."), QStringLiteral("FILE") };
    QCommandLineOption size { QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 360x740."),
        QStringLiteral("WxH") };
    QCommandLineOption page { QStringLiteral("page"),
        QStringLiteral("Open on PAGE: guides, journal, resources or settings."), QStringLiteral("PAGE") };
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        QStringLiteral("Keep every file Harbor writes under DIR (also HARBOR_DATA_DIR)."), QStringLiteral("DIR") };
    QCommandLineOption reportFirstFrame { QStringLiteral("report-first-frame"),
        QStringLiteral("Print a line when the first frame is shown (benchmarks).") };
    QCommandLineOption lockProbe { QStringLiteral("lock-probe"),
        QStringLiteral("Tests only, with --data-dir: write marked entries, lock, and search this process's memory "
                       "for them.") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ version, help, selfTest, screenshot, size, page, dataDir, reportFirstFrame, lockProbe });
    }
};

QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,5})x([0-9]{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < kMinWindowSide || height < kMinWindowSide || width > kMaxWindowSide || height > kMaxWindowSide) {
        return {};
    }
    return { width, height };
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Options options;
    options.addTo(parser);

    auto usageError = [&result](const QString &message) {
        result.mode = Mode::UsageError;
        result.error = message;
        return result;
    };

    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }

    result.dataDir = parser.value(options.dataDir);
    result.reportFirstFrame = parser.isSet(options.reportFirstFrame);

    if (parser.isSet(options.size)) {
        result.windowSize = parseSize(parser.value(options.size));
        if (!result.windowSize.isValid()) {
            return usageError(QStringLiteral("--size wants WIDTHxHEIGHT between %1 and %2 pixels, e.g. 360x740")
                                  .arg(kMinWindowSide)
                                  .arg(kMaxWindowSide));
        }
    }

    if (parser.isSet(options.page)) {
        static const QStringList pages = { QStringLiteral("guides"), QStringLiteral("journal"),
            QStringLiteral("resources"), QStringLiteral("settings") };
        result.page = static_cast<int>(pages.indexOf(parser.value(options.page)));
        if (result.page < 0) {
            return usageError(QStringLiteral("--page wants one of: %1").arg(pages.join(QStringLiteral(", "))));
        }
    }

    const int modes = int(parser.isSet(options.version)) + int(parser.isSet(options.help))
        + int(parser.isSet(options.selfTest)) + int(parser.isSet(options.screenshot))
        + int(parser.isSet(options.lockProbe));
    if (modes > 1) {
        return usageError(
            QStringLiteral("--version, --help, --self-test, --screenshot and --lock-probe exclude each other"));
    }
    if (parser.isSet(options.lockProbe)) {
        if (result.dataDir.isEmpty()) {
            return usageError(QStringLiteral("--lock-probe needs --data-dir with an empty folder"));
        }
        result.mode = Mode::LockProbe;
        return result;
    }
    if (parser.isSet(options.version)) {
        result.mode = Mode::Version;
    } else if (parser.isSet(options.help)) {
        result.mode = Mode::Help;
    } else if (parser.isSet(options.selfTest)) {
        result.mode = Mode::SelfTest;
    } else if (parser.isSet(options.screenshot)) {
        result.mode = Mode::Screenshot;
        result.screenshotPath = parser.value(options.screenshot);
        if (result.screenshotPath.isEmpty()) {
            return usageError(QStringLiteral("--screenshot needs a file name"));
        }
    }
    return result;
}

QString CommandLine::usage()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Harbor: help for parents and caretakers keeping a child safe online."));
    Options().addTo(parser);
    return parser.helpText();
}

} // namespace harbor::shell
