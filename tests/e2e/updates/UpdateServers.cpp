// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpdateServers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace harbor::test {

UpdateServers::UpdateServers() = default;

UpdateServers::~UpdateServers()
{
    for (auto &server : m_servers) {
        if (server && server->state() != QProcess::NotRunning) {
            server->terminate();
            if (!server->waitForFinished(10000)) {
                server->kill();
                server->waitForFinished();
            }
        }
    }
}

QString UpdateServers::caFile() const
{
    return m_dir.filePath(QStringLiteral("certs/ca.pem"));
}

QString UpdateServers::root() const
{
    return m_dir.filePath(QStringLiteral("www"));
}

QString UpdateServers::url(Which which, const QString &mode, const QString &release) const
{
    return QStringLiteral("https://127.0.0.1:%1/%2/%3/").arg(m_ports[static_cast<int>(which)]).arg(mode, release);
}

bool UpdateServers::start(QString *error)
{
    if (!m_dir.isValid() || !QDir().mkpath(root())) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QProcess certs;
    certs.start(QStringLiteral("bash"),
        { QStringLiteral(HARBOR_TEST_SUPPORT_DIR "/make_test_certs.sh"), m_dir.filePath(QStringLiteral("certs")) });
    if (!certs.waitForFinished(60000) || certs.exitStatus() != QProcess::NormalExit || certs.exitCode() != 0) {
        *error = QStringLiteral("make_test_certs.sh failed: ") + QString::fromLocal8Bit(certs.readAllStandardError());
        return false;
    }
    return startServer(Which::Trusted, QStringLiteral("server"), error)
        && startServer(Which::OtherHost, QStringLiteral("otherhost"), error)
        && startServer(Which::UntrustedCa, QStringLiteral("untrusted"), error)
        && startServer(Which::SecondOrigin, QStringLiteral("server"), error);
}

QString UpdateServers::logFile(Which which) const
{
    return m_dir.filePath(QStringLiteral("server-%1.log").arg(static_cast<int>(which)));
}

QList<QJsonObject> UpdateServers::log(Which which) const
{
    QList<QJsonObject> records;
    QFile file(logFile(which));
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty()) {
            records.append(QJsonDocument::fromJson(line).object());
        }
    }
    return records;
}

int UpdateServers::settledConnections(Which which)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return -1;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port(which)));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sockaddr_in local {};
    socklen_t localSize = sizeof local;
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localSize) == 0;
    ::close(fd);
    if (!connected) {
        return -1;
    }
    const int probePort = ntohs(local.sin_port);
    const int probes = ++m_probes[static_cast<int>(which)];
    // The server logs the probe once it accepted it, after every connection
    // made before it; the probes so far are not counted.
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        int connections = 0;
        int upToProbe = -1;
        for (const QJsonObject &record : log(which)) {
            if (record.value(QLatin1String("event")).toString() == QLatin1String("connect")) {
                ++connections;
                if (record.value(QLatin1String("port")).toInt() == probePort) {
                    upToProbe = connections;
                }
            }
        }
        if (upToProbe >= 0) {
            return upToProbe - probes;
        }
        QThread::msleep(10);
    }
    return -1;
}

bool UpdateServers::startServer(Which which, const QString &certName, QString *error)
{
    auto &server = m_servers[static_cast<int>(which)];
    server = std::make_unique<QProcess>();
    server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QDir certs(m_dir.filePath(QStringLiteral("certs")));
    server->start(QStringLiteral("python3"),
        { QStringLiteral(HARBOR_TEST_SUPPORT_DIR "/https_server.py"), QStringLiteral("--root"), root(),
            QStringLiteral("--cert"), certs.filePath(certName + QStringLiteral(".pem")), QStringLiteral("--key"),
            certs.filePath(certName + QStringLiteral(".key")), QStringLiteral("--log"), logFile(which) });
    // The server prints "PORT <n>" once it listens.
    while (!server->canReadLine()) {
        if (!server->waitForReadyRead(30000)) {
            *error = QStringLiteral("https_server.py did not start (%1)").arg(certName);
            return false;
        }
    }
    const QByteArray line = server->readLine().trimmed();
    bool ok = false;
    m_ports[static_cast<int>(which)] = line.startsWith("PORT ") ? line.mid(5).toInt(&ok) : 0;
    if (!ok) {
        *error = QStringLiteral("https_server.py said: ") + QString::fromUtf8(line);
    }
    return ok;
}

} // namespace harbor::test
