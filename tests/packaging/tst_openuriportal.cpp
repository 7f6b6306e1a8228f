// SPDX-License-Identifier: GPL-3.0-or-later
// OpenUriPortal against a fake xdg-desktop-portal on a dbus-daemon of the
// test's own: what a Flatpak'd Harbor sees when it hands tel: to the host.
// The real session bus is never touched.
#include "TestMain.h"
#include "linux/OpenUriPortal.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <optional>

#include <sys/prctl.h>

using harbor::OpenUriPortal;
using Result = OpenUriPortal::Result;

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");

// A dbus-daemon of our own that allows everything and activates nothing.
class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;
    ~PrivateBus()
    {
        m_daemon.kill();
        m_daemon.waitForFinished();
    }

    [[nodiscard]] QString start()
    {
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        if (!m_dir.isValid() || !config.open(QIODevice::WriteOnly)) {
            return {};
        }
        config.write(QStringLiteral("<busconfig><type>harbor-test</type><listen>unix:path=%1</listen>"
                                    "<auth>EXTERNAL</auth><policy context=\"default\">"
                                    "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                                    "<allow own=\"*\"/></policy></busconfig>\n")
                         .arg(m_dir.filePath(QStringLiteral("bus")))
                         .toUtf8());
        config.close();
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_daemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000)) {
                return {};
            }
        }
        return QString::fromUtf8(m_daemon.readLine().trimmed());
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
};

// xdg-desktop-portal's OpenURI, answering each call with `response`
// (nullopt: never), on the request path the caller's handle_token names.
class FakePortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.OpenURI")

public:
    std::optional<uint> response = 0U;
    bool ignoreHandleToken = false; // as portals before 0.9 do
    QStringList uris;

public Q_SLOTS:
    QDBusObjectPath OpenURI(const QString &parentWindow, const QString &uri, const QVariantMap &options)
    {
        Q_UNUSED(parentWindow)
        uris.append(uri);
        QString sender = message().service().mid(1);
        sender.replace(QLatin1Char('.'), QLatin1Char('_'));
        const QString token = ignoreHandleToken ? QStringLiteral("old%1").arg(uris.size())
                                                : options.value(QStringLiteral("handle_token")).toString();
        const QString path = QStringLiteral("%1/request/%2/%3").arg(kPortalPath, sender, token);
        if (response) {
            QDBusMessage signal = QDBusMessage::createSignal(
                path, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
            signal << *response << QVariantMap();
            // After the reply, as the real portal answers once the user chose.
            // (connection() is valid only during the call: keep a copy.) An
            // old portal's caller can listen only once it has the reply, so
            // that answer comes as late as a person choosing would make it.
            QTimer::singleShot(ignoreHandleToken ? 300 : 0, this, [bus = connection(), signal] { bus.send(signal); });
        }
        return QDBusObjectPath(path);
    }
};

} // namespace

class TestOpenUriPortal : public QObject
{
    Q_OBJECT

private:
    PrivateBus m_bus;
    QString m_address;
    FakePortal m_portal;
    int m_connections = 0;

    [[nodiscard]] QDBusConnection client()
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("client%1").arg(++m_connections));
    }

    [[nodiscard]] Result openTel(QDBusConnection bus, int timeoutMs = 5000)
    {
        OpenUriPortal portal(std::move(bus));
        std::optional<Result> result;
        int calls = 0;
        portal.open(
            QUrl(QStringLiteral("tel:+18442645437")),
            [&](Result r) {
                result = r;
                ++calls;
            },
            timeoutMs);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs + 2000); }();
        // Exactly once, even if something arrives later.
        QTest::qWait(100);
        [&] { QCOMPARE(calls, 1); }();
        return result.value_or(Result::Opened);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/harbor-test");
        m_address = m_bus.start();
        QVERIFY(!m_address.isEmpty());
        QDBusConnection service = QDBusConnection::connectToBus(m_address, QStringLiteral("portal"));
        QVERIFY(service.isConnected());
        QVERIFY(service.registerObject(kPortalPath, &m_portal, QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(kPortalService));
    }

    // Failure paths first.
    void noPortalFails()
    {
        QDBusConnection::connectToBus(m_address, QStringLiteral("portal")).unregisterService(kPortalService);
        QCOMPARE(openTel(client()), Result::Failed);
        QVERIFY(QDBusConnection::connectToBus(m_address, QStringLiteral("portal")).registerService(kPortalService));
    }

    void noBusFails()
    {
        QCOMPARE(openTel(QDBusConnection::connectToBus(
                     QStringLiteral("unix:path=/nonexistent/bus"), QStringLiteral("nowhere"))),
            Result::Failed);
    }

    void noHandlerFails()
    {
        m_portal.response = 2U;
        QCOMPARE(openTel(client()), Result::Failed);
    }

    void userCancelled()
    {
        m_portal.response = 1U;
        QCOMPARE(openTel(client()), Result::Cancelled);
    }

    void noAnswerTimesOut()
    {
        m_portal.response.reset();
        QCOMPARE(openTel(client(), 300), Result::Failed);
    }

    void openedReachesTheHostWithTheNumber()
    {
        m_portal.response = 0U;
        m_portal.uris.clear();
        QCOMPARE(openTel(client()), Result::Opened);
        QCOMPARE(m_portal.uris, QStringList { QStringLiteral("tel:+18442645437") });
    }

    void olderPortalPathIsFollowed()
    {
        m_portal.response = 0U;
        m_portal.ignoreHandleToken = true;
        QCOMPARE(openTel(client()), Result::Opened);
        m_portal.ignoreHandleToken = false;
    }

    void anotherRequestsAnswerIsNotOurs()
    {
        // An answer on someone else's request path must not finish ours.
        m_portal.response.reset();
        QDBusConnection bus = client();
        OpenUriPortal portal(bus);
        std::optional<Result> result;
        portal.open(
            QUrl(QStringLiteral("tel:911")), [&](Result r) { result = r; }, 800);
        QDBusMessage stray = QDBusMessage::createSignal(kPortalPath + QStringLiteral("/request/1_999/other"),
            QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
        stray << 0U << QVariantMap();
        QVERIFY(QDBusConnection::connectToBus(m_address, QStringLiteral("portal")).send(stray));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3000);
        QCOMPARE(*result, Result::Failed); // the timeout, not the stray Opened
    }
};

HARBOR_TEST_MAIN(TestOpenUriPortal)
#include "tst_openuriportal.moc"
