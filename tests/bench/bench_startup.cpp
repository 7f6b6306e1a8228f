// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark, every program measured in the same run:
//
//  - Harbor, to its window being mapped and to its first frame that shows
//    the emergency bar (`--report-first-frame`);
//  - an empty Qt Quick Controls window built in the same tree (the
//    baseline), to its window being mapped and to its first frame;
//  - KeePassXC, when installed, to its window being mapped (with a
//    throw-away home, so nothing of the user's is read or written).
//
// Under a real X server: when Xvfb is on PATH the bench starts its own
// (a display number of its own, unix socket only) and watches, as an X
// client, for the MapNotify of each program's top-level window. Without
// Xvfb it falls back to QT_QPA_PLATFORM=offscreen, where nothing is mapped:
// only first frames are measured, and the JSON says so.
//
// Times run from just before the fork (QProcess::start) to the event the
// bench itself observes. Median of 7 interleaved runs after one warm-up
// each; then one more run per program for RSS (VmRSS) 3 s after the window
// appeared and the CPU time used over the 10 s after that. Prints JSON; it
// exits non-zero only when it could not measure, never on speed.
#include "BenchStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#ifdef HARBOR_BENCH_XCB
#include <xcb/xcb.h>
#endif

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int kRuns = 7;
constexpr int kRssAfterMs = 3000;
constexpr int kIdleMs = 10000;
constexpr int kRunTimeoutMs = 30000;
constexpr double kRatioGoal = 1.10;
constexpr double kRssAllowanceMb = 15.0;
const QByteArray kFirstFrameLine = QByteArrayLiteral("harbor-first-frame");

// utime + stime of a process, in milliseconds, from /proc/<pid>/stat.
double cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return -1;
    }
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// VmRSS of a process in MB (MiB), from /proc/<pid>/status.
double rssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toDouble() / 1024.0 : -1;
        }
    }
    return -1;
}

// The X server the programs run on: an Xvfb of the bench's own, watched for
// MapNotify on its root window.
class XServer
{
public:
    XServer() = default;
    ~XServer() { stop(); }
    XServer(const XServer &) = delete;
    XServer &operator=(const XServer &) = delete;

    // Starts Xvfb and connects to it; false (with the reason) when it cannot.
    bool start(const QString &xvfb, QString *error);
    void stop();

    [[nodiscard]] QString display() const { return m_display; }
    [[nodiscard]] int socket() const;
    // Drops every event received so far.
    void drain();
    // Reads the events that arrived; returns the time (ms on `clock`) of the
    // first MapNotify of a top-level window that belongs to `pid`.
    std::optional<double> takeMap(qint64 pid, const QElapsedTimer &clock);

private:
#ifdef HARBOR_BENCH_XCB
    [[nodiscard]] qint64 windowPid(xcb_window_t window);
    xcb_connection_t *m_connection = nullptr;
    xcb_atom_t m_pidAtom = XCB_ATOM_NONE;
#endif
    pid_t m_pid = -1;
    QString m_display;
};

bool XServer::start(const QString &xvfb, QString *error)
{
#ifdef HARBOR_BENCH_XCB
    int fds[2];
    if (pipe(fds) != 0) {
        *error = QStringLiteral("pipe failed");
        return false;
    }
    // Everything the child needs is built before the fork.
    const QByteArray program = QFile::encodeName(xvfb);
    const QByteArray fd = QByteArray::number(fds[1]);
    const char *argv[] = { program.constData(), "-displayfd", fd.constData(), "-nolisten", "tcp", "-screen", "0",
        "1280x1024x24", "-noreset", nullptr };
    m_pid = fork();
    if (m_pid == 0) {
        close(fds[0]);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0) {
            dup2(devNull, STDOUT_FILENO);
            dup2(devNull, STDERR_FILENO);
        }
        execv(argv[0], const_cast<char *const *>(argv));
        _exit(127);
    }
    close(fds[1]);
    if (m_pid < 0) {
        close(fds[0]);
        *error = QStringLiteral("fork failed");
        return false;
    }
    // Xvfb writes the display number it chose once it accepts connections.
    QByteArray number;
    QElapsedTimer waited;
    waited.start();
    while (!number.endsWith('\n') && waited.elapsed() < 10000) {
        pollfd readable { fds[0], POLLIN, 0 };
        if (poll(&readable, 1, 200) <= 0) {
            continue;
        }
        char buffer[16];
        const ssize_t got = read(fds[0], buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        number.append(buffer, got);
    }
    close(fds[0]);
    if (!number.endsWith('\n')) {
        *error = QStringLiteral("Xvfb did not report a display");
        stop();
        return false;
    }
    m_display = QStringLiteral(":%1").arg(QString::fromLatin1(number.trimmed()));
    m_connection = xcb_connect(qPrintable(m_display), nullptr);
    if (xcb_connection_has_error(m_connection) != 0) {
        *error = QStringLiteral("cannot connect to Xvfb on %1").arg(m_display);
        stop();
        return false;
    }
    const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
    const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_generic_error_t *selectError = xcb_request_check(
        m_connection, xcb_change_window_attributes_checked(m_connection, screen->root, XCB_CW_EVENT_MASK, &mask));
    if (selectError != nullptr) {
        std::free(selectError);
        *error = QStringLiteral("cannot watch the root window");
        stop();
        return false;
    }
    const char atomName[] = "_NET_WM_PID";
    xcb_intern_atom_reply_t *atom
        = xcb_intern_atom_reply(m_connection, xcb_intern_atom(m_connection, 0, sizeof atomName - 1, atomName), nullptr);
    if (atom != nullptr) {
        m_pidAtom = atom->atom;
        std::free(atom);
    }
    return true;
#else
    Q_UNUSED(xvfb)
    *error = QStringLiteral("built without libxcb");
    return false;
#endif
}

void XServer::stop()
{
#ifdef HARBOR_BENCH_XCB
    if (m_connection != nullptr) {
        xcb_disconnect(m_connection);
        m_connection = nullptr;
    }
#endif
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_pid = -1;
    }
}

int XServer::socket() const
{
#ifdef HARBOR_BENCH_XCB
    return m_connection != nullptr ? xcb_get_file_descriptor(m_connection) : -1;
#else
    return -1;
#endif
}

void XServer::drain()
{
#ifdef HARBOR_BENCH_XCB
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
        std::free(event);
    }
#endif
}

std::optional<double> XServer::takeMap(qint64 pid, const QElapsedTimer &clock)
{
#ifdef HARBOR_BENCH_XCB
    // The time is read before anything else is asked of the server.
    const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    // Round trips for _NET_WM_PID may queue further events: read until none is left.
    while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
        const bool topLevelMapped = (event->response_type & 0x7f) == XCB_MAP_NOTIFY
            && reinterpret_cast<xcb_map_notify_event_t *>(event)->override_redirect == 0;
        const xcb_window_t window = reinterpret_cast<xcb_map_notify_event_t *>(event)->window;
        std::free(event);
        if (topLevelMapped) {
            const qint64 owner = windowPid(window);
            // A program that does not name its pid is taken at its word.
            if (owner == pid || owner == 0) {
                drain();
                return now;
            }
        }
    }
#else
    Q_UNUSED(pid)
    Q_UNUSED(clock)
#endif
    return std::nullopt;
}

#ifdef HARBOR_BENCH_XCB
qint64 XServer::windowPid(xcb_window_t window)
{
    if (m_pidAtom == XCB_ATOM_NONE) {
        return 0;
    }
    xcb_get_property_reply_t *reply = xcb_get_property_reply(
        m_connection, xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
    qint64 pid = 0;
    if (reply != nullptr && xcb_get_property_value_length(reply) == 4) {
        pid = *static_cast<const uint32_t *>(xcb_get_property_value(reply));
    }
    std::free(reply);
    return pid;
}
#endif

struct Program
{
    QString key;
    QString binary;
    QStringList arguments;
    QProcessEnvironment environment;
    bool reportsFirstFrame = false;
};

struct Sample
{
    double mapMs = -1;
    double firstFrameMs = -1;
    double rssMb = -1;
    double idleCpuMs = -1;
};

// One start of a program, up to its window (and first frame when it reports
// one); with `idle`, also its RSS and idle CPU afterwards.
Sample measure(const Program &program, XServer *x, bool idle)
{
    Sample sample;
    const bool watchMap = x != nullptr;
    if (watchMap) {
        x->drain();
    }
    QProcess process;
    process.setProcessEnvironment(program.environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    QEventLoop loop;
    QElapsedTimer clock;
    const auto done = [&] {
        const bool mapped = !watchMap || sample.mapMs >= 0;
        const bool framed = !program.reportsFirstFrame || sample.firstFrameMs >= 0;
        return mapped && framed;
    };
    QByteArray out;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        out += process.readAllStandardOutput();
        if (sample.firstFrameMs < 0 && out.contains(kFirstFrameLine)) {
            sample.firstFrameMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        }
        if (done()) {
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    std::unique_ptr<QSocketNotifier> notifier;
    if (watchMap) {
        notifier = std::make_unique<QSocketNotifier>(x->socket(), QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&] {
            if (sample.mapMs < 0) {
                if (const auto at = x->takeMap(process.processId(), clock)) {
                    sample.mapMs = *at;
                }
            } else {
                x->drain();
            }
            if (done()) {
                loop.quit();
            }
        });
    }
    QTimer::singleShot(kRunTimeoutMs, &loop, &QEventLoop::quit);
    clock.start();
    process.start(program.binary, program.arguments);
    if (process.waitForStarted(kRunTimeoutMs)) {
        loop.exec();
    }
    if (done() && process.state() == QProcess::Running && idle) {
        const double shownMs = watchMap ? sample.mapMs : sample.firstFrameMs;
        QEventLoop settle;
        QTimer::singleShot(std::max(0, kRssAfterMs - static_cast<int>(static_cast<double>(clock.elapsed()) - shownMs)),
            &settle, &QEventLoop::quit);
        settle.exec();
        sample.rssMb = rssMb(process.processId());
        const double before = cpuMs(process.processId());
        QEventLoop idleLoop;
        // Measuring the idle period itself, not waiting for a result.
        QTimer::singleShot(kIdleMs, &idleLoop, &QEventLoop::quit);
        idleLoop.exec();
        const double after = cpuMs(process.processId());
        if (before >= 0 && after >= 0 && process.state() == QProcess::Running) {
            sample.idleCpuMs = after - before;
        }
    }
    process.kill();
    process.waitForFinished();
    return sample;
}

struct Series
{
    std::vector<double> mapMs;
    std::vector<double> firstFrameMs;
    Sample idle;
};

double ratio(double numerator, double denominator)
{
    return (numerator > 0 && denominator > 0) ? numerator / denominator : -1;
}

QJsonObject toJson(const Program &program, const Series &series, bool watchMap)
{
    QJsonObject object { { QStringLiteral("binary"), program.binary } };
    if (watchMap) {
        object.insert(QStringLiteral("map_ms_median"), harbor::bench::median(series.mapMs));
        object.insert(QStringLiteral("map_ms"), harbor::bench::toJson(series.mapMs));
    }
    if (program.reportsFirstFrame) {
        object.insert(QStringLiteral("first_frame_ms_median"), harbor::bench::median(series.firstFrameMs));
        object.insert(QStringLiteral("first_frame_ms"), harbor::bench::toJson(series.firstFrameMs));
    }
    object.insert(QStringLiteral("rss_mb"), series.idle.rssMb);
    object.insert(QStringLiteral("idle_cpu_ms"), series.idle.idleCpuMs);
    return object;
}

bool measured(const Program &program, const Series &series, bool watchMap)
{
    return (!watchMap || harbor::bench::median(series.mapMs) > 0)
        && (!program.reportsFirstFrame || harbor::bench::median(series.firstFrameMs) > 0) && series.idle.rssMb > 0
        && series.idle.idleCpuMs >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString outputPath = harbor::bench::outputPath(QCoreApplication::arguments());
    QElapsedTimer total;
    total.start();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    XServer x;
    QString xError = QStringLiteral("Xvfb is not on PATH");
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    const bool real = !xvfb.isEmpty() && x.start(xvfb, &xError);
    if (real) {
        environment.insert(QStringLiteral("DISPLAY"), x.display());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    } else {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }

    QTemporaryDir data;
    std::vector<Program> programs {
        { QStringLiteral("harbor"), QStringLiteral(HARBOR_BINARY),
            { QStringLiteral("--report-first-frame"), QStringLiteral("--data-dir"), data.path() }, environment, true },
        { QStringLiteral("empty_window"), QStringLiteral(EMPTY_WINDOW_BINARY), {}, environment, true },
    };
    // KeePassXC only under a real X server (its map time is all it is
    // measured on), with a home of its own: its config, caches and
    // single-instance socket all land in the temporary folder.
    const QString keepassxc = QStandardPaths::findExecutable(QStringLiteral("keepassxc"));
    QTemporaryDir keepassHome;
    if (real && !keepassxc.isEmpty()) {
        QProcessEnvironment own = environment;
        const QString home = keepassHome.path();
        own.insert(QStringLiteral("HOME"), home);
        for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
            const QString folder = QDir(home).filePath(QString::fromLatin1(name).toLower());
            QDir().mkpath(folder);
            own.insert(QString::fromLatin1(name), folder);
        }
        const QString runtime = QDir(home).filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        own.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        own.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        own.remove(QStringLiteral("SSH_AUTH_SOCK"));
        own.remove(QStringLiteral("QT_QUICK_BACKEND"));
        programs.push_back({ QStringLiteral("keepassxc"), keepassxc,
            { QStringLiteral("--config"), QDir(home).filePath(QStringLiteral("keepassxc.ini")) }, own, false });
    }

    XServer *watch = real ? &x : nullptr;
    std::vector<Series> series(programs.size());
    // One warm-up each (file cache, font cache), then interleaved runs.
    for (const Program &program : programs) {
        measure(program, watch, false);
    }
    for (int run = 0; run < kRuns; ++run) {
        for (size_t i = 0; i < programs.size(); ++i) {
            const Sample sample = measure(programs[i], watch, false);
            series[i].mapMs.push_back(sample.mapMs);
            series[i].firstFrameMs.push_back(sample.firstFrameMs);
        }
    }
    for (size_t i = 0; i < programs.size(); ++i) {
        series[i].idle = measure(programs[i], watch, true);
    }
    x.stop();

    const Series &harborSeries = series[0];
    const Series &empty = series[1];
    const double harborShown = harbor::bench::median(real ? harborSeries.mapMs : harborSeries.firstFrameMs);
    const double emptyShown = harbor::bench::median(real ? empty.mapMs : empty.firstFrameMs);
    const double startRatio = ratio(harborShown, emptyShown);
    const double firstFrameRatio
        = ratio(harbor::bench::median(harborSeries.firstFrameMs), harbor::bench::median(empty.firstFrameMs));
    const double rssGoal = empty.idle.rssMb > 0 ? empty.idle.rssMb + kRssAllowanceMb : -1;

    QJsonObject programsJson;
    bool ok = true;
    for (size_t i = 0; i < programs.size(); ++i) {
        programsJson.insert(programs[i].key, toJson(programs[i], series[i], real));
        ok = ok && measured(programs[i], series[i], real);
    }
    QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("startup") },
        { QStringLiteral("display"),
            real ? QStringLiteral("Xvfb %1 (the bench's own, unix socket only)").arg(x.display())
                 : QStringLiteral("none: %1; QT_QPA_PLATFORM=offscreen, nothing is mapped, first frames only")
                       .arg(xError) },
        { QStringLiteral("platform"), real ? QStringLiteral("xcb") : QStringLiteral("offscreen") },
        { QStringLiteral("quick_backend"),
            environment.value(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("default")) },
        { QStringLiteral("runs"), kRuns },
        { QStringLiteral("warmup_runs"), 1 },
        { QStringLiteral("measured_to"),
            real ? QStringLiteral("MapNotify of the top-level window") : QStringLiteral("first frame") },
        { QStringLiteral("programs"), programsJson },
        { QStringLiteral("keepassxc"),
            programs.size() > 2 ? QStringLiteral("measured")
                                : (keepassxc.isEmpty() ? QStringLiteral("not installed")
                                                       : QStringLiteral("not measured without an X server")) },
        { QStringLiteral("ratio"), startRatio },
        { QStringLiteral("ratio_goal"), kRatioGoal },
        { QStringLiteral("ratio_met"), startRatio > 0 && startRatio <= kRatioGoal },
        { QStringLiteral("first_frame_ratio"), firstFrameRatio },
        { QStringLiteral("rss_goal_mb"), rssGoal },
        { QStringLiteral("rss_met"), rssGoal > 0 && harborSeries.idle.rssMb > 0 && harborSeries.idle.rssMb <= rssGoal },
        { QStringLiteral("rss_after_ms"), kRssAfterMs },
        { QStringLiteral("idle_seconds"), kIdleMs / 1000 },
        { QStringLiteral("idle_cpu_goal_ms"), 0 },
        { QStringLiteral("idle_cpu_met"), harborSeries.idle.idleCpuMs == 0 },
        { QStringLiteral("bench_seconds"), static_cast<double>(total.elapsed()) / 1000.0 },
    };
    if (programs.size() > 2) {
        const double keepass = harbor::bench::median(series[2].mapMs);
        result.insert(QStringLiteral("keepassxc_ratio"), ratio(keepass, emptyShown));
    }
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    if (!outputPath.isEmpty()) {
        QFile file(outputPath);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(json);
        }
    }
    // A benchmark that could not measure is broken, not slow.
    return ok ? 0 : 1;
}
