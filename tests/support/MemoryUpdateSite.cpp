// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryUpdateSite.h"

#include "TestRelease.h"

namespace harbor::test {

class MemoryUpdateSite::Transport final : public updates::HttpTransport
{
public:
    Transport(std::shared_ptr<QMutex> mutex, std::shared_ptr<QHash<QString, QByteArray>> files,
        std::shared_ptr<std::atomic_int> requests)
        : m_mutex(std::move(mutex))
        , m_files(std::move(files))
        , m_requests(std::move(requests))
    {
    }

    updates::HttpResponse get(const updates::HttpRequest &request, const Progress &, const std::atomic_bool &) override
    {
        const QMutexLocker lock(m_mutex.get());
        ++*m_requests;
        updates::HttpResponse response;
        const auto it = m_files->constFind(request.url.path());
        response.status = it == m_files->cend() ? 404 : 200;
        if (it != m_files->cend()) {
            response.body = *it;
        }
        return response;
    }

private:
    std::shared_ptr<QMutex> m_mutex;
    std::shared_ptr<QHash<QString, QByteArray>> m_files;
    std::shared_ptr<std::atomic_int> m_requests;
};

MemoryUpdateSite::MemoryUpdateSite(const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    updates::ManifestSignature::generateKeyPair(&m_publicKey, &m_secretKey);
}

std::unique_ptr<updates::HttpTransport> MemoryUpdateSite::transport()
{
    return std::make_unique<Transport>(m_mutex, m_files, m_requests);
}

void MemoryUpdateSite::publish(int version)
{
    const Release release = Release::make(version, m_secretKey, m_clock.nowMs(), QStringLiteral("(updated)"));
    const QMutexLocker lock(m_mutex.get());
    // The test services' update address is https://updates.test/harbor/.
    m_files->insert(QStringLiteral("/harbor/manifest.signed"), release.signedManifest);
    for (auto it = release.files.cbegin(); it != release.files.cend(); ++it) {
        m_files->insert(QStringLiteral("/harbor/%1/%2").arg(version).arg(it.key()), *it);
    }
}

void MemoryUpdateSite::clear()
{
    const QMutexLocker lock(m_mutex.get());
    m_files->clear();
}

} // namespace harbor::test
