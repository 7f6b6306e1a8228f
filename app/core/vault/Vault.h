// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Kdf.h"
#include "vault/KeyVault.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace harbor::safety {
class Clock;
}

namespace harbor::vault {

// The encrypted vault as the app uses it: a state machine whose slow work
// (Argon2id, opening SQLCipher) runs on a worker thread, so the UI never
// freezes. Passphrases are copied into secure memory at once and wiped after
// use. State changes and results are signals.
class Vault : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Absent, // no vault yet: onboarding creates one
        Locked,
        Unlocked,
        Broken, // one of the two files is missing: see problem()
    };
    Q_ENUM(State)

    // Chooses Argon2id parameters for a new wrap (calibrates by default).
    using KdfPolicy = std::function<KdfParams()>;
    [[nodiscard]] static KdfPolicy calibratingPolicy();

    Vault(QString dataDir, const safety::Clock &clock, KdfPolicy kdfPolicy, QObject *parent = nullptr);
    ~Vault() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] qint64 backoffRemainingMs() const { return m_keys.backoffRemainingMs(); }
    [[nodiscard]] KeyVault &keys() { return m_keys; }
    // Null unless unlocked. Owned by the vault; gone after lock().
    [[nodiscard]] Database *database() const { return m_database.get(); }

    void create(const QString &passphrase);
    void unlock(const QString &passphrase);
    void unlockWithRecoveryKey(const QString &recoveryKey);
    // Closes the database. Asked for while an unlock is still running, the
    // lock wins: that unlock's result is closed as soon as it arrives.
    void lock();
    void changePassphrase(const QString &current, const QString &next);
    // For a forgotten passphrase: set a new one with the recovery key, then unlock.
    void resetPassphraseAndUnlock(const QString &recoveryKey, const QString &next);
    void regenerateRecoveryKey(const QString &passphrase);
    void upgradeKdf(const QString &passphrase);
    // The passphrase entered again before an export, a backup or a restore
    // (SECURITY.md): unwraps the data key only, without opening the
    // database, on the vault's own serial queue (after any running job, so
    // it sees the passphrase a change just set). A wrong passphrase counts
    // toward the same back-off as an unlock. `done` runs on the vault's
    // thread with None, WrongPassphrase, TryLater or a file error; never if
    // the vault is destroyed first, so capture a QPointer to a receiver that
    // may go before the vault. The vault's state and busy() do not change.
    using VerifyCallback = std::function<void(KeyVault::Error)>;
    void verifyPassphrase(const QString &passphrase, VerifyCallback done);
    // After the passphrase is checked: removes the journal, its key and every
    // other file and folder Harbor made in the data directory (settings,
    // content packs, staging folders), never anything else in it.
    void wipe(const QString &passphrase);
    // Blocks until running work is done (tests, shutdown).
    void waitForIdle();
    // Looks at the files again (after a restore replaced or created them).
    void rescan() { refreshState(); }
    [[nodiscard]] const KdfPolicy &kdfPolicy() const { return m_kdfPolicy; }

Q_SIGNALS:
    // The database is still open: last chance to save what is unsaved.
    void aboutToLock();
    void stateChanged();
    void busyChanged();
    // The new recovery key, to be shown once (after create or regenerate).
    void recoveryKeyIssued(const QString &recoveryKey);
    void passphraseChanged();
    void wiped();
    // A clear, translated reason; nothing was changed.
    void failed(const QString &message);

private:
    struct Outcome;
    void run(std::function<void(Outcome &)> work);
    void finish(const std::shared_ptr<Outcome> &outcome);
    void refreshState();
    void setBusy(bool busy);

    QString m_dataDir;
    KeyVault m_keys;
    KdfPolicy m_kdfPolicy;
    std::unique_ptr<Database> m_database;
    State m_state = State::Absent;
    QString m_problem;
    bool m_busy = false;
    quint64 m_lockRequests = 0;
    QThreadPool m_pool;
};

} // namespace harbor::vault
