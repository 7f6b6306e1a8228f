// SPDX-License-Identifier: GPL-3.0-or-later
// The asynchronous vault: slow work off the calling thread, results as signals.
#include "TestMain.h"
#include "safety/Clock.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <optional>

using harbor::safety::ManualClock;
using harbor::vault::KdfParams;
using harbor::vault::KeyVault;
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

// Vault::verifyPassphrase, waited for; nullopt if no answer came. `thread`
// is where the answer arrived.
std::optional<KeyVault::Error> verifyNow(Vault &vault, const QString &passphrase, QThread **thread = nullptr)
{
    std::optional<KeyVault::Error> answer;
    vault.verifyPassphrase(passphrase, [&answer, thread](KeyVault::Error error) {
        answer = error;
        if (thread) {
            *thread = QThread::currentThread();
        }
    });
    // The answer is queued: never synchronous, even for an instant refusal.
    if (answer) {
        qWarning("verifyPassphrase answered before returning");
        return std::nullopt;
    }
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000);
    return answer;
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

    // Wipe: the journal and every file and folder Harbor made in its data
    // directory go; what the user keeps there stays (--data-dir ~/Documents).
    void wipeRemovesEverythingHarborMadeAndNothingElse()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const QDir data(dir.path());
        auto write = [&data](const QString &relative) {
            QVERIFY(data.mkpath(QFileInfo(data.filePath(relative)).path()));
            QFile file(data.filePath(relative));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        };
        // What a user keeps in the folder they named.
        write(QStringLiteral("letter.odt"));
        write(QStringLiteral("config/mine.txt"));
        write(QStringLiteral("content-notes.txt"));
        Vault vault(dir.path(), clock, floorPolicy());
        createVault(vault);
        // What Harbor makes beside the journal.
        write(QStringLiteral("settings.ini"));
        write(QStringLiteral("content/v7/pack.json"));
        write(QStringLiteral("content/manifest.signed"));
        write(QStringLiteral("restore-staging/journal.db"));
        write(QStringLiteral(".harbor-session/cache/fontconfig/x.cache"));
        write(QStringLiteral("journal.key.Ab12Cd")); // a crashed atomic write
        vault.lock();
        QSignalSpy failedOnce(&vault, &Vault::failed);
        vault.unlock(QStringLiteral("not the passphrase"));
        QVERIFY(waitFor(failedOnce));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("unlock-attempts.json"))));
        clock.advance(60'000);
        QSignalSpy unlocked(&vault, &Vault::stateChanged);
        vault.unlock(kPassphrase);
        QVERIFY(unlocked.wait(30000));

        // A wrong passphrase erases nothing.
        QSignalSpy failed(&vault, &Vault::failed);
        vault.wipe(QStringLiteral("not the passphrase"));
        QVERIFY(waitFor(failed));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("journal.db"))));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("settings.ini"))));
        clock.advance(60'000);

        QSignalSpy wiped(&vault, &Vault::wiped);
        vault.wipe(kPassphrase);
        QVERIFY(waitFor(wiped));
        QCOMPARE(vault.state(), Vault::State::Absent);
        QStringList left;
        QDirIterator it(dir.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            left << data.relativeFilePath(it.next());
        }
        left.sort();
        QCOMPARE(left,
            QStringList({ QStringLiteral("config"), QStringLiteral("config/mine.txt"),
                QStringLiteral("content-notes.txt"), QStringLiteral("letter.odt") }));
    }

    // SECURITY.md: a lock asked for while an unlock is still deriving the key wins.
    void lockDuringUnlockWins()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        createVault(vault);
        vault.lock();
        QCOMPARE(vault.state(), Vault::State::Locked);

        vault.unlock(kPassphrase);
        QVERIFY(vault.isBusy());
        vault.lock(); // while Argon2id runs
        QSignalSpy busy(&vault, &Vault::busyChanged);
        QVERIFY(busy.wait(30000));
        QVERIFY(!vault.isBusy());
        QCOMPARE(vault.state(), Vault::State::Locked);
        QVERIFY(!vault.database());

        // The next unlock is not affected by the earlier lock.
        QSignalSpy changed(&vault, &Vault::stateChanged);
        vault.unlock(kPassphrase);
        QVERIFY(changed.wait(30000));
        QCOMPARE(vault.state(), Vault::State::Unlocked);
    }

    // SECURITY.md: the passphrase is entered again before an export or a
    // backup. A wrong one is refused and starts the same back-off as a wrong
    // unlock; while it runs even the right one waits.
    void verifyPassphraseRefusesAWrongOneAndBacksOff()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        QVERIFY(!createVault(vault).isEmpty());
        QSignalSpy failed(&vault, &Vault::failed);
        QSignalSpy busy(&vault, &Vault::busyChanged);

        QCOMPARE(verifyNow(vault, QStringLiteral("not it")), KeyVault::Error::WrongPassphrase);
        QCOMPARE(vault.backoffRemainingMs(), qint64(1000));
        QCOMPARE(verifyNow(vault, kPassphrase), KeyVault::Error::TryLater);
        // The back-off is the vault's own: an unlock waits for it too.
        vault.lock();
        vault.unlock(kPassphrase);
        QVERIFY(waitFor(failed));
        QCOMPARE(vault.state(), Vault::State::Locked);

        clock.advance(1000);
        QCOMPARE(verifyNow(vault, QStringLiteral("still not it")), KeyVault::Error::WrongPassphrase);
        QCOMPARE(vault.backoffRemainingMs(), qint64(2000)); // it grows
        clock.advance(2000);
        QCOMPARE(verifyNow(vault, kPassphrase), KeyVault::Error::None);
        QCOMPARE(vault.backoffRemainingMs(), qint64(0)); // the right one clears it
        // Only the unlock's refusal was a vault signal; verifying is silent.
        QCOMPARE(failed.count(), 1);
        QCOMPARE(vault.state(), Vault::State::Locked);
        QVERIFY(!vault.database());
    }

    // Unwrap only: the database file is never opened, so a damaged one
    // still verifies, and an open journal stays as it was.
    void verifyPassphraseDoesNotOpenTheDatabase()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        QVERIFY(!createVault(vault).isEmpty());
        harbor::vault::Database *open = vault.database();
        QVERIFY(open);
        QSignalSpy state(&vault, &Vault::stateChanged);
        QCOMPARE(verifyNow(vault, kPassphrase), KeyVault::Error::None);
        QCOMPARE(vault.database(), open);
        QCOMPARE(state.count(), 0);

        vault.lock();
        QFile db(dir.filePath(QStringLiteral("journal.db")));
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(4096, 'x'));
        db.close();
        QCOMPARE(verifyNow(vault, kPassphrase), KeyVault::Error::None);
        QVERIFY(!vault.database());
        QSignalSpy failed(&vault, &Vault::failed);
        vault.unlock(kPassphrase); // an unlock does open it, and says it is damaged
        QVERIFY(waitFor(failed));
        QCOMPARE(failed.at(0).at(0).toString(), KeyVault::errorMessage(KeyVault::Error::DatabaseDamaged));
    }

    // On the vault's serial queue: after a passphrase change already
    // queued, so the new one is the one that verifies; the answer comes
    // back on the thread that asked.
    void verifyPassphraseRunsAfterQueuedWorkAndAnswersOnTheOwnerThread()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        QVERIFY(!createVault(vault).isEmpty());
        const QString next = QStringLiteral("a whole new passphrase of words");
        QSignalSpy changed(&vault, &Vault::passphraseChanged);
        vault.changePassphrase(kPassphrase, next);
        QThread *answeredOn = nullptr;
        QCOMPARE(verifyNow(vault, next, &answeredOn), KeyVault::Error::None);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(waitFor(changed));
        QCOMPARE(verifyNow(vault, kPassphrase), KeyVault::Error::WrongPassphrase);
    }

    void verifyPassphraseWithoutAVaultSaysSo()
    {
        QTemporaryDir dir;
        ManualClock clock;
        Vault vault(dir.path(), clock, floorPolicy());
        QCOMPARE(verifyNow(vault, kPassphrase), KeyVault::Error::NoVault);
        QCOMPARE(vault.backoffRemainingMs(), qint64(0));
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
