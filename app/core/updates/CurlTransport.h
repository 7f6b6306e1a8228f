// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "updates/HttpTransport.h"

namespace harbor::updates {

// HttpTransport over libcurl, as SECURITY.md asks: https only (redirects
// too), peer and host verified, TLS 1.2 or newer, connect timeout, total
// timeout and low-speed abort, the byte cap enforced in the write callback
// (a chunked body has no length to check up front), no cookies, and a fixed
// User-Agent that identifies nothing.
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

    static inline const char *const kUserAgent = "Harbor-content-update/1";

    CurlTransport();
    explicit CurlTransport(Options options);

    [[nodiscard]] HttpResponse get(
        const HttpRequest &request, const Progress &progress, const std::atomic_bool &cancel) override;

private:
    Options m_options;
};

} // namespace harbor::updates
