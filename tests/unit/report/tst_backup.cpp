// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore: every bad file is refused with its own error and
// leaves the vault in place byte for byte; a full disk during restore
// changes nothing; a good backup restores every row, revision, blob and
// hash, into a new vault or in place of the old one; a restore a crash
// interrupted is finished at the next start.
#include "BackupFixture.h"
#include "TestMain.h"
#include "journal/JournalVerifier.h"
#include "report/Backup.h"
#include "report/BackupFormat.h"
#include "report/BackupRecords.h"
#include "report/BackupStream.h"
#include "vault/VaultReplacement.h"

#include <QtEndian>

using harbor::report::Backup;
using harbor::report::BackupError;
using harbor::report::BackupHeader;
using harbor::report::BackupSummary;
using harbor::test::VaultWithJournal;
using harbor::vault::SecureBuffer;

namespace {

SecureBuffer backupPassphrase()
{
    return SecureBuffer::fromUtf8(QStringLiteral("a separate backup passphrase"));
}

Backup::RestoreOptions restoreOptions()
{
    Backup::RestoreOptions options;
    options.vaultKdf = harbor::vault::KdfParams::floor();
    return options;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    VaultWithJournal m_source;
    QByteArray m_backup;
    QStringList m_sourceRows;
    QJsonObject m_settings { { QStringLiteral("region"), QStringLiteral("colorado") } };

    // The offset of the n-th chunk's length field.
    qsizetype chunkOffset(int n) const
    {
        qsizetype at = BackupHeader::kSize;
        for (int i = 0; i < n; ++i) {
            at += 4 + qFromBigEndian<quint32>(m_backup.constData() + at);
        }
        return at;
    }

    static QByteArray flipped(QByteArray bytes, qsizetype at)
    {
        bytes[at] = static_cast<char>(bytes.at(at) ^ 0x04);
        return bytes;
    }

    Backup::Restored restoreBytes(QByteArray bytes, const QString &dataDir, const SecureBuffer &passphrase,
        const Backup::RestoreOptions &options = restoreOptions())
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return Backup::restore(buffer, passphrase, dataDir, VaultWithJournal::passphrase(), m_source.clock, options);
    }

    BackupSummary inspectBytes(QByteArray bytes, const SecureBuffer &passphrase = backupPassphrase())
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return Backup::inspect(buffer, passphrase);
    }

    // m_backup with its meta record changed, re-encrypted: what a writer
    // with other ideas could make with the same passphrase.
    QByteArray withMeta(const std::function<void(QJsonObject &)> &change)
    {
        QBuffer in(&m_backup);
        in.open(QIODevice::ReadOnly);
        harbor::report::BackupStreamReader reader(in);
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        harbor::report::BackupStreamWriter writer(out);
        if (!reader.begin(backupPassphrase()).ok()
            || !writer.begin(backupPassphrase(), harbor::vault::KdfParams::floor()).ok()) {
            return {};
        }
        harbor::report::BackupRecordWriter records(writer);
        harbor::report::BackupRecordReader::Visitor copy;
        copy.meta = [&](const QJsonObject &meta) {
            QJsonObject changed = meta;
            change(changed);
            return records.meta(changed);
        };
        copy.row
            = [&](int table, const QList<harbor::report::BackupValue> &values) { return records.row(table, values); };
        if (!harbor::report::BackupRecordReader(reader).readAll(copy).ok() || !records.end().ok()
            || !writer.finish().ok()) {
            return {};
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.create());
        QVERIFY(m_source.fill(60, QStringLiteral("zebracorn")));
        QBuffer out(&m_backup);
        out.open(QIODevice::WriteOnly);
        QList<double> progress;
        Backup::Progress report;
        report.report = [&progress](double f) { progress.append(f); };
        const BackupError error = Backup::write(
            *m_source.db, backupPassphrase(), harbor::vault::KdfParams::floor(), m_settings, out, report);
        QVERIFY2(error.ok(), error.detail.toUtf8().constData());
        QVERIFY(!progress.isEmpty());
        m_sourceRows = m_source.dump();
        QVERIFY(m_sourceRows.size() > 150);
        // Several chunks: the 640×480 picture alone is larger than one.
        QVERIFY(chunkOffset(3) < m_backup.size());
        // Nothing of the journal is in the file in the clear.
        QVERIFY(!m_backup.contains("zebracorn"));
        QVERIFY(!m_backup.contains("Ana"));
        QVERIFY(!m_backup.contains("A. Guardian"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("rightPassphrase");
        QTest::addColumn<BackupError::Code>("error");
        using Code = BackupError::Code;
        QByteArray future = m_backup;
        qToBigEndian<quint16>(2, future.data() + 8);
        const qsizetype last = m_backup.size() - 1;
        QTest::newRow("empty file") << QByteArray() << true << Code::Empty;
        QTest::newRow("not a backup") << QByteArray("journal.db\nSQLite format 3") << true << Code::NotABackup;
        QTest::newRow("a PNG") << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x') << true << Code::NotABackup;
        QTest::newRow("future format") << future << true << Code::TooNew;
        QTest::newRow("wrong passphrase") << m_backup << false << Code::WrongPassphrase;
        QTest::newRow("cut in the magic") << m_backup.left(4) << true << Code::Truncated;
        QTest::newRow("cut in the header") << m_backup.left(50) << true << Code::Truncated;
        QTest::newRow("header only") << m_backup.left(BackupHeader::kSize) << true << Code::Truncated;
        QTest::newRow("cut in a chunk") << m_backup.left(chunkOffset(2) + 100) << true << Code::Truncated;
        QTest::newRow("cut between chunks") << m_backup.left(chunkOffset(2)) << true << Code::Truncated;
        QTest::newRow("last byte missing") << m_backup.left(last) << true << Code::Truncated;
        QTest::newRow("bytes after the end") << m_backup + QByteArray("x") << true << Code::Damaged;
        QTest::newRow("flipped: format flags") << flipped(m_backup, 11) << true << Code::Damaged;
        QTest::newRow("flipped: cost, out of range") << flipped(m_backup, 13) << true << Code::Damaged;
        QTest::newRow("flipped: cost") << flipped(m_backup, 15) << true << Code::WrongPassphrase;
        QTest::newRow("flipped: salt") << flipped(m_backup, 30) << true << Code::WrongPassphrase;
        QTest::newRow("flipped: stream header") << flipped(m_backup, 50) << true << Code::Damaged;
        QTest::newRow("flipped: key check") << flipped(m_backup, 70) << true << Code::WrongPassphrase;
        QTest::newRow("flipped: chunk length") << flipped(m_backup, chunkOffset(1) + 3) << true << Code::Damaged;
        QTest::newRow("flipped: first chunk") << flipped(m_backup, chunkOffset(0) + 40) << true << Code::Damaged;
        QTest::newRow("flipped: middle chunk") << flipped(m_backup, chunkOffset(2) + 1000) << true << Code::Damaged;
        QTest::newRow("flipped: last byte") << flipped(m_backup, last) << true << Code::Damaged;
        QByteArray swapped = m_backup.left(chunkOffset(1));
        swapped += m_backup.mid(chunkOffset(2), chunkOffset(3) - chunkOffset(2));
        swapped += m_backup.mid(chunkOffset(1), chunkOffset(2) - chunkOffset(1));
        swapped += m_backup.mid(chunkOffset(3));
        QTest::newRow("chunks swapped") << swapped << true << Code::Damaged;
    }

    void refused()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, rightPassphrase);
        QFETCH(BackupError::Code, error);
        VaultWithJournal target;
        QVERIFY(target.create());
        QVERIFY(target.fill(3, QStringLiteral("keepme")));
        target.close();
        const auto before = target.files();

        const Backup::Restored restored = restoreBytes(file, target.dir.path(),
            rightPassphrase ? backupPassphrase() : SecureBuffer::fromUtf8(QStringLiteral("not the passphrase")));
        QCOMPARE(restored.error.code, error);
        QVERIFY(!restored.error.message().isEmpty());
        QCOMPARE(target.files(), before);
        QVERIFY(target.open());
        QCOMPARE(target.dump().size() > 0, true);
    }

    void diskFullWhileRestoringChangesNothing()
    {
        VaultWithJournal target;
        QVERIFY(target.create());
        QVERIFY(target.fill(3, QStringLiteral("keepme")));
        const QStringList rows = target.dump();
        target.close();
        const auto before = target.files();
        Backup::RestoreOptions options = restoreOptions();
        options.maxPageCount = 40; // far less than the backup needs
        const Backup::Restored restored = restoreBytes(m_backup, target.dir.path(), backupPassphrase(), options);
        QCOMPARE(restored.error.code, BackupError::Code::DiskFull);
        QCOMPARE(target.files(), before);
        QVERIFY(target.open());
        QCOMPARE(target.dump(), rows);
    }

    void restoresEverythingIntoANewVault()
    {
        QTemporaryDir empty;
        const Backup::Restored restored = restoreBytes(m_backup, empty.path(), backupPassphrase());
        QVERIFY2(restored.error.ok(), restored.error.detail.toUtf8().constData());
        QVERIFY(!restored.recoveryKey.isEmpty());
        QCOMPARE(restored.settings, m_settings);
        QVERIFY(!QFileInfo::exists(harbor::vault::VaultReplacement::stagingFolder(empty.path())));

        harbor::vault::KeyVault keys(empty.path(), m_source.clock);
        harbor::vault::KeyVault::Unlocked unlocked;
        QCOMPARE(keys.unlock(VaultWithJournal::passphrase(), &unlocked), harbor::vault::KeyVault::Error::None);
        VaultWithJournal view;
        view.db = std::move(unlocked.database);
        QCOMPARE(view.dump(), m_sourceRows);
        const auto verified = harbor::journal::JournalVerifier::verify(*view.db);
        QVERIFY(verified.intact());
        harbor::journal::JournalStore store(*view.db, m_source.clock);
        harbor::journal::JournalStore original(*m_source.db, m_source.clock);
        QCOMPARE(store.headHash(), original.headHash());
        // The search index came along too.
        const auto hitsIn = [](harbor::vault::Database &db) {
            harbor::vault::Database::Statement hits
                = db.prepare("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'zebracorn'");
            return hits.step() ? hits.columnInt(0) : -1;
        };
        QVERIFY(hitsIn(*m_source.db) > 50);
        QCOMPARE(hitsIn(*view.db), hitsIn(*m_source.db));
    }

    void replacesTheCurrentVault()
    {
        VaultWithJournal target;
        QVERIFY(target.create());
        QVERIFY(target.fill(2, QStringLiteral("replaceme")));
        target.close();
        const Backup::Restored restored = restoreBytes(m_backup, target.dir.path(), backupPassphrase());
        QVERIFY2(restored.error.ok(), restored.error.detail.toUtf8().constData());
        QVERIFY(target.open());
        QCOMPARE(target.dump(), m_sourceRows);
        QVERIFY(!QFileInfo::exists(target.dir.filePath(QStringLiteral("restore-ready"))));
    }

    // The chain head is in the backup (encrypted), readable before a
    // restore, and a restore gives back exactly that chain.
    void recordsTheChainHead()
    {
        const auto verified = harbor::journal::JournalVerifier::verify(*m_source.db);
        QVERIFY(verified.intact());
        const harbor::journal::ChainHead head = harbor::journal::JournalVerifier::head(*m_source.db);
        QCOMPARE(head, verified.head);
        QVERIFY(head.links > 60 && head.entries == 60 && head.atMs == m_source.clock.nowMs());
        QCOMPARE(head.hash.size(), 32);

        const BackupSummary summary = inspectBytes(m_backup);
        QVERIFY2(summary.error.ok(), summary.error.detail.toUtf8().constData());
        QVERIFY(summary.chain.has_value());
        QCOMPARE(*summary.chain, head);
        QVERIFY(summary.created.isValid());
        QVERIFY(!m_backup.contains(head.hash));
        QVERIFY(!m_backup.contains(head.hashHex().toLatin1()));

        QCOMPARE(inspectBytes(m_backup, SecureBuffer::fromUtf8(QStringLiteral("not it"))).error.code,
            BackupError::Code::WrongPassphrase);

        QTemporaryDir empty;
        const Backup::Restored restored = restoreBytes(m_backup, empty.path(), backupPassphrase());
        QVERIFY2(restored.error.ok(), restored.error.detail.toUtf8().constData());
        QCOMPARE(restored.chain, head);
    }

    // A backup whose recorded head is not the chain it holds is refused,
    // and so is one whose head is not well formed.
    void refusesAChainHeadThatDiffers_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("links") << QStringLiteral("links") << QJsonValue(1);
        QTest::newRow("entries") << QStringLiteral("entries") << QJsonValue(59);
        QTest::newRow("time") << QStringLiteral("at_ms") << QJsonValue(1000);
        QTest::newRow("hash") << QStringLiteral("head") << QJsonValue(QString(64, QLatin1Char('a')));
        QTest::newRow("hash not hex") << QStringLiteral("head") << QJsonValue(QString(64, QLatin1Char('x')));
        QTest::newRow("links not a number") << QStringLiteral("links") << QJsonValue(QStringLiteral("many"));
    }

    void refusesAChainHeadThatDiffers()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const QByteArray changed = withMeta([&](QJsonObject &meta) {
            QJsonObject chain = meta.value(QLatin1String("chain")).toObject();
            chain.insert(key, value);
            meta.insert(QStringLiteral("chain"), chain);
        });
        QVERIFY(!changed.isEmpty());
        // Unchanged, the same route restores (the test's re-encoding is sound).
        QTemporaryDir fine;
        QVERIFY(restoreBytes(withMeta([](QJsonObject &) {}), fine.path(), backupPassphrase()).error.ok());

        VaultWithJournal target;
        QVERIFY(target.create());
        QVERIFY(target.fill(2, QStringLiteral("keepme")));
        target.close();
        const auto before = target.files();
        const Backup::Restored restored = restoreBytes(changed, target.dir.path(), backupPassphrase());
        QCOMPARE(restored.error.code, BackupError::Code::Damaged);
        QCOMPARE(target.files(), before);
    }

    // A backup made before the chain head was recorded (by the code of that
    // time, kept as a golden file) still restores; it just has no head.
    void restoresABackupWithoutChainHead()
    {
        QFile golden(QFINDTESTDATA("data/backup-format1-before-chain-head.harborbackup"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QByteArray bytes = golden.readAll();
        QCOMPARE(qFromBigEndian<quint16>(bytes.constData() + 8), quint16(BackupHeader::kFormat));

        const BackupSummary summary = inspectBytes(bytes);
        QVERIFY2(summary.error.ok(), summary.error.detail.toUtf8().constData());
        QVERIFY(!summary.chain.has_value());
        QVERIFY(summary.created.isValid());

        QTemporaryDir empty;
        const Backup::Restored restored = restoreBytes(bytes, empty.path(), backupPassphrase());
        QVERIFY2(restored.error.ok(), restored.error.detail.toUtf8().constData());
        QCOMPARE(restored.settings, m_settings);
        QCOMPARE(restored.chain.hashHex(),
            QStringLiteral("541337441044d9cd8788a408d123595c8094ab19d273f844b679574dfefed813"));
        QCOMPARE(restored.chain.links, 12);
        QCOMPARE(restored.chain.entries, 6);
    }

    void checkReadsWithoutKeeping()
    {
        QBuffer good(&m_backup);
        good.open(QIODevice::ReadOnly);
        QVERIFY(Backup::check(good, backupPassphrase()).ok());
        QByteArray bad = flipped(m_backup, chunkOffset(2) + 10);
        QBuffer damaged(&bad);
        damaged.open(QIODevice::ReadOnly);
        QCOMPARE(Backup::check(damaged, backupPassphrase()).code, BackupError::Code::Damaged);
    }

    void interruptedReplacementIsFinishedAtStart()
    {
        VaultWithJournal target;
        QVERIFY(target.create());
        QVERIFY(target.fill(2, QStringLiteral("old")));
        target.close();
        // A restore built its vault and decided (the marker), then the
        // process died after moving the database but before the header.
        VaultWithJournal staged;
        QVERIFY(staged.create());
        QVERIFY(staged.fill(4, QStringLiteral("new")));
        const QStringList stagedRows = staged.dump();
        staged.close();
        const QString staging = harbor::vault::VaultReplacement::stagingFolder(target.dir.path());
        QVERIFY(QDir().mkpath(staging));
        QVERIFY(
            QFile::copy(staged.dir.filePath(QStringLiteral("journal.key")), staging + QStringLiteral("/journal.key")));
        QVERIFY(QFile::remove(target.dir.filePath(QStringLiteral("journal.db"))));
        QVERIFY(QFile::copy(
            staged.dir.filePath(QStringLiteral("journal.db")), target.dir.filePath(QStringLiteral("journal.db"))));
        QFile marker(target.dir.filePath(QStringLiteral("restore-ready")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        QVERIFY(target.open()); // KeyVault finishes the move first
        QCOMPARE(target.dump(), stagedRows);
        QVERIFY(!QFileInfo::exists(staging));
        QVERIFY(!marker.exists());
    }
};

HARBOR_TEST_MAIN(TestBackup)
#include "tst_backup.moc"
