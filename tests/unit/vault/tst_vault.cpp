// SPDX-License-Identifier: GPL-3.0-or-later
// The asynchronous vault: slow work off the calling thread, results as signals.
#include "TestMain.h"
#include "safety/Clock.h"
#include "vault/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using harbor::safety::ManualClock;
using harbor::vault::KdfParams;
using harbor::vault::Vault;

namespace {
const QString kPassphrase = QStringLiteral("lantern orbit velvet cactus thunder");

Vault::KdfPolicy floorPolicy(QThread **workerThread = nullptr)
{
    return [workerThread] {
        if (workerThread) {
            *workerThread = QThread::currentThread();
        }
        return KdfParams::floor();
    };
}

bool waitFor(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(30000);
}

// Creates the vault and returns the recovery key it issued (empty on failure).
QString createVault(Vault &vault)
{
    QSignalSpy issued(&vault, &Vault::recoveryKeyIssued);
    vault.create(kPassphrase);
    return waitFor(issued) ? issued.at(0).at(0).toString() : QString();
}
} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenVaultsSayWhy()
    {
        QTemporaryDir dir;
        ManualClock clock;
        {
            Vault vault(dir.path(), clock, floorPolicy());
            QVERIFY(!createVault(vault).isEmpty());
        }
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("journal.key"))));
        Vault vault(dir.path(), clock, floorPolicy());
        QCOMPARE(vault.state(), Vault::State::Broken);
        QVERIFY(!vault.problem().isEmpty());
        QSignalSpy failed(&vault, &Vault::failed);
        vault.create(kPassphrase);
        QVERIFY(waitFor(failed));
        QCOMPARE(vault.state(), Vault::State::Broken);
    }

    void wrongPassphraseFailsAndStaysLocked()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        QVERIFY(!createVault(vault).isEmpty());
        vault.lock();
        QCOMPARE(vault.state(), Vault::State::Locked);
        QSignalSpy failed(&vault, &Vault::failed);
        vault.unlock(QStringLiteral("not it"));
        QVERIFY(vault.isBusy());
        QVERIFY(waitFor(failed));
        QVERIFY(!vault.isBusy());
        QCOMPARE(vault.state(), Vault::State::Locked);
        QVERIFY(!vault.database());
        QCOMPARE(vault.backoffRemainingMs(), qint64(1000));
    }

    void lifecycleRunsOffTheCallingThread()
    {
        QTemporaryDir dir;
        ManualClock clock;
        QThread *worker = nullptr;
        Vault vault(dir.path(), clock, floorPolicy(&worker));
        QCOMPARE(vault.state(), Vault::State::Absent);

        QSignalSpy state(&vault, &Vault::stateChanged);
        QSignalSpy issued(&vault, &Vault::recoveryKeyIssued);
        vault.create(kPassphrase);
        QVERIFY(vault.isBusy());
        QVERIFY(waitFor(issued));
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(vault.state(), Vault::State::Unlocked);
        QVERIFY(vault.database());
        QCOMPARE(issued.at(0).at(0).toString().size(), 34);

        vault.lock();
        QCOMPARE(vault.state(), Vault::State::Locked);
        QVERIFY(!vault.database());

        QSignalSpy unlocked(&vault, &Vault::stateChanged);
        vault.unlock(kPassphrase);
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(vault.state(), Vault::State::Unlocked);

        vault.lock();
        QSignalSpy byRecovery(&vault, &Vault::stateChanged);
        vault.unlockWithRecoveryKey(issued.at(0).at(0).toString());
        QVERIFY(byRecovery.wait(30000));
        QCOMPARE(vault.state(), Vault::State::Unlocked);

        QSignalSpy changed(&vault, &Vault::passphraseChanged);
        vault.changePassphrase(kPassphrase, QStringLiteral("a whole new passphrase of words"));
        QVERIFY(waitFor(changed));

        QSignalSpy wiped(&vault, &Vault::wiped);
        vault.wipe(QStringLiteral("a whole new passphrase of words"));
        QVERIFY(waitFor(wiped));
        QCOMPARE(vault.state(), Vault::State::Absent);
        QVERIFY(!vault.database());
    }

    void forgottenPassphraseIsReplacedWithTheRecoveryKey()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        const QString recoveryKey = createVault(vault);
        QVERIFY(!recoveryKey.isEmpty());
        vault.lock();

        const QString fresh = QStringLiteral("quiet river paper lantern seven");
        QSignalSpy changed(&vault, &Vault::passphraseChanged);
        vault.resetPassphraseAndUnlock(recoveryKey.toLower(), fresh);
        QVERIFY(waitFor(changed));
        QCOMPARE(vault.state(), Vault::State::Unlocked);

        vault.lock();
        QSignalSpy failed(&vault, &Vault::failed);
        vault.unlock(kPassphrase);
        QVERIFY(waitFor(failed));
        QCOMPARE(vault.state(), Vault::State::Locked);
        clock.advance(1000);
        QSignalSpy unlocked(&vault, &Vault::stateChanged);
        vault.unlock(fresh);
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(vault.state(), Vault::State::Unlocked);
    }

    void oneJobAtATime()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        QSignalSpy failed(&vault, &Vault::failed);
        QSignalSpy issued(&vault, &Vault::recoveryKeyIssued);
        vault.create(kPassphrase);
        vault.create(kPassphrase);
        QCOMPARE(failed.count(), 1);
        QVERIFY(waitFor(issued));
        QCOMPARE(issued.count(), 1);
    }
};

HARBOR_TEST_MAIN(TestVault)
#include "tst_vault.moc"
