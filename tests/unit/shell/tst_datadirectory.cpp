// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "shell/DataDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using harbor::shell::DataDirectory;

class TestDataDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // What the user started the process with, before any confinement.
        qputenv("XDG_DATA_HOME", "/home/parent/.local/share");
        qputenv("XDG_CONFIG_HOME", "/home/parent/.config");
    }
    void cleanup() { qunsetenv("HARBOR_DATA_DIR"); }

    void optionWinsOverEnvironment()
    {
        qputenv("HARBOR_DATA_DIR", "/tmp/from-env");
        QCOMPARE(
            DataDirectory::explicitLocation(QStringLiteral("/tmp/from-option")), QStringLiteral("/tmp/from-option"));
    }

    void environmentIsUsedWithoutOption()
    {
        qputenv("HARBOR_DATA_DIR", "/tmp/from-env");
        QCOMPARE(DataDirectory::explicitLocation(QString()), QStringLiteral("/tmp/from-env"));
    }

    void relativePathsBecomeAbsolute()
    {
        const QString location = DataDirectory::explicitLocation(QStringLiteral("relative/dir"));
        QVERIFY(QDir::isAbsolutePath(location));
        QVERIFY(location.endsWith(QStringLiteral("/relative/dir")));
    }

    void nothingGivenMeansDefault()
    {
        QVERIFY(DataDirectory::explicitLocation(QString()).isEmpty());
        // Test mode keeps the default away from the real user's data.
        QVERIFY(DataDirectory::defaultLocation().contains(QStringLiteral("qttest")));
    }

    void confinesXdgLocations()
    {
        const QByteArray saved = qgetenv("XDG_CACHE_HOME");
        QTemporaryDir temp;
        DataDirectory::confineProcessTo(temp.path());
        // All inside one Harbor-named folder: never the user's own "config".
        const QString base = temp.filePath(QStringLiteral(".harbor-session"));
        QCOMPARE(qEnvironmentVariable("XDG_CACHE_HOME"), base + QStringLiteral("/cache"));
        QCOMPARE(qEnvironmentVariable("XDG_CONFIG_HOME"), base + QStringLiteral("/config"));
        QCOMPARE(qEnvironmentVariable("XDG_DATA_HOME"), base + QStringLiteral("/share"));
        QCOMPARE(qEnvironmentVariable("XDG_STATE_HOME"), base + QStringLiteral("/state"));
        qputenv("XDG_CACHE_HOME", saved);
    }

    void providesAPrivateRuntimeDirWhenTheSessionHasNone()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        DataDirectory::confineProcessTo(temp.path());
        const QString runtime = temp.filePath(QStringLiteral(".harbor-session/runtime"));
        QCOMPARE(qEnvironmentVariable("XDG_RUNTIME_DIR"), runtime);
        QCOMPARE(QFileInfo(runtime).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // A session's own runtime dir is left alone.
        qputenv("XDG_RUNTIME_DIR", "/run/user/1000");
        DataDirectory::confineProcessTo(temp.path());
        QCOMPARE(qEnvironmentVariable("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/1000"));
        qputenv("XDG_RUNTIME_DIR", saved);
    }

    void createsAPrivateDirectory()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString dir = temp.filePath(QStringLiteral("a/b"));
        QString error;
        QVERIFY(DataDirectory::ensurePrivate(dir, &error));
        QVERIFY(error.isEmpty());
        const QFileInfo info(dir);
        QVERIFY(info.isDir());
        QCOMPARE(info.permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                    | QFile::ExeOther),
            QFile::Permissions());
    }

    void harborEntries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("harbor");
        for (const char *name :
            { "settings.ini", "journal.db", "journal.db-wal", "journal.db-shm", "journal.key", "journal.key.Xy12Ab",
                "unlock-attempts.json", "restore-staging", "restore-ready", "content", ".harbor-session" }) {
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        }
        for (const char *name : { "Documents", "config", "cache", "journal", "journal.key.", "content.txt",
                 "settings.ini~", "my-journal.db", ".." }) {
            QTest::newRow(name) << QString::fromLatin1(name) << false;
        }
    }
    void harborEntries()
    {
        QFETCH(QString, name);
        QFETCH(bool, harbor);
        QCOMPARE(DataDirectory::isHarborEntry(name), harbor);
    }

    void removesHarborFilesOnlyAndNeverFollowsLinks()
    {
        QTemporaryDir temp;
        QTemporaryDir outside;
        const QDir data(temp.path());
        QVERIFY(data.mkpath(QStringLiteral("content/v3")));
        QVERIFY(data.mkpath(QStringLiteral("photos")));
        QFile(temp.filePath(QStringLiteral("content/v3/pack.json"))).open(QIODevice::WriteOnly);
        QFile(temp.filePath(QStringLiteral("settings.ini"))).open(QIODevice::WriteOnly);
        QFile(temp.filePath(QStringLiteral("photos/a.jpg"))).open(QIODevice::WriteOnly);
        QFile(outside.filePath(QStringLiteral("keep.txt"))).open(QIODevice::WriteOnly);
        // A link named like Harbor's staging folder, pointing elsewhere.
        QVERIFY(QFile::link(outside.path(), temp.filePath(QStringLiteral("restore-staging"))));
        QVERIFY(DataDirectory::removeHarborFiles(temp.path()).isEmpty());
        QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("content"))));
        QVERIFY(!QFileInfo::exists(temp.filePath(QStringLiteral("settings.ini"))));
        QVERIFY(!QFileInfo(temp.filePath(QStringLiteral("restore-staging"))).isSymLink());
        QVERIFY(QFileInfo::exists(temp.filePath(QStringLiteral("photos/a.jpg"))));
        QVERIFY(QFileInfo::exists(outside.filePath(QStringLiteral("keep.txt"))));
    }

    void reportsWhenItCannotCreate()
    {
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        // A file where the directory should be.
        QFile blocker(temp.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!DataDirectory::ensurePrivate(temp.filePath(QStringLiteral("file/sub")), &error));
        QVERIFY(!error.isEmpty());
    }

    void programsHarborStartsGetTheUserEnvironment()
    {
        // xdg-open and xdg-mime must find the user's handlers, not Harbor's
        // confined folders; confining again (a second call) changes nothing.
        QTemporaryDir temp;
        DataDirectory::confineProcessTo(temp.path());
        DataDirectory::confineProcessTo(temp.path());
        QVERIFY(qEnvironmentVariable("XDG_DATA_HOME").startsWith(temp.path()));
        const QProcessEnvironment user = DataDirectory::userEnvironment();
        QCOMPARE(user.value(QStringLiteral("XDG_DATA_HOME")), QStringLiteral("/home/parent/.local/share"));
        QCOMPARE(user.value(QStringLiteral("XDG_CONFIG_HOME")), QStringLiteral("/home/parent/.config"));
        QVERIFY(!user.value(QStringLiteral("XDG_CACHE_HOME")).startsWith(temp.path()));
    }
};

HARBOR_TEST_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
