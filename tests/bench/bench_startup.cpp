// SPDX-License-Identifier: GPL-3.0-or-later
// Startup benchmark: wall time from process start to the first frame that
// shows the emergency bar, against an empty Qt Quick Controls window built in
// the same tree (goal: ratio <= 1.2), and the CPU time each uses over 10 s of
// idle, starting 1 s after that frame (goal: none). Prints JSON; never fails
// on speed.
#include "BenchStats.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

constexpr int kRuns = 7;
constexpr int kIdleMs = 10000;
constexpr int kSettleMs = 1000;

struct Sample
{
    double firstFrameMs = -1;
    double idleCpuMs = -1;
};

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

Sample measure(const QString &program, const QStringList &arguments, bool idle)
{
    Sample sample;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray out;
    while (process.state() != QProcess::NotRunning && !out.contains("harbor-first-frame")) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        if (clock.elapsed() > 60000) {
            break;
        }
    }
    if (out.contains("harbor-first-frame")) {
        sample.firstFrameMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (idle) {
            // Let the work that follows the first frame finish, then measure idle.
            QThread::msleep(kSettleMs);
            const double before = cpuMs(process.processId());
            QThread::msleep(kIdleMs); // measuring the idle period itself, not waiting for a result
            const double after = cpuMs(process.processId());
            sample.idleCpuMs = (before < 0 || after < 0) ? -1 : after - before;
        }
    }
    process.kill();
    process.waitForFinished();
    return sample;
}

} // namespace

using harbor::bench::median;
using harbor::bench::toJson;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString outputPath = harbor::bench::outputPath(QCoreApplication::arguments());

    QTemporaryDir data;
    const QStringList harborArgs
        = { QStringLiteral("--report-first-frame"), QStringLiteral("--data-dir"), data.path() };
    std::vector<double> harborMs;
    std::vector<double> emptyMs;
    // Warm the file cache once for both, then alternate runs.
    measure(QStringLiteral(HARBOR_BINARY), harborArgs, false);
    measure(QStringLiteral(EMPTY_WINDOW_BINARY), {}, false);
    for (int i = 0; i < kRuns; ++i) {
        harborMs.push_back(measure(QStringLiteral(HARBOR_BINARY), harborArgs, false).firstFrameMs);
        emptyMs.push_back(measure(QStringLiteral(EMPTY_WINDOW_BINARY), {}, false).firstFrameMs);
    }
    const Sample harborIdle = measure(QStringLiteral(HARBOR_BINARY), harborArgs, true);
    const Sample emptyIdle = measure(QStringLiteral(EMPTY_WINDOW_BINARY), {}, true);

    const double harborMedian = median(harborMs);
    const double emptyMedian = median(emptyMs);
    QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("startup") },
        { QStringLiteral("platform"), qEnvironmentVariable("QT_QPA_PLATFORM") },
        { QStringLiteral("runs"), kRuns },
        { QStringLiteral("harbor_first_frame_ms_median"), harborMedian },
        { QStringLiteral("empty_window_first_frame_ms_median"), emptyMedian },
        { QStringLiteral("ratio"), (harborMedian > 0 && emptyMedian > 0) ? harborMedian / emptyMedian : -1 },
        { QStringLiteral("ratio_goal"), 1.2 },
        { QStringLiteral("harbor_first_frame_ms"), toJson(harborMs) },
        { QStringLiteral("empty_window_first_frame_ms"), toJson(emptyMs) },
        { QStringLiteral("idle_seconds"), kIdleMs / 1000 },
        { QStringLiteral("harbor_idle_cpu_ms"), harborIdle.idleCpuMs },
        { QStringLiteral("empty_window_idle_cpu_ms"), emptyIdle.idleCpuMs },
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    if (!outputPath.isEmpty()) {
        QFile file(outputPath);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(json);
        }
    }
    // A benchmark that could not measure is broken, not slow.
    return (harborMedian > 0 && emptyMedian > 0 && harborIdle.idleCpuMs >= 0) ? 0 : 1;
}
