// SPDX-License-Identifier: GPL-3.0-or-later
#include "linux/OpenUriPortal.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>
#include <QTimer>

#include <utility>

namespace harbor {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kOpenUri = QStringLiteral("org.freedesktop.portal.OpenURI");
const QString kRequest = QStringLiteral("org.freedesktop.portal.Request");
const QString kResponse = QStringLiteral("Response");
const char *const kResponseSlot = SLOT(onResponse(uint, QVariantMap));

} // namespace

OpenUriPortal::OpenUriPortal(QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
{
}

bool OpenUriPortal::isSandboxed()
{
    return QFileInfo::exists(QStringLiteral("/.flatpak-info"));
}

void OpenUriPortal::open(const QUrl &uri, Callback done, int timeoutMs)
{
    auto *request = new OpenUriRequest(m_bus, std::move(done), this);
    // The portal answers on .../request/SENDER/TOKEN. Listening there before
    // the call means the answer cannot come before anyone listens.
    const QString token = QStringLiteral("harbor%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_nextToken);
    QString sender = m_bus.baseService().mid(1); // ":1.42" -> "1_42"
    sender.replace(QLatin1Char('.'), QLatin1Char('_'));
    const QString expectedPath = QStringLiteral("%1/request/%2/%3").arg(kPath, sender, token);
    if (!m_bus.isConnected() || !request->listenOn(expectedPath)) {
        request->finish(Result::Failed);
        return;
    }
    QTimer::singleShot(timeoutMs, request, [request] { request->finish(Result::Failed); });

    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kOpenUri, QStringLiteral("OpenURI"));
    call << QString() // no parent window: Qt 6.4 has no portal window handle for QML windows
         << uri.toString(QUrl::FullyEncoded) << QVariantMap { { QStringLiteral("handle_token"), token } };
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), request);
    connect(watcher, &QDBusPendingCallWatcher::finished, request, [request, expectedPath](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            request->finish(Result::Failed); // no portal, or it refused the call
            return;
        }
        // Portals older than 0.9 ignore handle_token: follow the path they give.
        if (reply.value().path() != expectedPath && !request->listenOn(reply.value().path())) {
            request->finish(Result::Failed);
        }
    });
}

OpenUriRequest::OpenUriRequest(QDBusConnection bus, OpenUriPortal::Callback done, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_done(std::move(done))
{
}

bool OpenUriRequest::listenOn(const QString &requestPath)
{
    if (!m_requestPath.isEmpty()) {
        m_bus.disconnect(kService, m_requestPath, kRequest, kResponse, this, kResponseSlot);
    }
    m_requestPath = requestPath;
    return m_bus.connect(kService, m_requestPath, kRequest, kResponse, this, kResponseSlot);
}

void OpenUriRequest::finish(OpenUriPortal::Result result)
{
    if (!m_done) {
        return; // answered already (a late Response after the timeout, say)
    }
    const OpenUriPortal::Callback done = std::exchange(m_done, nullptr);
    m_bus.disconnect(kService, m_requestPath, kRequest, kResponse, this, kResponseSlot);
    deleteLater();
    done(result);
}

void OpenUriRequest::onResponse(uint response, const QVariantMap &results)
{
    Q_UNUSED(results) // OpenURI returns no results
    switch (response) {
    case 0:
        finish(OpenUriPortal::Result::Opened);
        break;
    case 1:
        finish(OpenUriPortal::Result::Cancelled);
        break;
    default:
        finish(OpenUriPortal::Result::Failed);
        break;
    }
}

} // namespace harbor
