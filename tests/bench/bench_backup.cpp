// SPDX-License-Identifier: GPL-3.0-or-later
// Backup benchmark: a journal of 100,000 observations plus 500 MiB of
// attachments (PDF-sized files of random bytes, which do not compress), then
// a backup to a file and a restore into a new vault. Each phase runs in its
// own process so its peak RSS is its own. The same number of bytes is also
// encrypted with libsodium's secretstream alone (64 KiB chunks, in memory)
// in the same run: the backup's throughput is reported against it.
// Prints JSON; it measures, it does not pass or fail on speed.
//
//   bench_backup [--observations N] [--attachment-mib M] [--output FILE]
#include "journal/ChildStore.h"
#include "journal/JournalStore.h"
#include "report/Backup.h"
#include "safety/Clock.h"
#include "vault/KeyVault.h"
#include "vault/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sodium.h>
#include <sys/resource.h>

#include <cstdio>

using namespace harbor;

namespace {

constexpr qint64 kAttachmentBytes = 20 * 1024 * 1024 - 4096;
constexpr double kMiB = 1024.0 * 1024.0;

vault::SecureBuffer journalPassphrase()
{
    return vault::SecureBuffer::fromUtf8(QStringLiteral("benchmark journal passphrase"));
}

vault::SecureBuffer backupPassphrase()
{
    return vault::SecureBuffer::fromUtf8(QStringLiteral("benchmark backup passphrase"));
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

QString argument(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_backup: %s\n", what);
    return 1;
}

int printPhase(const QJsonObject &result)
{
    QJsonObject out = result;
    out.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int fill(const QString &dir, int observations, int attachmentMib)
{
    safety::ManualClock clock;
    vault::KeyVault keys(dir, clock);
    std::optional<vault::RecoveryKey> recovery;
    vault::KeyVault::Unlocked unlocked;
    if (keys.create(journalPassphrase(), vault::KdfParams::floor(), &recovery, &unlocked)
            != vault::KeyVault::Error::None
        || vault::Migrations::apply(*unlocked.database) != vault::Database::Error::None) {
        return fail("cannot create the vault");
    }
    journal::ChildStore children(*unlocked.database, clock);
    journal::JournalStore store(*unlocked.database, clock);
    journal::Child child { 0, QStringLiteral("Ana"), 2012, {} };
    if (!children.save(child).ok()) {
        return fail("cannot add a child");
    }
    QRandomGenerator random(7);
    const QStringList words { QStringLiteral("asked"), QStringLiteral("photos"), QStringLiteral("secret"),
        QStringLiteral("gift"), QStringLiteral("late"), QStringLiteral("night"), QStringLiteral("new"),
        QStringLiteral("friend"), QStringLiteral("mensaje"), QStringLiteral("regalo") };
    for (int done = 0; done < observations;) {
        QList<journal::Entry> batch;
        for (int i = 0; i < 1000 && done < observations; ++i, ++done) {
            journal::Entry entry;
            entry.childId = child.id;
            entry.occurredAtMs = clock.nowMs() - random.bounded(700) * 86'400'000LL;
            entry.platform = QStringLiteral("Discord");
            entry.account = QStringLiteral("user_%1").arg(random.bounded(5000));
            QStringList text;
            for (int w = 0; w < 30; ++w) {
                text << words.at(random.bounded(words.size()));
            }
            entry.text = text.join(QLatin1Char(' '));
            batch.append(entry);
        }
        if (!store.saveAll(batch).ok()) {
            return fail("cannot import entries");
        }
    }
    const int attachments = attachmentMib * 1024 * 1024 / static_cast<int>(kAttachmentBytes + 4096);
    QByteArray bytes(kAttachmentBytes, Qt::Uninitialized);
    for (int i = 0; i < attachments; ++i) {
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        bytes.replace(0, 9, "%PDF-1.4\n");
        if (!store.addAttachment(i + 1, QStringLiteral("scan-%1.pdf").arg(i), bytes).ok()) {
            return fail("cannot add an attachment");
        }
    }
    return printPhase(
        { { QStringLiteral("observations"), observations }, { QStringLiteral("attachments"), attachments } });
}

int backup(const QString &dir, const QString &file)
{
    safety::ManualClock clock;
    vault::KeyVault keys(dir, clock);
    vault::KeyVault::Unlocked unlocked;
    if (keys.unlock(journalPassphrase(), &unlocked) != vault::KeyVault::Error::None) {
        return fail("cannot unlock");
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail("cannot write the backup");
    }
    QElapsedTimer timer;
    timer.start();
    const report::BackupError error
        = report::Backup::write(*unlocked.database, backupPassphrase(), vault::KdfParams::floor(), {}, out);
    out.close();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!error.ok()) {
        return fail("backup failed");
    }
    return printPhase({ { QStringLiteral("seconds"), seconds }, { QStringLiteral("bytes"), out.size() } });
}

int restore(const QString &file, const QString &dir)
{
    safety::ManualClock clock;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail("cannot read the backup");
    }
    report::Backup::RestoreOptions options;
    options.vaultKdf = vault::KdfParams::floor();
    QElapsedTimer timer;
    timer.start();
    const report::Backup::Restored restored
        = report::Backup::restore(in, backupPassphrase(), dir, journalPassphrase(), clock, options);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!restored.error.ok()) {
        std::fprintf(stderr, "%s\n", report::BackupError::name(restored.error.code));
        return fail("restore failed");
    }
    return printPhase({ { QStringLiteral("seconds"), seconds } });
}

// secretstream alone over `bytes` bytes, in the backup's chunk size.
int baseline(qint64 bytes)
{
    if (sodium_init() < 0) {
        return fail("libsodium");
    }
    constexpr qsizetype kChunk = qsizetype { 64 } * 1024;
    QByteArray plain(kChunk, Qt::Uninitialized);
    QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(plain.data()), plain.size() / 4);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    crypto_secretstream_xchacha20poly1305_state state;
    QElapsedTimer timer;
    timer.start();
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    for (qint64 done = 0; done < bytes; done += kChunk) {
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData()), static_cast<unsigned long long>(kChunk),
            nullptr, 0, done + kChunk >= bytes ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return printPhase({ { QStringLiteral("seconds"), seconds } });
}

QJsonObject runPhase(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), args);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()).object();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString phase = argument(args, QStringLiteral("--phase"), {});
    if (phase == QLatin1String("fill")) {
        return fill(argument(args, QStringLiteral("--dir"), {}),
            argument(args, QStringLiteral("--observations"), QStringLiteral("100000")).toInt(),
            argument(args, QStringLiteral("--attachment-mib"), QStringLiteral("500")).toInt());
    }
    if (phase == QLatin1String("backup")) {
        return backup(argument(args, QStringLiteral("--dir"), {}), argument(args, QStringLiteral("--file"), {}));
    }
    if (phase == QLatin1String("restore")) {
        return restore(argument(args, QStringLiteral("--file"), {}), argument(args, QStringLiteral("--dir"), {}));
    }
    if (phase == QLatin1String("baseline")) {
        return baseline(argument(args, QStringLiteral("--bytes"), {}).toLongLong());
    }

    const QString observations = argument(args, QStringLiteral("--observations"), QStringLiteral("100000"));
    const QString mib = argument(args, QStringLiteral("--attachment-mib"), QStringLiteral("500"));
    QTemporaryDir work;
    const QString source = work.filePath(QStringLiteral("source"));
    const QString target = work.filePath(QStringLiteral("restored"));
    const QString file = work.filePath(QStringLiteral("journal.harborbackup"));
    const QJsonObject filled = runPhase({ QStringLiteral("--phase"), QStringLiteral("fill"), QStringLiteral("--dir"),
        source, QStringLiteral("--observations"), observations, QStringLiteral("--attachment-mib"), mib });
    const QJsonObject backedUp = runPhase({ QStringLiteral("--phase"), QStringLiteral("backup"),
        QStringLiteral("--dir"), source, QStringLiteral("--file"), file });
    const QJsonObject restored = runPhase({ QStringLiteral("--phase"), QStringLiteral("restore"),
        QStringLiteral("--file"), file, QStringLiteral("--dir"), target });
    const qint64 bytes = QFileInfo(file).size();
    const QJsonObject alone = runPhase(
        { QStringLiteral("--phase"), QStringLiteral("baseline"), QStringLiteral("--bytes"), QString::number(bytes) });
    if (filled.isEmpty() || backedUp.isEmpty() || restored.isEmpty() || alone.isEmpty()) {
        return fail("a phase failed");
    }
    const double mb = static_cast<double>(bytes) / kMiB;
    const double backupMbps = mb / backedUp.value(QStringLiteral("seconds")).toDouble();
    const double restoreMbps = mb / restored.value(QStringLiteral("seconds")).toDouble();
    const double aloneMbps = mb / alone.value(QStringLiteral("seconds")).toDouble();
    const QJsonObject result {
        { QStringLiteral("observations"), filled.value(QStringLiteral("observations")) },
        { QStringLiteral("attachments"), filled.value(QStringLiteral("attachments")) },
        { QStringLiteral("backup_mib"), mb },
        { QStringLiteral("backup_seconds"), backedUp.value(QStringLiteral("seconds")) },
        { QStringLiteral("backup_mib_per_s"), backupMbps },
        { QStringLiteral("backup_peak_rss_mb"), backedUp.value(QStringLiteral("peak_rss_mb")) },
        { QStringLiteral("restore_seconds"), restored.value(QStringLiteral("seconds")) },
        { QStringLiteral("restore_mib_per_s"), restoreMbps },
        { QStringLiteral("restore_peak_rss_mb"), restored.value(QStringLiteral("peak_rss_mb")) },
        { QStringLiteral("secretstream_alone_mib_per_s"), aloneMbps },
        { QStringLiteral("backup_vs_secretstream"), backupMbps / aloneMbps },
        { QStringLiteral("restore_vs_secretstream"), restoreMbps / aloneMbps },
        { QStringLiteral("targets"),
            QJsonObject {
                { QStringLiteral("peak_rss_mb_below"), 100 }, { QStringLiteral("vs_secretstream_at_least"), 0.5 } } },
    };
    const QByteArray json = QJsonDocument(result).toJson();
    std::printf("%s", json.constData());
    const QString output = argument(args, QStringLiteral("--output"), {});
    if (!output.isEmpty()) {
        QFile out(output);
        if (!QFileInfo(output).dir().mkpath(QStringLiteral(".")) || !out.open(QIODevice::WriteOnly)) {
            return fail("cannot write the output");
        }
        out.write(json);
    }
    return 0;
}
