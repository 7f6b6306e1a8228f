// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace harbor::test {

// Three real HTTPS servers on 127.0.0.1 (tests/support/https_server.py),
// with certificates made for this run (tests/support/make_test_certs.sh):
// one the client trusts, one whose certificate names another host, one
// signed by a CA the client does not trust. All serve the same folder.
class UpdateServers
{
public:
    enum class Which {
        Trusted,
        OtherHost,
        UntrustedCa,
    };

    UpdateServers();
    ~UpdateServers();
    UpdateServers(const UpdateServers &) = delete;
    UpdateServers &operator=(const UpdateServers &) = delete;

    [[nodiscard]] bool start(QString *error);
    [[nodiscard]] QString caFile() const;
    [[nodiscard]] QString root() const; // what the servers serve
    // "https://127.0.0.1:<port>/<mode>/<release>/"
    [[nodiscard]] QString url(Which which, const QString &mode, const QString &release) const;

private:
    bool startServer(Which which, const QString &certName, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_servers[3];
    int m_ports[3] = {};
};

} // namespace harbor::test
