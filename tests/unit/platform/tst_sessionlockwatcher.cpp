// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: the fake logind and screensaver buses every case uses
// live here with the cases.
// SessionLockWatcher against real dbus-daemons of its own (a "system" bus with
// a fake logind, a "session" bus with screensaver signals). The real buses
// are never touched: both bus addresses are pointed at nothing first.
#include "TestMain.h"
#include "linux/LinuxPlatform.h"
#include "linux/SessionLockWatcher.h"
#include "safety/Clock.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>
#include <utility>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

using harbor::SessionLockWatcher;

namespace {

const QString kLogind = QStringLiteral("org.freedesktop.login1");
const QString kManagerPath = QStringLiteral("/org/freedesktop/login1");
const QString kManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kSession = QStringLiteral("org.freedesktop.login1.Session");
const QString kOurSession = QStringLiteral("/org/freedesktop/login1/session/_31");
const QString kOtherSession = QStringLiteral("/org/freedesktop/login1/session/_32");
const QString kProbePath = QStringLiteral("/org/harbor/Probe");
const QString kProbeInterface = QStringLiteral("org.harbor.Probe");

// A dbus-daemon of our own, listening on a socket in a temporary directory.
class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;
    ~PrivateBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }

    [[nodiscard]] bool start()
    {
        if (!m_dir.isValid()) {
            return false;
        }
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly)) {
            return false;
        }
        // Allows anything and names no service directory, so nothing is activated.
        const QString busConfig = QStringLiteral("<busconfig>\n"
                                                 "  <type>harbor-test</type>\n"
                                                 "  <listen>unix:path=%1</listen>\n"
                                                 "  <auth>EXTERNAL</auth>\n"
                                                 "  <policy context=\"default\">\n"
                                                 "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                                 "    <allow eavesdrop=\"true\"/>\n"
                                                 "    <allow own=\"*\"/>\n"
                                                 "  </policy>\n"
                                                 "</busconfig>\n");
        config.write(busConfig.arg(m_dir.filePath(QStringLiteral("bus"))).toUtf8());
        config.close();
        // A test that crashes leaves no daemon behind.
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_daemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        // The address is printed once the socket listens.
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000)) {
                return false;
            }
        }
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        return !m_address.isEmpty();
    }

    [[nodiscard]] QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

// logind's Manager as far as the watcher asks it.
class FakeLogind : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    QString sessionForOurPid; // empty: "no session for this PID"
    QString sessionId; // GetSession answers kOurSession for this id only
    QList<uint> askedPids;
    QStringList askedIds;

public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        askedPids.append(pid);
        if (sessionForOurPid.isEmpty() || pid != uint(::getpid())) {
            sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSessionForPID"), QStringLiteral("no session"));
            return {};
        }
        return QDBusObjectPath(sessionForOurPid);
    }

    QDBusObjectPath GetSession(const QString &id)
    {
        askedIds.append(id);
        if (sessionId.isEmpty() || id != sessionId) {
            sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchSession"), QStringLiteral("no such session"));
            return {};
        }
        return QDBusObjectPath(kOurSession);
    }
};

QDBusMessage screenSaverSignal(const QString &path, const QString &interfaceName, bool active)
{
    auto message = QDBusMessage::createSignal(path, interfaceName, QStringLiteral("ActiveChanged"));
    message << active;
    return message;
}

QDBusMessage sessionLock(const QString &path)
{
    return QDBusMessage::createSignal(path, kSession, QStringLiteral("Lock"));
}

QDBusMessage propertiesChanged(const QString &interfaceName, const QVariantMap &changed)
{
    auto message = QDBusMessage::createSignal(
        kOurSession, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"));
    message << interfaceName << changed << QStringList();
    return message;
}

QDBusMessage prepareForSleep(bool start)
{
    auto message = QDBusMessage::createSignal(kManagerPath, kManager, QStringLiteral("PrepareForSleep"));
    message << start;
    return message;
}

} // namespace

class TestSessionLockWatcher : public QObject
{
    Q_OBJECT

public:
    enum class Sender {
        ScreenSaver, // a client of the session bus that owns no name
        Logind, // the owner of org.freedesktop.login1 on the system bus
        Impostor, // another client of the system bus
    };
    Q_ENUM(Sender)

private:
    QTemporaryDir m_nowhere;
    std::unique_ptr<PrivateBus> m_systemBus;
    std::unique_ptr<PrivateBus> m_sessionBus;
    QStringList m_connectionNames;
    QByteArray m_savedSessionId;
    bool m_hadSessionId = false;
    int m_probesHeard = 0;
    int m_probesSent = 0;

    QDBusConnection connectTo(const PrivateBus &bus, const QString &role)
    {
        const QString name = QStringLiteral("tst-%1-%2").arg(role).arg(m_connectionNames.size());
        m_connectionNames.append(name);
        return QDBusConnection::connectToBus(bus.address(), name);
    }

    // Every match rule the connection asked for before is in force once the
    // bus answered a later call: the bus handles one client's messages in order.
    static void flush(const QDBusConnection &connection)
    {
        const auto reply = connection.call(QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
            QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId")));
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
    }

    // A probe signal, heard on `listener` by this test object.
    void listenForProbes(QDBusConnection &listener)
    {
        QVERIFY(
            listener.connect(QString(), kProbePath, kProbeInterface, QStringLiteral("Probe"), this, SLOT(probed())));
    }

    // Sends `message` from `sender`, then a probe from the same sender. The bus
    // keeps one sender's messages in order and Qt delivers them in order, so
    // once the probe is heard the watcher has handled `message`, whatever it did.
    void sendAndSettle(const QDBusConnection &sender, const QDBusMessage &message)
    {
        QVERIFY(sender.send(message));
        QVERIFY(sender.send(QDBusMessage::createSignal(kProbePath, kProbeInterface, QStringLiteral("Probe"))));
        ++m_probesSent;
        QTRY_COMPARE(m_probesHeard, m_probesSent);
    }

    [[nodiscard]] static bool ownLogind(QDBusConnection &connection, FakeLogind &logind)
    {
        return connection.registerObject(kManagerPath, &logind, QDBusConnection::ExportAllSlots)
            && connection.registerService(kLogind);
    }

public Q_SLOTS:
    // Not a test: a private slot would be run as one.
    void probed() { ++m_probesHeard; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty(),
            "dbus-daemon not found: install the Debian package dbus-daemon (packaging/install-deps.sh)");
        // Anything that asks for the default buses finds none.
        QVERIFY(m_nowhere.isValid());
        const QByteArray nowhere = "unix:path=" + QFile::encodeName(m_nowhere.filePath(QStringLiteral("no-bus")));
        qputenv("DBUS_SESSION_BUS_ADDRESS", nowhere);
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", nowhere);
    }

    void init()
    {
        m_hadSessionId = qEnvironmentVariableIsSet("XDG_SESSION_ID");
        m_savedSessionId = qgetenv("XDG_SESSION_ID");
        qunsetenv("XDG_SESSION_ID");
        m_systemBus = std::make_unique<PrivateBus>();
        m_sessionBus = std::make_unique<PrivateBus>();
        QVERIFY(m_systemBus->start());
        QVERIFY(m_sessionBus->start());
    }

    void cleanup()
    {
        for (const auto &name : std::as_const(m_connectionNames)) {
            QDBusConnection::disconnectFromBus(name);
        }
        m_connectionNames.clear();
        m_systemBus.reset();
        m_sessionBus.reset();
        if (m_hadSessionId) {
            qputenv("XDG_SESSION_ID", m_savedSessionId);
        }
    }

    void signalLocksOrNot_data()
    {
        QTest::addColumn<Sender>("sender");
        QTest::addColumn<QDBusMessage>("signal");
        QTest::addColumn<int>("locks");

        const auto kde = QStringLiteral("org.freedesktop.ScreenSaver");
        const auto gnome = QStringLiteral("org.gnome.ScreenSaver");
        for (const auto &[path, interfaceName] : { std::pair { QStringLiteral("/ScreenSaver"), kde },
                 std::pair { QStringLiteral("/org/freedesktop/ScreenSaver"), kde },
                 std::pair { QStringLiteral("/org/gnome/ScreenSaver"), gnome } }) {
            const QByteArray where = (interfaceName + QLatin1Char(' ') + path).toUtf8();
            QTest::addRow("%s active", where.constData())
                << Sender::ScreenSaver << screenSaverSignal(path, interfaceName, true) << 1;
            QTest::addRow("%s inactive", where.constData())
                << Sender::ScreenSaver << screenSaverSignal(path, interfaceName, false) << 0;
        }

        QTest::newRow("our session Lock") << Sender::Logind << sessionLock(kOurSession) << 1;
        QTest::newRow("another session's Lock") << Sender::Logind << sessionLock(kOtherSession) << 0;
        QTest::newRow("our session Lock, not from logind") << Sender::Impostor << sessionLock(kOurSession) << 0;
        QTest::newRow("LockedHint true") << Sender::Logind
                                         << propertiesChanged(kSession, { { QStringLiteral("LockedHint"), true } })
                                         << 1;
        QTest::newRow("LockedHint false")
            << Sender::Logind << propertiesChanged(kSession, { { QStringLiteral("LockedHint"), false } }) << 0;
        QTest::newRow("LockedHint not a bool")
            << Sender::Logind
            << propertiesChanged(kSession, { { QStringLiteral("LockedHint"), QStringLiteral("true") } }) << 0;
        QTest::newRow("another property")
            << Sender::Logind << propertiesChanged(kSession, { { QStringLiteral("IdleHint"), true } }) << 0;
        QTest::newRow("LockedHint of another interface")
            << Sender::Logind
            << propertiesChanged(QStringLiteral("org.example.Other"), { { QStringLiteral("LockedHint"), true } }) << 0;
        QTest::newRow("PrepareForSleep true") << Sender::Logind << prepareForSleep(true) << 1;
        QTest::newRow("PrepareForSleep false") << Sender::Logind << prepareForSleep(false) << 0;
        QTest::newRow("PrepareForSleep, not from logind") << Sender::Impostor << prepareForSleep(true) << 0;
    }

    void signalLocksOrNot()
    {
        QFETCH(Sender, sender);
        QFETCH(QDBusMessage, signal);
        QFETCH(int, locks);

        auto logindConnection = connectTo(*m_systemBus, QStringLiteral("logind"));
        FakeLogind logind;
        logind.sessionForOurPid = kOurSession;
        QVERIFY(ownLogind(logindConnection, logind));

        auto system = connectTo(*m_systemBus, QStringLiteral("system"));
        auto session = connectTo(*m_sessionBus, QStringLiteral("session"));
        QVERIFY(system.isConnected() && session.isConnected());
        listenForProbes(system);
        listenForProbes(session);
        SessionLockWatcher watcher(system, session);
        QSignalSpy locked(&watcher, &SessionLockWatcher::lockRequested);
        QSignalSpy found(&watcher, &SessionLockWatcher::sessionFound);
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.at(0).at(0).toString(), kOurSession);
        QCOMPARE(watcher.sessionPath(), kOurSession);
        QCOMPARE(logind.askedPids, QList<uint> { uint(::getpid()) });
        flush(system);
        flush(session);

        // The screensaver's client connects after the watcher: no name, no
        // service at the watcher's start, and still heard.
        QDBusConnection from = sender == Sender::Logind ? logindConnection
            : sender == Sender::Impostor                ? connectTo(*m_systemBus, QStringLiteral("impostor"))
                                                        : connectTo(*m_sessionBus, QStringLiteral("screensaver"));
        sendAndSettle(from, signal);
        QCOMPARE(locked.size(), locks);
        // Heard every time, not once.
        sendAndSettle(from, signal);
        QCOMPARE(locked.size(), 2 * locks);
    }

    // The whole path: the screensaver says the session locked, the open
    // journal (a real vault on disk) locks, as main.cpp wires it.
    void theOpenJournalLocks()
    {
        QTemporaryDir dir;
        harbor::safety::ManualClock clock;
        harbor::vault::Vault vault(dir.path(), clock, [] { return harbor::vault::KdfParams::floor(); });
        QSignalSpy busy(&vault, &harbor::vault::Vault::busyChanged);
        vault.create(QStringLiteral("a passphrase for the lock test"));
        QTRY_VERIFY_WITH_TIMEOUT(!vault.isBusy(), 30000);
        QCOMPARE(vault.state(), harbor::vault::Vault::State::Unlocked);

        auto session = connectTo(*m_sessionBus, QStringLiteral("session"));
        listenForProbes(session);
        SessionLockWatcher watcher(QDBusConnection(QStringLiteral("no-such-connection")), session);
        connect(&watcher, &SessionLockWatcher::lockRequested, &vault, &harbor::vault::Vault::lock);
        flush(session);
        auto screenSaver = connectTo(*m_sessionBus, QStringLiteral("screensaver"));
        sendAndSettle(screenSaver,
            screenSaverSignal(
                QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), false));
        QCOMPARE(vault.state(), harbor::vault::Vault::State::Unlocked);
        sendAndSettle(screenSaver,
            screenSaverSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true));
        QCOMPARE(vault.state(), harbor::vault::Vault::State::Locked);
    }

    void fallsBackToXdgSessionId()
    {
        auto logindConnection = connectTo(*m_systemBus, QStringLiteral("logind"));
        FakeLogind logind; // knows no session for our PID
        logind.sessionId = QStringLiteral("c7");
        QVERIFY(ownLogind(logindConnection, logind));
        qputenv("XDG_SESSION_ID", "c7");

        auto system = connectTo(*m_systemBus, QStringLiteral("system"));
        listenForProbes(system);
        SessionLockWatcher watcher(system, QDBusConnection(QStringLiteral("no-such-connection")));
        QSignalSpy locked(&watcher, &SessionLockWatcher::lockRequested);
        QTRY_COMPARE(watcher.sessionPath(), kOurSession);
        QCOMPARE(logind.askedIds, QStringList { QStringLiteral("c7") });
        flush(system);

        sendAndSettle(logindConnection, sessionLock(kOtherSession));
        QCOMPARE(locked.size(), 0);
        sendAndSettle(logindConnection, sessionLock(kOurSession));
        QCOMPARE(locked.size(), 1);
    }

    void withoutLogindSessionSleepStillLocks()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        auto logindConnection = connectTo(*m_systemBus, QStringLiteral("logind"));
        FakeLogind logind; // knows neither our PID nor the id
        QVERIFY(ownLogind(logindConnection, logind));
        qputenv("XDG_SESSION_ID", "c7");

        auto system = connectTo(*m_systemBus, QStringLiteral("system"));
        listenForProbes(system);
        SessionLockWatcher watcher(system, QDBusConnection(QStringLiteral("no-such-connection")));
        QSignalSpy locked(&watcher, &SessionLockWatcher::lockRequested);
        QTRY_COMPARE(logind.askedIds.size(), 1);
        flush(system);

        sendAndSettle(logindConnection, sessionLock(kOurSession));
        QCOMPARE(logind.askedPids.size(), 1);
        QCOMPARE(logind.askedIds.size(), 1);
        QVERIFY(watcher.sessionPath().isEmpty());
        QCOMPARE(locked.size(), 0);
        sendAndSettle(logindConnection, prepareForSleep(true));
        QCOMPARE(locked.size(), 1);
    }

    void noBusIsSilentAndHarmless()
    {
        const QString missing = QStringLiteral("unix:path=") + m_nowhere.filePath(QStringLiteral("no-bus"));
        auto unreachable = QDBusConnection::connectToBus(missing, QStringLiteral("tst-unreachable"));
        m_connectionNames.append(QStringLiteral("tst-unreachable"));
        auto invalid = QDBusConnection::connectToBus(QStringLiteral("not-an-address"), QStringLiteral("tst-invalid"));
        m_connectionNames.append(QStringLiteral("tst-invalid"));
        QVERIFY(!unreachable.isConnected());
        QVERIFY(!invalid.isConnected());

        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        SessionLockWatcher watcher(unreachable, invalid);
        QSignalSpy locked(&watcher, &SessionLockWatcher::lockRequested);
        QCoreApplication::processEvents();
        QVERIFY(watcher.sessionPath().isEmpty());
        QCOMPARE(locked.size(), 0);

        // The app's own path: QDBusConnection::systemBus() and sessionBus(),
        // which initTestCase pointed at nothing.
        int platformLocks = 0;
        {
            harbor::LinuxPlatform platform;
            platform.watchSessionLock([&platformLocks] { ++platformLocks; });
            QCoreApplication::processEvents();
        }
        QCOMPARE(platformLocks, 0);
    }

    void destroyedBeforeLogindAnswers()
    {
        auto logindConnection = connectTo(*m_systemBus, QStringLiteral("logind"));
        FakeLogind logind;
        logind.sessionForOurPid = kOurSession;
        QVERIFY(ownLogind(logindConnection, logind));
        auto system = connectTo(*m_systemBus, QStringLiteral("system"));
        auto session = connectTo(*m_sessionBus, QStringLiteral("session"));
        listenForProbes(system);
        {
            SessionLockWatcher watcher(system, session);
        }
        QTRY_COMPARE(logind.askedPids.size(), 1);
        // logind's answer reaches `system` before this signal does.
        sendAndSettle(logindConnection, sessionLock(kOurSession));
    }
};

HARBOR_TEST_MAIN(TestSessionLockWatcher)
#include "tst_sessionlockwatcher.moc"
