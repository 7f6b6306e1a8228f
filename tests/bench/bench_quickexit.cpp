// SPDX-License-Identifier: GPL-3.0-or-later
// Quick exit benchmark: wall time from the quick exit shortcut (Ctrl+Shift+Q)
// reaching the real harbor executable to the process being gone, median of
// several runs. The app runs without a display on Qt's VNC platform (an
// offscreen framebuffer that also takes input): the benchmark connects as a
// VNC client and presses the keys, so the event takes the same road as a
// real key press (platform -> window -> Shortcut), not a test hook. Prints
// JSON; never fails on speed.
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
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kRuns = 7;
constexpr int kTimeoutMs = 60000;
// X11 keysyms, as RFB sends them.
constexpr quint32 kControlL = 0xffe3;
constexpr quint32 kShiftL = 0xffe1;
constexpr quint32 kQ = 0x0051;

struct Sample
{
    double exitMs = -1; // key press sent -> process gone
    double firstFrameMs = -1;
};

// A loopback TCP connection, plain POSIX (the tree does not use Qt Network).
class Connection
{
public:
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    bool connectTo(quint16 port, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_in address {};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0) {
                int one = 1;
                ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                return true;
            }
            ::close(m_fd);
            m_fd = -1;
            QThread::msleep(20); // the server is starting: retry
        }
        return false;
    }
    bool read(qint64 size, QByteArray *out)
    {
        QByteArray data(size, Qt::Uninitialized);
        qint64 got = 0;
        while (got < size) {
            pollfd wait { m_fd, POLLIN, 0 };
            if (::poll(&wait, 1, 10000) <= 0) {
                return false;
            }
            const ssize_t n = ::recv(m_fd, data.data() + got, static_cast<size_t>(size - got), 0);
            if (n <= 0) {
                return false;
            }
            got += n;
        }
        if (out) {
            *out = data;
        }
        return true;
    }
    bool write(const QByteArray &data)
    {
        return ::send(m_fd, data.constData(), static_cast<size_t>(data.size()), MSG_NOSIGNAL) == data.size();
    }

private:
    int m_fd = -1;
};

quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    // 0 when the kernel gave no port: the caller reports it.
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    ::close(fd);
    return bound ? ntohs(address.sin_port) : 0;
}

// The RFB handshake up to ServerInit, with no authentication (3.3 or 3.8).
bool handshake(Connection &socket)
{
    QByteArray version;
    if (!socket.read(12, &version) || !version.startsWith("RFB ")) {
        return false;
    }
    const bool v33 = version.startsWith("RFB 003.003");
    socket.write(v33 ? QByteArray("RFB 003.003\n") : QByteArray("RFB 003.008\n"));
    if (v33) {
        QByteArray type;
        if (!socket.read(4, &type) || qFromBigEndian<quint32>(type.constData()) != 1) {
            return false;
        }
    } else {
        QByteArray count;
        QByteArray types;
        if (!socket.read(1, &count) || !socket.read(static_cast<quint8>(count.at(0)), &types)
            || !types.contains('\x01')) {
            return false;
        }
        socket.write(QByteArray(1, '\x01'));
        QByteArray result;
        if (!socket.read(4, &result) || qFromBigEndian<quint32>(result.constData()) != 0) {
            return false;
        }
    }
    socket.write(QByteArray(1, '\x01')); // ClientInit: shared
    QByteArray init;
    if (!socket.read(24, &init)) {
        return false;
    }
    const auto nameLength = qFromBigEndian<quint32>(init.constData() + 20);
    return socket.read(nameLength, nullptr);
}

QByteArray keyEvent(quint32 keysym, bool down)
{
    char message[8] = { 4, static_cast<char>(down ? 1 : 0), 0, 0, 0, 0, 0, 0 };
    qToBigEndian(keysym, message + 4);
    return QByteArray(message, sizeof message);
}

Sample measure(const QString &dataDir)
{
    Sample sample;
    const quint16 port = freePort();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("vnc:size=1280x800:port=%1").arg(port));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(HARBOR_BINARY),
        { QStringLiteral("--report-first-frame"), QStringLiteral("--data-dir"), dataDir });
    QByteArray out;
    while (process.state() != QProcess::NotRunning && !out.contains("harbor-first-frame")
        && clock.elapsed() < kTimeoutMs) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    if (!out.contains("harbor-first-frame")) {
        process.kill();
        process.waitForFinished();
        return sample;
    }
    sample.firstFrameMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;

    Connection socket;
    if (!socket.connectTo(port, 10000) || !handshake(socket)) {
        process.kill();
        process.waitForFinished();
        return sample;
    }
    socket.write(keyEvent(kControlL, true) + keyEvent(kShiftL, true));
    QThread::msleep(200); // let the modifiers land before timing the key itself
    QElapsedTimer exitClock;
    exitClock.start();
    socket.write(keyEvent(kQ, true) + keyEvent(kQ, false) + keyEvent(kShiftL, false) + keyEvent(kControlL, false));
    if (process.waitForFinished(10000)) {
        sample.exitMs = static_cast<double>(exitClock.nsecsElapsed()) / 1e6;
    } else {
        process.kill();
        process.waitForFinished();
    }
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
    measure(data.path()); // warm the file cache
    std::vector<double> exitMs;
    exitMs.reserve(kRuns);
    for (int i = 0; i < kRuns; ++i) {
        exitMs.push_back(measure(data.path()).exitMs);
    }
    const double exitMedian = median(exitMs);
    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("quickexit") },
        { QStringLiteral("platform"), QStringLiteral("vnc (offscreen framebuffer with input)") },
        { QStringLiteral("shortcut"), QStringLiteral("Ctrl+Shift+Q") },
        { QStringLiteral("runs"), kRuns },
        { QStringLiteral("shortcut_to_process_exit_ms_median"), exitMedian },
        { QStringLiteral("shortcut_to_process_exit_ms"), toJson(exitMs) },
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
    return exitMedian > 0 ? 0 : 1;
}
