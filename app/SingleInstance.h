// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace harbor::app {

// One Harbor per data folder: a second start hands over to the first, whose
// window comes to the front, instead of opening the same vault twice.
//
// The first instance listens on a local socket in the user's runtime
// directory (XDG_RUNTIME_DIR, private to the user: 0700), named after the
// data folder, so another --data-dir is another instance. A later start
// connects, sends one fixed word and exits. Nothing else is read from the
// socket: a stranger's bytes can only ask for the window to be raised, and
// only the user can reach the socket at all. A socket left by a crash
// (nobody answers) is replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        // This process listens; activationRequested() arrives on later starts.
        Primary,
        // Another process runs for this data folder and was asked to come to
        // the front: this one should exit.
        Secondary,
        // Neither worked (no runtime directory, the socket cannot be made):
        // run without the guard rather than not at all.
        Unguarded,
    };
    Q_ENUM(Role)

    // `socketPath`: see socketPathFor().
    explicit SingleInstance(QString socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;
    SingleInstance(const SingleInstance &) = delete;
    SingleInstance &operator=(const SingleInstance &) = delete;

    // The socket for a data folder, inside `runtimeDirectory` (empty: the
    // user's, QStandardPaths::RuntimeLocation). Empty if there is none.
    [[nodiscard]] static QString socketPathFor(const QString &dataDirectory, const QString &runtimeDirectory = {});

    // Decides the role once: asks a running instance to come forward, or
    // becomes the one that listens. Waits at most `timeoutMs` for an answer.
    [[nodiscard]] Role claim(int timeoutMs = 1000);
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    // A later start asked for the window to come to the front.
    void activationRequested();

private:
    [[nodiscard]] bool askRunningInstance(int timeoutMs) const;
    [[nodiscard]] bool listen();
    void onNewConnection();

    QString m_socketPath;
    Role m_role = Role::Unguarded;
    QLocalServer *m_server = nullptr;
};

} // namespace harbor::app
