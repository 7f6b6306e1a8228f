// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace harbor::test {

// Four real HTTPS servers on 127.0.0.1 (tests/support/https_server.py),
// with certificates made for this run (tests/support/make_test_certs.sh):
// one the client trusts, one whose certificate names another host, one
// signed by a CA the client does not trust, and a second trusted one on
// another port (another origin, for redirects). All serve the same folder,
// and each logs every connection it accepts and every request it reads.
class UpdateServers
{
public:
    enum class Which {
        Trusted,
        OtherHost,
        UntrustedCa,
        SecondOrigin,
    };
    static constexpr int kCount = 4;

    UpdateServers();
    ~UpdateServers();
    UpdateServers(const UpdateServers &) = delete;
    UpdateServers &operator=(const UpdateServers &) = delete;

    [[nodiscard]] bool start(QString *error);
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString root() const; // what the servers serve
    // "https://127.0.0.1:<port>/<mode>/<release>/"
    [[nodiscard]] QString url(Which which, const QString &mode, const QString &release) const;
    [[nodiscard]] int port(Which which) const { return m_ports[static_cast<int>(which)]; }

    // What the server logged so far: {"event": "connect" | "request" | "etag", ...}.
    [[nodiscard]] QList<QJsonObject> log(Which which) const;
    // The connections others made to the server so far. It first connects
    // once itself and waits until the server logged that: connections are
    // accepted in order, so every earlier one is counted (its own are not).
    [[nodiscard]] int settledConnections(Which which);

private:
    bool startServer(Which which, const QString &certName, QString *error);
    [[nodiscard]] QString logFile(Which which) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_servers[kCount];
    int m_ports[kCount] = {};
    int m_probes[kCount] = {}; // the connections settledConnections() made
};

} // namespace harbor::test
