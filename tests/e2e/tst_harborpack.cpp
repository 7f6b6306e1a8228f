// SPDX-License-Identifier: GPL-3.0-or-later
// harbor-pack as a publisher uses it: make a key, sign the pack, verify the
// release with the public key; a tampered release, a wrong key file and an
// existing key file are refused.
#include "TestMain.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

class TestHarborPack : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(HARBOR_PACK_BINARY), args);
        Run result;
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
            result.exitCode = process.exitCode();
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void wrongUseIsRefused()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("sign"), QStringLiteral("only-one-arg") }).exitCode, 1);
        // A secret key that is not one.
        QFile bogus(path("bogus.key"));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("ed25519-secret:AAAA\n");
        bogus.close();
        const Run signed_ = run({ QStringLiteral("sign"), QStringLiteral("--key"), bogus.fileName(),
            QStringLiteral(HARBOR_DEFAULT_PACK_DIR), path("never") });
        QCOMPARE(signed_.exitCode, 1);
        QVERIFY(signed_.err.contains("not a harbor-pack secret key"));
        QVERIFY(!QFile::exists(path("never")));
    }

    void keygenSignVerify()
    {
        const Run keygen = run({ QStringLiteral("keygen"), path("publisher.key") });
        QCOMPARE(keygen.exitCode, 0);
        QVERIFY(keygen.out.startsWith("ed25519:"));
        QCOMPARE(QFile::permissions(path("publisher.key")) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        // Never over an existing key.
        QCOMPARE(run({ QStringLiteral("keygen"), path("publisher.key") }).exitCode, 1);
        QFile keys(path("keys.txt"));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write("# test key\n" + keygen.out);
        keys.close();

        const Run sign = run({ QStringLiteral("sign"), QStringLiteral("--key"), path("publisher.key"),
            QStringLiteral("--expires-in-days"), QStringLiteral("30"), QStringLiteral(HARBOR_DEFAULT_PACK_DIR),
            path("release") });
        QCOMPARE(sign.exitCode, 0);
        QVERIFY(QFile::exists(path("release/manifest.signed")));
        // The release is published under the shipped pack's own version.
        QFile packFile(QStringLiteral(HARBOR_DEFAULT_PACK_DIR "/pack.json"));
        QVERIFY(packFile.open(QIODevice::ReadOnly));
        const int version
            = QJsonDocument::fromJson(packFile.readAll()).object().value(QStringLiteral("version")).toInt();
        QVERIFY(version >= 1);
        const QString folder = QString::number(version);
        QVERIFY(QFile::exists(path(QStringLiteral("release/") + folder + QStringLiteral("/pack.json"))));

        const Run verify
            = run({ QStringLiteral("verify"), QStringLiteral("--keys"), keys.fileName(), path("release") });
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.out.startsWith("ok: harbor-default version " + folder.toLatin1()));

        // The pinned keys did not sign it.
        QCOMPARE(run({ QStringLiteral("verify"), path("release") }).exitCode, 1);

        // One changed byte in a guide.
        QFile guide(path(QStringLiteral("release/") + folder + QStringLiteral("/guides/tiktok.json")));
        QVERIFY(guide.open(QIODevice::ReadWrite));
        QByteArray bytes = guide.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes.at(bytes.size() / 2) ^ 0x20);
        guide.seek(0);
        guide.write(bytes);
        guide.close();
        const Run tampered
            = run({ QStringLiteral("verify"), QStringLiteral("--keys"), keys.fileName(), path("release") });
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.err.contains("guides/tiktok.json"), tampered.err.constData());
    }
};

HARBOR_TEST_MAIN(TestHarborPack)
#include "tst_harborpack.moc"
