// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>

namespace harbor::updates {

struct HttpRequest
{
    QUrl url;
    QByteArray ifNoneMatch; // the installed manifest's own hash (Updater::contentTag), or empty
    qint64 maxBytes = 0; // the body may not be larger than this
};

struct HttpResponse
{
    enum class Failure {
        None,
        NotHttps, // the URL, or a redirect, is not https
        Unreachable, // name lookup or connection failed
        Certificate, // the server's certificate is not trusted for this host
        Tls, // the TLS handshake failed otherwise
        TimedOut, // too slow: connect timeout, total timeout or low-speed abort
        TooLarge, // the body passed maxBytes (checked as it arrives)
        Truncated, // the connection ended before the body did
        Cancelled,
        Other,
    };

    Failure failure = Failure::None;
    int status = 0; // HTTP status when failure is None
    QByteArray body;
    QByteArray etag; // only compared with what was sent; never kept
    QString detail; // for logs and tests; never shown to the user
};

// Fetches one URL, blocking the calling thread (the updater runs on a worker
// thread). Mocked in unit tests; CurlTransport is the real one.
class HttpTransport
{
public:
    using Progress = std::function<void(qint64 received, qint64 total)>;

    HttpTransport() = default;
    virtual ~HttpTransport() = default;
    HttpTransport(const HttpTransport &) = delete;
    HttpTransport &operator=(const HttpTransport &) = delete;

    [[nodiscard]] virtual HttpResponse get(
        const HttpRequest &request, const Progress &progress, const std::atomic_bool &cancel)
        = 0;
};

} // namespace harbor::updates
