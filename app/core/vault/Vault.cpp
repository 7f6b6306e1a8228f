// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "shell/DataDirectory.h"

#include <QPointer>

namespace harbor::vault {

using namespace std::chrono_literals;

namespace {
// A passphrase from the UI, copied into secure memory at once and shared
// with the worker job that uses it; wiped when the job is done.
std::shared_ptr<SecureBuffer> secureCopy(const QString &text)
{
    return std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(text));
}
} // namespace

struct Vault::Outcome
{
    // lock() calls seen when the job started: a lock asked for while the job
    // ran wins over an unlock it produced.
    quint64 lockRequestsAtStart = 0;
    KeyVault::Error error = KeyVault::Error::None;
    KeyVault::Unlocked unlocked;
    std::optional<RecoveryKey> recoveryKey;
    bool changedPassphrase = false;
    bool wiped = false;
    QStringList leftBehind;
};

Vault::KdfPolicy Vault::calibratingPolicy()
{
    // Aims low in SECURITY.md's 0.5–1 s window: the first derivation after
    // start-up is slower than the measurements (memory is not yet mapped).
    return [] { return Kdf::calibrate(650ms, &Kdf::measureDerivation); };
}

Vault::Vault(QString dataDir, const safety::Clock &clock, KdfPolicy kdfPolicy, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_keys(std::move(dataDir), clock)
    , m_kdfPolicy(std::move(kdfPolicy))
{
    m_pool.setMaxThreadCount(1);
    refreshState();
}

Vault::~Vault()
{
    m_pool.waitForDone();
    m_database.reset();
}

void Vault::waitForIdle()
{
    m_pool.waitForDone();
}

void Vault::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void Vault::refreshState()
{
    State state = State::Locked;
    QString problem;
    if (m_database) {
        state = State::Unlocked;
    } else {
        switch (m_keys.presence()) {
        case KeyVault::Presence::None:
            state = State::Absent;
            break;
        case KeyVault::Presence::Complete:
            state = State::Locked;
            break;
        case KeyVault::Presence::HeaderOnly:
            state = State::Broken;
            problem = KeyVault::errorMessage(KeyVault::Error::DatabaseMissing);
            break;
        case KeyVault::Presence::DatabaseOnly:
            state = State::Broken;
            problem = KeyVault::errorMessage(KeyVault::Error::HeaderMissing);
            break;
        }
    }
    if (state != m_state || problem != m_problem) {
        m_state = state;
        m_problem = problem;
        Q_EMIT stateChanged();
    }
}

void Vault::run(std::function<void(Outcome &)> work)
{
    if (m_busy) {
        Q_EMIT failed(tr("Harbor is still working on the last request."));
        return;
    }
    setBusy(true);
    QPointer<Vault> self(this);
    m_pool.start([self, work = std::move(work), lockRequests = m_lockRequests] {
        auto outcome = std::make_shared<Outcome>();
        outcome->lockRequestsAtStart = lockRequests;
        work(*outcome);
        QMetaObject::invokeMethod(
            self.data(),
            [self, outcome] {
                if (self) {
                    self->finish(outcome);
                }
            },
            Qt::QueuedConnection);
    });
}

void Vault::finish(const std::shared_ptr<Outcome> &outcome)
{
    if (outcome->unlocked.database && outcome->lockRequestsAtStart != m_lockRequests) {
        // Locked while the key was being derived: the lock wins. The
        // connection is closed at once and nothing is shown.
        outcome->unlocked.database.reset();
    }
    if (outcome->unlocked.database) {
        if (m_database) {
            // An unlock while already open: close the old connection the
            // usual way first, so nothing keeps using it.
            lock();
        }
        m_database = std::move(outcome->unlocked.database);
    }
    if (outcome->wiped) {
        m_database.reset();
    }
    setBusy(false);
    refreshState();
    if (outcome->error != KeyVault::Error::None) {
        Q_EMIT failed(KeyVault::errorMessage(outcome->error));
        return;
    }
    if (outcome->recoveryKey) {
        Q_EMIT recoveryKeyIssued(outcome->recoveryKey->toString());
    }
    if (outcome->changedPassphrase) {
        Q_EMIT passphraseChanged();
    }
    if (outcome->wiped) {
        Q_EMIT wiped();
        if (!outcome->leftBehind.isEmpty()) {
            Q_EMIT failed(tr("The journal was erased, but Harbor could not remove these files: %1")
                              .arg(outcome->leftBehind.join(QStringLiteral(", "))));
        }
    }
}

void Vault::create(const QString &passphrase)
{
    auto secret = secureCopy(passphrase);
    run([this, secret](Outcome &o) { o.error = m_keys.create(*secret, m_kdfPolicy(), &o.recoveryKey, &o.unlocked); });
}

void Vault::unlock(const QString &passphrase)
{
    auto secret = secureCopy(passphrase);
    run([this, secret](Outcome &o) { o.error = m_keys.unlock(*secret, &o.unlocked); });
}

void Vault::unlockWithRecoveryKey(const QString &recoveryKey)
{
    auto key = std::make_shared<std::optional<RecoveryKey>>(RecoveryKey::parse(recoveryKey));
    run([this, key](Outcome &o) {
        o.error = *key ? m_keys.unlockWithRecoveryKey(**key, &o.unlocked) : KeyVault::Error::WrongRecoveryKey;
    });
}

void Vault::lock()
{
    ++m_lockRequests;
    if (!m_database) {
        return;
    }
    Q_EMIT aboutToLock();
    // Closing the connection ends SQLCipher's use of the key, which it wipes.
    m_database.reset();
    refreshState();
}

void Vault::changePassphrase(const QString &current, const QString &next)
{
    auto oldSecret = secureCopy(current);
    auto newSecret = secureCopy(next);
    run([this, oldSecret, newSecret](Outcome &o) {
        o.error = m_keys.changePassphrase(*oldSecret, *newSecret, m_kdfPolicy());
        o.changedPassphrase = o.error == KeyVault::Error::None;
    });
}

void Vault::resetPassphraseAndUnlock(const QString &recoveryKey, const QString &next)
{
    auto key = std::make_shared<std::optional<RecoveryKey>>(RecoveryKey::parse(recoveryKey));
    auto newSecret = secureCopy(next);
    run([this, key, newSecret](Outcome &o) {
        if (!*key) {
            o.error = KeyVault::Error::WrongRecoveryKey;
            return;
        }
        o.error = m_keys.resetPassphrase(**key, *newSecret, m_kdfPolicy());
        if (o.error == KeyVault::Error::None) {
            o.changedPassphrase = true;
            o.error = m_keys.unlock(*newSecret, &o.unlocked);
        }
    });
}

void Vault::regenerateRecoveryKey(const QString &passphrase)
{
    auto secret = secureCopy(passphrase);
    run([this, secret](Outcome &o) { o.error = m_keys.regenerateRecoveryKey(*secret, &o.recoveryKey); });
}

void Vault::upgradeKdf(const QString &passphrase)
{
    auto secret = secureCopy(passphrase);
    run([this, secret](Outcome &o) { o.error = m_keys.upgradeKdf(*secret, m_kdfPolicy()); });
}

void Vault::verifyPassphrase(const QString &passphrase, VerifyCallback done)
{
    // Not through run(): nothing about the vault changes, so neither its
    // busy flag nor its failed() signal (the caller shows its own message).
    auto secret = secureCopy(passphrase);
    QPointer<Vault> self(this);
    m_pool.start([self, secret, done = std::move(done), keys = &m_keys] {
        // The pool is joined in ~Vault(), so m_keys outlives this job.
        const KeyVault::Error error = keys->verifyPassphrase(*secret);
        if (!self) {
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, error] {
                if (self && done) {
                    done(error);
                }
            },
            Qt::QueuedConnection);
    });
}

void Vault::wipe(const QString &passphrase)
{
    auto secret = secureCopy(passphrase);
    // The connection stays open until the passphrase is verified and the files
    // are gone (POSIX unlink), so a mistyped passphrase does not lock the journal.
    run([this, secret](Outcome &o) {
        o.error = m_keys.wipe(*secret);
        o.wiped = o.error == KeyVault::Error::None;
        if (o.wiped) {
            // Then everything else Harbor keeps there (settings, content
            // packs, staging folders, the back-off record), and only that.
            o.leftBehind = shell::DataDirectory::removeHarborFiles(m_dataDir);
        }
    });
}

} // namespace harbor::vault
