// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QUrl>
#include <QVariantMap>

#include <functional>

namespace harbor {

// Opens a URI through xdg-desktop-portal (org.freedesktop.portal.OpenURI)
// and reports the portal's answer. In a sandbox (Flatpak) the portal is the
// only way to the user's programs, and the host's tel: handler cannot be
// seen with xdg-mime. Qt 6.4's QDesktopServices calls the same portal but
// never reads its Response, so "no program for tel:" and "the user
// cancelled" would look like success: here they do not.
class OpenUriPortal final : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Opened, // Response 0: a program has the URI
        Cancelled, // Response 1: the user closed the chooser
        Failed, // Response 2, an error reply, no portal, or no answer in time
    };
    using Callback = std::function<void(Result)>;

    // `bus`: the session bus (a private one in tests).
    explicit OpenUriPortal(QDBusConnection bus, QObject *parent = nullptr);

    // True inside a Flatpak sandbox, where the portal replaces xdg-mime.
    [[nodiscard]] static bool isSandboxed();

    // Asks the portal to open `uri`; `done` is called exactly once, on this
    // thread, when the portal answers or after `timeoutMs` without one.
    void open(const QUrl &uri, Callback done, int timeoutMs = 60000);

private:
    QDBusConnection m_bus;
    quint64 m_nextToken = 0;
};

// One open() call: waits for the Response on its request path.
class OpenUriRequest final : public QObject
{
    Q_OBJECT

public:
    OpenUriRequest(QDBusConnection bus, OpenUriPortal::Callback done, QObject *parent);
    [[nodiscard]] bool listenOn(const QString &requestPath);
    void finish(OpenUriPortal::Result result);

public Q_SLOTS:
    void onResponse(uint response, const QVariantMap &results);

private:
    QDBusConnection m_bus;
    OpenUriPortal::Callback m_done;
    QString m_requestPath;
};

} // namespace harbor
