// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/Clock.h"
#include "updates/HttpTransport.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace harbor::test {

// An update server in memory, for QML tests and screenshots: it serves the
// releases a test publishes (signed with a throwaway key the test services
// pin) and answers 404 before anything is published. It counts the requests
// it got, so a test can prove that nothing went online.
class MemoryUpdateSite : public QObject
{
    Q_OBJECT

public:
    explicit MemoryUpdateSite(const safety::Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] QByteArray publicKey() const { return m_publicKey; }
    [[nodiscard]] std::unique_ptr<updates::HttpTransport> transport();

    // Publishes the built-in pack as `version`, with a changed Instagram guide.
    Q_INVOKABLE void publish(int version);
    Q_INVOKABLE void clear();
    // Requests any transport of this site received so far.
    Q_INVOKABLE int requests() const { return m_requests->load(); }

private:
    class Transport;

    const safety::Clock &m_clock;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
    std::shared_ptr<QMutex> m_mutex = std::make_shared<QMutex>();
    std::shared_ptr<QHash<QString, QByteArray>> m_files = std::make_shared<QHash<QString, QByteArray>>();
    std::shared_ptr<std::atomic_int> m_requests = std::make_shared<std::atomic_int>(0);
};

} // namespace harbor::test
