// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runHarbor(
    const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HARBOR_BINARY), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromLocal8Bit(process.readAllStandardOutput()),
        QString::fromLocal8Bit(process.readAllStandardError()) };
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

// The emergency red (Theme.emergency, #b3261e) appears in the image.
int emergencyPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            count += qAbs(qRed(p) - 0xb3) < 6 && qAbs(qGreen(p) - 0x26) < 6 && qAbs(qBlue(p) - 0x1e) < 6;
        }
    }
    return count;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = runHarbor({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("harbor ")), qPrintable(run.out));
        QVERIFY(run.out.trimmed().section(u' ', 1).contains(u'.'));
    }

    void unknownOptionPrintsUsageAndExits2()
    {
        const Run run = runHarbor({ QStringLiteral("--no-such-option") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no-such-option")));
        QVERIFY(run.err.contains(QStringLiteral("--screenshot")));
        QVERIFY(run.out.isEmpty());
    }

    void screenshot_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("phone") << QSize(360, 740);
        QTest::newRow("desktop") << QSize(1280, 800);
    }
    // Renders at the asked size with the emergency bar, and writes nothing
    // outside --data-dir (HOME points at an empty directory it must leave so).
    void screenshot()
    {
        QFETCH(QSize, size);
        QTemporaryDir home;
        QTemporaryDir data;
        QTemporaryDir out;
        QVERIFY(home.isValid() && data.isValid() && out.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        for (const char *name :
            { "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "HARBOR_DATA_DIR" }) {
            environment.remove(QLatin1String(name));
        }
        const QString png = out.filePath(QStringLiteral("shot.png"));
        const Run run = runHarbor({ QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                                      QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                      QStringLiteral("--data-dir"), data.path() },
            environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        QVERIFY2(emergencyPixels(image.copy(0, 0, size.width(), 120)) > 200, "emergency bar not at the top");
        QCOMPARE(filesUnder(home.path()), QStringList());
        QVERIFY(QFileInfo(data.path()).isDir());
    }

    void dataDirFromEnvironment()
    {
        QTemporaryDir home;
        QTemporaryDir data;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        const QString dir = data.filePath(QStringLiteral("harbor"));
        environment.insert(QStringLiteral("HARBOR_DATA_DIR"), dir);
        const Run run
            = runHarbor({ QStringLiteral("--screenshot"), data.filePath(QStringLiteral("x.png")) }, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(dir).isDir());
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(filesUnder(home.path()), QStringList());
    }

    // SECURITY.md, "The process": a real harbor writes a child, a kept entry
    // and an erased one (each with a random marker), shows the journal and
    // locks it; then its own memory holds none of the markers, while the same
    // scan found them before the lock. It is not dumpable, writes no core
    // files, and every file it made is 0600, every folder 0700.
    void lockLeavesNoJournalTextAndTheProcessIsHardened()
    {
        QTemporaryDir data;
        const QString dir = data.filePath(QStringLiteral("harbor"));
        const Run run = runHarbor({ QStringLiteral("--lock-probe"), QStringLiteral("--data-dir"), dir });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject unlocked = result.value(QStringLiteral("unlocked")).toObject();
        const QJsonObject locked = result.value(QStringLiteral("locked")).toObject();
        QVERIFY2(unlocked.value(QStringLiteral("kept")).toInt() > 0, "the scan did not find the open entry");
        QVERIFY(unlocked.value(QStringLiteral("child")).toInt() > 0);
        for (const char *marker : { "kept", "erased", "child" }) {
            QCOMPARE(locked.value(QLatin1String(marker)).toInt(-1), 0);
        }
        QVERIFY(locked.value(QStringLiteral("bytes")).toDouble() > 1e6);
        QCOMPARE(result.value(QStringLiteral("dumpable")).toBool(true), false);
        QCOMPARE(result.value(QStringLiteral("core_limit")).toInt(-1), 0);
        QCOMPARE(result.value(QStringLiteral("umask")).toInt(), 077);
        QCOMPARE(result.value(QStringLiteral("wipes_freed_memory")).toBool(), true);

        int checked = 0;
        QDirIterator it(
            dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const auto mode = info.permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                    | QFile::ExeOther);
            QVERIFY2(mode == QFile::Permissions(), qPrintable(info.filePath()));
            if (info.isDir()) {
                QVERIFY(info.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            }
            ++checked;
        }
        QVERIFY(checked >= 2); // at least the journal and its key
    }

    // A lock probe never runs on someone's real journal.
    void lockProbeNeedsAnExplicitEmptyFolder() { QCOMPARE(runHarbor({ QStringLiteral("--lock-probe") }).exitCode, 2); }

    void screenshotToUnwritablePlaceFails()
    {
        QTemporaryDir data;
        const Run run = runHarbor({ QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/dir/x.png"),
            QStringLiteral("--data-dir"), data.path() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("screenshot")));
    }
};

HARBOR_TEST_MAIN(TestCli)
#include "tst_cli.moc"
