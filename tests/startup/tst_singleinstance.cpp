// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"
#include "TestMain.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::app::SingleInstance;
using Role = SingleInstance::Role;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

    [[nodiscard]] QString socketFor(const QString &dataDir) const
    {
        return SingleInstance::socketPathFor(dataDir, m_runtime.path());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_runtime.isValid()); }

    // Failure paths first.
    void withoutRuntimeDirectoryRunsUnguarded()
    {
        SingleInstance instance { QString() };
        QCOMPARE(instance.claim(), Role::Unguarded);
    }

    void tooLongPathRunsUnguarded()
    {
        SingleInstance instance(m_runtime.filePath(QString(120, QLatin1Char('x'))));
        QCOMPARE(instance.claim(), Role::Unguarded);
    }

    void socketLeftByACrashIsReplaced()
    {
        const QString path = socketFor(QStringLiteral("/data/crashed"));
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        SingleInstance instance(path);
        QCOMPARE(instance.claim(), Role::Primary);
        SingleInstance second(path);
        QCOMPARE(second.claim(), Role::Secondary);
    }

    void otherBytesDoNotActivate()
    {
        SingleInstance primary(socketFor(QStringLiteral("/data/strangers")));
        QCOMPARE(primary.claim(), Role::Primary);
        QSignalSpy activations(&primary, &SingleInstance::activationRequested);
        QLocalSocket stranger;
        stranger.connectToServer(primary.socketPath());
        QVERIFY(stranger.waitForConnected(1000));
        stranger.write("activatE\nactivate\n");
        QVERIFY(stranger.waitForBytesWritten(1000));
        // The server reads one message's worth, finds it wrong and hangs up.
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activations.count(), 0);
    }

    void socketIsTheUsersOnly()
    {
        SingleInstance primary(socketFor(QStringLiteral("/data/private")));
        QCOMPARE(primary.claim(), Role::Primary);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(primary.socketPath()) & others, QFile::Permissions());
    }

    // Two objects: the second start raises the first.
    void secondStartActivatesFirst()
    {
        const QString path = socketFor(QStringLiteral("/data/vault"));
        SingleInstance primary(path);
        QCOMPARE(primary.claim(), Role::Primary);
        QSignalSpy activations(&primary, &SingleInstance::activationRequested);
        SingleInstance second(path);
        QCOMPARE(second.claim(), Role::Secondary);
        QVERIFY(activations.wait(2000));
        QCOMPARE(activations.count(), 1);
    }

    void anotherDataFolderIsAnotherInstance()
    {
        QVERIFY(socketFor(QStringLiteral("/data/a")) != socketFor(QStringLiteral("/data/b")));
        QCOMPARE(socketFor(QStringLiteral("/data/a/")), socketFor(QStringLiteral("/data/a")));
        QVERIFY(!socketFor(QStringLiteral("/home/someone/journal")).contains(QStringLiteral("someone")));
        SingleInstance a(socketFor(QStringLiteral("/data/a")));
        SingleInstance b(socketFor(QStringLiteral("/data/b")));
        QCOMPARE(a.claim(), Role::Primary);
        QCOMPARE(b.claim(), Role::Primary);
    }

    void afterTheFirstQuitsTheNextIsPrimary()
    {
        const QString path = socketFor(QStringLiteral("/data/again"));
        {
            SingleInstance first(path);
            QCOMPARE(first.claim(), Role::Primary);
        }
        SingleInstance next(path);
        QCOMPARE(next.claim(), Role::Primary);
    }

    // Two processes, as two starts of Harbor would be.
    void twoProcesses()
    {
        const QString path = socketFor(QStringLiteral("/data/processes"));
        QProcess first;
        first.start(QStringLiteral(PROBE_BINARY), { path });
        QVERIFY(first.waitForReadyRead(5000));
        QCOMPARE(first.readLine().trimmed(), QByteArray("primary"));

        QProcess second;
        second.start(QStringLiteral(PROBE_BINARY), { path });
        QVERIFY(second.waitForFinished(5000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(second.readAllStandardOutput().trimmed(), QByteArray("secondary"));

        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(first.readAllStandardOutput().trimmed(), QByteArray("activated"));
    }
};

HARBOR_TEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
