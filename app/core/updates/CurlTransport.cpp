// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/CurlTransport.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace harbor::updates {

namespace {

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer
{
    QByteArray body;
    QByteArray etag;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    const HttpTransport::Progress *progress = nullptr;
    const std::atomic_bool *cancel = nullptr;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    // The cap holds whatever the headers said: a chunked body has no length.
    if (transfer->body.size() + static_cast<qint64>(bytes) > transfer->maxBytes) {
        transfer->tooLarge = true;
        return 0; // curl stops with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        transfer->etag.clear(); // a new response (after an interim 1xx)
    } else if (line.toLower().startsWith("etag:") && line.size() < 200) {
        transfer->etag = line.mid(5).trimmed();
    }
    return bytes;
}

int onProgress(void *user, curl_off_t total, curl_off_t received, curl_off_t, curl_off_t)
{
    auto *transfer = static_cast<Transfer *>(user);
    if (transfer->cancel->load()) {
        return 1; // curl stops with CURLE_ABORTED_BY_CALLBACK
    }
    if (*transfer->progress) {
        (*transfer->progress)(static_cast<qint64>(received), static_cast<qint64>(total));
    }
    return 0;
}

HttpResponse::Failure failureOf(CURLcode code, const Transfer &transfer)
{
    switch (code) {
    case CURLE_OK:
        return HttpResponse::Failure::None;
    case CURLE_UNSUPPORTED_PROTOCOL:
        return HttpResponse::Failure::NotHttps;
    case CURLE_TOO_MANY_REDIRECTS:
        return HttpResponse::Failure::Other;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return HttpResponse::Failure::Unreachable;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return HttpResponse::Failure::Certificate;
    case CURLE_SSL_CONNECT_ERROR:
        return HttpResponse::Failure::Tls;
    case CURLE_OPERATION_TIMEDOUT:
        return HttpResponse::Failure::TimedOut;
    case CURLE_WRITE_ERROR:
        return transfer.tooLarge ? HttpResponse::Failure::TooLarge : HttpResponse::Failure::Other;
    case CURLE_FILESIZE_EXCEEDED:
        return HttpResponse::Failure::TooLarge;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        return HttpResponse::Failure::Truncated;
    case CURLE_ABORTED_BY_CALLBACK:
        return HttpResponse::Failure::Cancelled;
    default:
        return HttpResponse::Failure::Other;
    }
}

} // namespace

CurlTransport::CurlTransport()
    : CurlTransport(Options {})
{
}

CurlTransport::CurlTransport(Options options)
    : m_options(std::move(options))
{
    initialiseCurlOnce();
}

HttpResponse CurlTransport::get(const HttpRequest &request, const Progress &progress, const std::atomic_bool &cancel)
{
    HttpResponse response;
    if (request.url.scheme() != QLatin1String("https")) {
        response.failure = HttpResponse::Failure::NotHttps;
        return response;
    }
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        response.failure = HttpResponse::Failure::Other;
        return response;
    }
    Transfer transfer;
    transfer.maxBytes = request.maxBytes;
    transfer.progress = &progress;
    transfer.cancel = &cancel;
    const QByteArray url = request.url.toEncoded();
    const QByteArray caFile = m_options.caFile.toLocal8Bit();
    CURL *handle = curl.get();
    // Every option must take: a refused one (say, https-only redirects)
    // would quietly fall back to libcurl's more permissive default.
    CURLcode setup = CURLE_OK;
    const auto set = [handle, &setup](CURLoption option, auto value) {
        if (setup == CURLE_OK) {
            setup = curl_easy_setopt(handle, option, value);
        }
    };
    set(CURLOPT_URL, url.constData());
    set(CURLOPT_PROTOCOLS_STR, "https");
    set(CURLOPT_REDIR_PROTOCOLS_STR, "https");
    // Never follow a redirect: the 3xx comes back as the status and is refused.
    set(CURLOPT_FOLLOWLOCATION, 0L);
    set(CURLOPT_SSL_VERIFYPEER, 1L);
    set(CURLOPT_SSL_VERIFYHOST, 2L);
    set(CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    if (!caFile.isEmpty()) {
        set(CURLOPT_CAINFO, caFile.constData());
        set(CURLOPT_CAPATH, nullptr);
    }
    set(CURLOPT_CONNECTTIMEOUT, m_options.connectTimeoutSeconds);
    set(CURLOPT_TIMEOUT, m_options.totalTimeoutSeconds);
    set(CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedBytes);
    set(CURLOPT_LOW_SPEED_TIME, m_options.lowSpeedSeconds);
    set(CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.maxBytes));
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_USERAGENT, kUserAgent);
    // No cookie engine (never enabled), no Referer, no identifying headers.
    set(CURLOPT_AUTOREFERER, 0L);
    set(CURLOPT_WRITEFUNCTION, &onBody);
    set(CURLOPT_WRITEDATA, &transfer);
    set(CURLOPT_HEADERFUNCTION, &onHeader);
    set(CURLOPT_HEADERDATA, &transfer);
    set(CURLOPT_XFERINFOFUNCTION, &onProgress);
    set(CURLOPT_XFERINFODATA, &transfer);
    set(CURLOPT_NOPROGRESS, 0L);

    struct curl_slist *headers = nullptr;
    if (!request.ifNoneMatch.isEmpty()) {
        headers = curl_slist_append(headers, QByteArray("If-None-Match: " + request.ifNoneMatch).constData());
    }
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headerList(headers, &curl_slist_free_all);
    set(CURLOPT_HTTPHEADER, headers);

    char errorBuffer[CURL_ERROR_SIZE] = {};
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    if (setup != CURLE_OK) {
        response.failure = HttpResponse::Failure::Other;
        response.detail = QString::fromUtf8(curl_easy_strerror(setup));
        return response;
    }
    const CURLcode code = curl_easy_perform(handle);
    response.failure = failureOf(code, transfer);
    response.detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    if (response.failure == HttpResponse::Failure::None) {
        long status = 0;
        curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
        response.status = static_cast<int>(status);
        response.body = std::move(transfer.body);
        response.etag = std::move(transfer.etag);
    }
    return response;
}

} // namespace harbor::updates
