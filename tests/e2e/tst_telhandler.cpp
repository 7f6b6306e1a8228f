// SPDX-License-Identifier: GPL-3.0-or-later
// Started with --data-dir, Harbor confines XDG_* for its own process; the
// programs it starts (xdg-mime, xdg-open) must still see the user's real
// XDG folders and find the user's tel: handler. A fake handler is registered
// with `xdg-mime default` in a test HOME; the number must reach it.
#include "TestMain.h"
#include "linux/LinuxPlatform.h"
#include "safety/PhoneNumber.h"
#include "shell/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

using harbor::LinuxPlatform;
using harbor::Platform;
using harbor::shell::DataDirectory;

class TestTelHandler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dataDir;
    QString m_received;

    static bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
            && file.setPermissions(permissions);
    }

    // xdg-mime and xdg-open, run with the process's current environment.
    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            return QStringLiteral("<timed out>");
        }
        return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    }

    [[nodiscard]] QString received() const
    {
        QFile file(m_received);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdg-mime")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty()) {
            QSKIP("xdg-utils is not installed");
        }
        QVERIFY(m_home.isValid() && m_dataDir.isValid());
        // The user's session, as Harbor was started in it: a generic desktop
        // (xdg-utils' own lookup), the user's own XDG folders.
        const QString home = m_home.path();
        qputenv("HOME", QFile::encodeName(home));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
        qputenv("XDG_DATA_DIRS", "/usr/local/share:/usr/share");
        qputenv("DISPLAY", ":77"); // xdg-open looks up scheme handlers only "with a display"
        for (const char *name : { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                 "GNOME_DESKTOP_SESSION_ID", "XDG_SESSION_DESKTOP", "BROWSER", "WAYLAND_DISPLAY" }) {
            qunsetenv(name);
        }
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.local/share/applications")));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));

        // The handler writes the URL it was given to a file.
        m_received = home + QStringLiteral("/received.txt");
        const QString script = home + QStringLiteral("/fake-dialer.sh");
        QVERIFY(writeFile(script, "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + QFile::encodeName(m_received) + "'\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY(writeFile(home + QStringLiteral("/.local/share/applications/harbor-test-dialer.desktop"),
            "[Desktop Entry]\nType=Application\nName=Test dialer\nExec=" + QFile::encodeName(script)
                + " %u\nMimeType=x-scheme-handler/tel;x-scheme-handler/https;\nNoDisplay=true\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        for (const QString &scheme : { QStringLiteral("tel"), QStringLiteral("https") }) {
            QProcess::execute(QStringLiteral("xdg-mime"),
                { QStringLiteral("default"), QStringLiteral("harbor-test-dialer.desktop"),
                    QStringLiteral("x-scheme-handler/") + scheme });
        }
        QCOMPARE(run(QStringLiteral("xdg-mime"),
                     { QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/tel") }),
            QStringLiteral("harbor-test-dialer.desktop"));

        // harbor --data-dir DIR: Harbor's own process is confined.
        DataDirectory::confineProcessTo(m_dataDir.path());
        QVERIFY(qEnvironmentVariable("XDG_DATA_HOME").startsWith(m_dataDir.path()));
        // ... so a program started with Harbor's environment finds no handler:
        // what this test guards against.
        QCOMPARE(run(QStringLiteral("xdg-mime"),
                     { QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/tel") }),
            QString());
    }

    void init() { QFile::remove(m_received); }

    void theNumberReachesTheUsersHandler()
    {
        LinuxPlatform platform; // as createPlatform() makes it
        std::optional<Platform::DialOutcome> outcome;
        platform.dial(*harbor::safety::PhoneNumber::parse(u"844-264-5437"),
            [&outcome](Platform::DialOutcome result) { outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(*outcome, Platform::DialOutcome::HandedToDialer);
        QTRY_COMPARE_WITH_TIMEOUT(received(), QStringLiteral("tel:8442645437"), 30000);
    }

    void websitesReachTheUsersBrowser()
    {
        LinuxPlatform platform;
        QVERIFY(platform.openUrl(QUrl(QStringLiteral("https://example.org/help?a=1"))));
        QTRY_COMPARE_WITH_TIMEOUT(received(), QStringLiteral("https://example.org/help?a=1"), 30000);
    }

    void harborsOwnEnvironmentWouldFindNothing()
    {
        // The same platform given the confined environment cannot dial: the
        // call sheet would show instead (the bug this test pins).
        LinuxPlatform platform(QProcessEnvironment::systemEnvironment());
        std::optional<Platform::DialOutcome> outcome;
        platform.dial(*harbor::safety::PhoneNumber::parse(u"844-264-5437"),
            [&outcome](Platform::DialOutcome result) { outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(*outcome, Platform::DialOutcome::NoDialer);
        QVERIFY(received().isEmpty());
    }
};

HARBOR_TEST_MAIN(TestTelHandler)
#include "tst_telhandler.moc"
