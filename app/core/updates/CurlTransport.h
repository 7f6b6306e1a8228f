// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "updates/HttpTransport.h"

namespace harbor::updates {

// HttpTransport over libcurl, as SECURITY.md asks: https only, redirects
// never followed (a 3xx comes back as a status, which the updater refuses:
// no request ever goes to a host the user did not choose), peer and host
// verified, TLS 1.2 or newer, connect timeout, total timeout and low-speed
// abort, the byte cap enforced in the write callback (a chunked body has no
// length to check up front), no cookies, and a generic User-Agent.
class CurlTransport final : public HttpTransport
{
public:
    struct Options
    {
        long connectTimeoutSeconds = 10;
        long totalTimeoutSeconds = 120;
        // Abort when fewer than lowSpeedBytes per second arrive for lowSpeedSeconds.
        long lowSpeedBytes = 256;
        long lowSpeedSeconds = 20;
        // Trust only this CA bundle instead of the system's (tests).
        QString caFile;
    };

    // "Mozilla/5.0" is the first token of nearly every browser's and many
    // libraries' User-Agent: it names no app, version, system or device, is
    // the same on every install, and does not mark the request as Harbor's
    // to someone watching a proxy log. (No User-Agent at all is rarer, and
    // some servers and filters refuse such requests.)
    static inline const char *const kUserAgent = "Mozilla/5.0";

    CurlTransport();
    explicit CurlTransport(Options options);

    [[nodiscard]] HttpResponse get(
        const HttpRequest &request, const Progress &progress, const std::atomic_bool &cancel) override;

private:
    Options m_options;
};

} // namespace harbor::updates
