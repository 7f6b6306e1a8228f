// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <array>

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

struct QtOption
{
    const char *name;
    const char *valueName; // nullptr: the option takes no value
    const char *description;
};

// Qt's standard options: QGuiApplication's, its X11 spellings and Qt Quick
// Controls' -style. Qt reads them from argv with one dash or two (and
// -style=NAME), so Harbor sets them aside instead of refusing them.
constexpr std::array kQtOptions {
    QtOption { "platform", "NAME", "Qt platform plugin to use: wayland, xcb, offscreen, ..." },
    QtOption { "platformpluginpath", "PATH", "Another folder to look for Qt platform plugins in." },
    QtOption { "platformtheme", "NAME", "Qt platform theme to use." },
    QtOption { "plugin", "NAME", "Another Qt plugin to load, such as an input device." },
    QtOption { "qwindowgeometry", "GEOMETRY", "Size and place of the window, e.g. 800x600+0+0." },
    QtOption { "geometry", "GEOMETRY", "The same, X11 spelling." },
    QtOption { "qwindowicon", "ICON", "Window icon." },
    QtOption { "qwindowtitle", "TITLE", "Window title." },
    QtOption { "reverse", nullptr, "Lay the window out right to left." },
    QtOption { "session", "ID", "Session to restore (session management)." },
    QtOption { "display", "DISPLAY", "X11 display to connect to." },
    QtOption { "style", "STYLE", "Qt Quick Controls style." },
};

const QtOption *findQtOption(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('-'))) {
        return nullptr;
    }
    const QString name = argument.mid(argument.startsWith(QStringLiteral("--")) ? 2 : 1);
    for (const QtOption &option : kQtOptions) {
        if (name == QLatin1String(option.name)) {
            return &option;
        }
    }
    return nullptr;
}

// Splits Qt's options (with their values) from Harbor's. Returns false when a
// Qt option that needs a value comes last.
bool takeQtOptions(const QStringList &arguments, QStringList *harborArguments, QStringList *qtOptions, QString *error)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--")) { // what follows is positional
            *harborArguments << arguments.mid(i);
            break;
        }
        if (i == 0) {
            harborArguments->append(argument);
            continue;
        }
        if (argument.startsWith(QStringLiteral("-style=")) || argument.startsWith(QStringLiteral("--style="))) {
            qtOptions->append(argument);
            continue;
        }
        const QtOption *option = findQtOption(argument);
        if (!option) {
            harborArguments->append(argument);
            continue;
        }
        qtOptions->append(argument);
        if (option->valueName) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("Missing value after '%1'.").arg(argument);
                return false;
            }
            qtOptions->append(arguments.at(++i));
        }
    }
    return true;
}

// roff text: a backslash is an escape, a dash is a hyphen unless escaped,
// and a line starting with a dot or quote would be read as a request.
QString roff(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\e")).replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (escaped.startsWith(QLatin1Char('.')) || escaped.startsWith(QLatin1Char('\''))) {
        escaped.prepend(QStringLiteral("\\&"));
    }
    return escaped;
}

QString manOptionEntry(const QStringList &names, const QString &valueName, const QString &description, bool qtStyle)
{
    QStringList spelled;
    for (const QString &name : names) {
        const QString dashes = (name.size() == 1 || qtStyle) ? QStringLiteral("\\-") : QStringLiteral("\\-\\-");
        spelled << QStringLiteral("\\fB%1%2\\fR").arg(dashes, roff(name));
    }
    QString entry = QStringLiteral(".TP\n") + spelled.join(QStringLiteral(", "));
    if (!valueName.isEmpty()) {
        entry += QStringLiteral(" \\fI%1\\fR").arg(roff(valueName));
    }
    return entry + QLatin1Char('\n') + roff(description) + QLatin1Char('\n');
}

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

    QStringList harborArguments;
    QString qtOptionError;
    if (!takeQtOptions(arguments, &harborArguments, &result.qtOptions, &qtOptionError)) {
        return usageError(qtOptionError);
    }
    if (!parser.parse(harborArguments)) {
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
    QString text = parser.helpText();
    text += QStringLiteral("\nQt's standard options are passed to Qt:\n");
    for (const QtOption &option : kQtOptions) {
        const QString spelled = QStringLiteral("-%1%2").arg(QLatin1String(option.name),
            option.valueName ? QStringLiteral(" ") + QLatin1String(option.valueName) : QString());
        text += QStringLiteral("  %1  %2\n").arg(spelled, -28).arg(QLatin1String(option.description));
    }
    return text;
}

QString CommandLine::manPage(const QString &version, const QString &date)
{
    QString page = QStringLiteral(".\\\" Generated from app/core/shell/CommandLine.cpp, as is harbor --help.\n"
                                  ".TH HARBOR 1 \"%1\" \"Harbor %2\" \"User Commands\"\n")
                       .arg(date, version);
    page += QStringLiteral(".SH NAME\nharbor \\- child online safety companion for parents and caretakers\n"
                           ".SH SYNOPSIS\n.B harbor\n[\\fIOPTION\\fR]...\n"
                           ".SH DESCRIPTION\n"
                           "Harbor guides parents, guardians and foster caretakers through the privacy settings of "
                           "the platforms a child uses and the warning signs of grooming and trafficking, keeps an "
                           "encrypted journal of what they observe, and puts the emergency number and the child "
                           "abuse hotline one tap away on every screen.\n"
                           ".PP\nStarted a second time with the same data folder, Harbor brings the window already "
                           "open to the front.\n"
                           ".SH OPTIONS\n");
    const Options options;
    for (const QCommandLineOption &option : { options.version, options.help, options.selfTest, options.screenshot,
             options.size, options.page, options.dataDir, options.reportFirstFrame, options.lockProbe }) {
        page += manOptionEntry(option.names(), option.valueName(), option.description(), false);
    }
    page += QStringLiteral(".SH QT OPTIONS\nQt's standard options are passed to Qt, with one dash or two:\n");
    for (const QtOption &option : kQtOptions) {
        page += manOptionEntry({ QLatin1String(option.name) },
            option.valueName ? QLatin1String(option.valueName) : QString(), QLatin1String(option.description), true);
    }
    page += QStringLiteral(".SH ENVIRONMENT\n.TP\n.B HARBOR_DATA_DIR\n"
                           "The folder Harbor keeps every file in, as \\fB\\-\\-data\\-dir\\fR.\n"
                           ".SH EXIT STATUS\n0 on success, 1 on an error, 2 on a wrong command line.\n"
                           ".SH SEE ALSO\n/usr/share/doc/harbor/copyright\n");
    return page;
}

} // namespace harbor::shell
