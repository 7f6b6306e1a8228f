// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

namespace harbor::app {

namespace {

// The one message there is. Anything else closes the connection.
constexpr char kActivate[] = "activate\n";
constexpr qint64 kActivateLength = sizeof(kActivate) - 1;
// A connection that says nothing is dropped after this long.
constexpr int kIdleConnectionMs = 2000;
// sockaddr_un's sun_path holds 108 bytes with the terminating zero.
constexpr qsizetype kMaxSocketPath = 107;

} // namespace

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(std::move(socketPath))
{
}

SingleInstance::~SingleInstance() = default; // the server closes and removes its socket

QString SingleInstance::socketPathFor(const QString &dataDirectory, const QString &runtimeDirectory)
{
    const QString runtime = runtimeDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
        : runtimeDirectory;
    if (runtime.isEmpty()) {
        return {};
    }
    // Named after the data folder, not containing it: the name says nothing
    // about where the user keeps the journal.
    const QByteArray folder = QDir::cleanPath(QFileInfo(dataDirectory).absoluteFilePath()).toUtf8();
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex());
    return QDir(runtime).filePath(QStringLiteral("harbor-%1.socket").arg(digest.left(16)));
}

SingleInstance::Role SingleInstance::claim(int timeoutMs)
{
    if (m_role != Role::Unguarded || m_server) {
        return m_role;
    }
    if (m_socketPath.isEmpty() || m_socketPath.toLocal8Bit().size() > kMaxSocketPath) {
        return m_role;
    }
    // Two starts at once must not both find no one and both listen (or one
    // remove the other's fresh socket as stale): one decides at a time.
    QLockFile lock(m_socketPath + QStringLiteral(".lock"));
    if (!lock.tryLock(timeoutMs)) {
        return m_role;
    }
    if (askRunningInstance(timeoutMs)) {
        m_role = Role::Secondary;
    } else if (listen()) {
        m_role = Role::Primary;
    }
    return m_role;
}

bool SingleInstance::askRunningInstance(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs)) {
        return false; // nobody listens: no socket, or one left by a crash
    }
    // Someone listening on the user's own private socket is a running
    // Harbor: hand over even if it is slow to read (it reads when free).
    socket.write(kActivate, kActivateLength);
    socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_socketPath)) {
        // Left by a crash (askRunningInstance() found nobody behind it).
        QLocalServer::removeServer(m_socketPath);
        if (!server->listen(m_socketPath)) {
            delete server;
            return false;
        }
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    m_server = server;
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kIdleConnectionMs, socket, [socket] { socket->abort(); });
        auto readMessage = [this, socket] {
            if (socket->bytesAvailable() < kActivateLength) {
                return;
            }
            const QByteArray message = socket->read(kActivateLength);
            socket->abort();
            if (message == QByteArray(kActivate, kActivateLength)) {
                Q_EMIT activationRequested();
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, readMessage);
        // The message may have arrived with the connection.
        readMessage();
    }
}

} // namespace harbor::app
