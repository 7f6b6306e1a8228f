// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: "an entry that the app said was saved is never lost".
// journal_crash_writer saves entries (with attachments and edits) and prints
// each one only after COMMIT; this test kills it with SIGKILL at random
// moments, many times over the same database, and after every kill checks
// that the file is sound and that everything acknowledged is there.
//
// Why this catches a broken promise: the writer spends most of each save in
// COMMIT (fsync with synchronous=FULL), so if it printed before COMMIT, a kill
// would often land between the line and the commit and the printed id would
// be missing afterwards. The seed is printed; HARBOR_CRASH_SEED repeats a run.
#include "TestMain.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "safety/Clock.h"
#include "vault/Database.h"
#include "vault/Migrations.h"
#include "vault/SecureBuffer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

using harbor::journal::Entry;
using harbor::journal::JournalStore;
using harbor::journal::JournalVerifier;
using harbor::vault::Database;
using harbor::vault::SecureBuffer;

namespace {

constexpr int kRounds = 50;
constexpr int kMaxSavesBeforeKill = 30;
constexpr int kMaxExtraMs = 25;
constexpr int kLineTimeoutMs = 30000;

// What the writer acknowledged, across all rounds.
struct Acknowledged
{
    QHash<qint64, int> saved; // id → n (its text contains "#n")
    QHash<qint64, int> edited; // id → n (its text contains "edit #n")
    QList<QPair<qint64, QByteArray>> attached; // id, SHA-256
    int savesThisRound = 0;

    // Parses one complete line; false for anything the writer never prints.
    bool take(const QByteArray &line)
    {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() != 3) {
            return false;
        }
        bool idOk = false;
        const qint64 id = parts.at(1).toLongLong(&idOk);
        if (!idOk || id <= 0) {
            return false;
        }
        bool nOk = false;
        const int n = parts.at(2).toInt(&nOk);
        if (parts.at(0) == "saved" && nOk) {
            saved.insert(id, n);
            ++savesThisRound;
            return true;
        }
        if (parts.at(0) == "edited" && nOk) {
            edited.insert(id, n);
            return true;
        }
        if (parts.at(0) == "attached" && parts.at(2).size() == 64) {
            attached.append({ id, QByteArray::fromHex(parts.at(2)) });
            return true;
        }
        return false;
    }
};

} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureBuffer m_key = SecureBuffer::random(32);
    QRandomGenerator m_random;
    Acknowledged m_acks;

    QString keyHex() const
    {
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(m_key.data()), static_cast<qsizetype>(m_key.size())).toHex());
    }

    // Reads every complete line the writer has printed so far.
    bool readLines(QProcess &writer, QByteArray *bad)
    {
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine();
            if (!m_acks.take(line)) {
                *bad = line;
                return false;
            }
        }
        return true;
    }

    // One round: start, let it save `target` entries (and whatever it prints
    // during `extraMs` more), SIGKILL, and collect every acknowledged line.
    void runAndKill(int target, int extraMs)
    {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(JOURNAL_CRASH_WRITER), { m_dir.path(), keyHex() });
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        m_acks.savesThisRound = 0;
        QByteArray bad;
        while (m_acks.savesThisRound < target) {
            if (!writer.canReadLine() && !writer.waitForReadyRead(kLineTimeoutMs)) {
                writer.kill();
                writer.waitForFinished();
                QFAIL(qPrintable(QStringLiteral("the writer stopped before being killed: ")
                    + QString::fromLocal8Bit(writer.readAllStandardError())));
            }
            QVERIFY2(readLines(writer, &bad), bad.constData());
        }
        QElapsedTimer extra;
        extra.start();
        while (extra.elapsed() < extraMs) {
            if (writer.waitForReadyRead(static_cast<int>(qMax<qint64>(1, extraMs - extra.elapsed())))) {
                QVERIFY2(readLines(writer, &bad), bad.constData());
            }
        }
        writer.kill(); // SIGKILL on Unix
        QVERIFY(writer.waitForFinished(kLineTimeoutMs));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines still in the pipe were printed before the kill: acknowledged
        // too. A line without its newline cannot happen (one atomic write);
        // it would be ignored.
        QVERIFY2(readLines(writer, &bad), bad.constData());
        const QByteArray stderrText = writer.readAllStandardError();
        QVERIFY2(stderrText.isEmpty(), stderrText.constData());
    }

    // The file is sound and holds everything the writer acknowledged.
    void checkDatabase()
    {
        Database::Error error = Database::Error::None;
        QString detail;
        const auto db = Database::open(m_dir.filePath(QStringLiteral("journal.db")), m_key, {}, &error, &detail);
        QVERIFY2(db, qPrintable(detail));
        {
            Database::Statement check = db->prepare("PRAGMA integrity_check");
            QVERIFY(check.isValid());
            QStringList problems;
            while (check.step()) {
                problems.append(check.columnText(0));
            }
            QCOMPARE(check.error(), Database::Error::None);
            QCOMPARE(problems, QStringList { QStringLiteral("ok") });
        }
        // The full-text index agrees with what it indexed.
        QCOMPARE(db->exec("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')", &detail),
            Database::Error::None);
        QCOMPARE(harbor::vault::Migrations::currentVersion(*db), harbor::vault::Migrations::latestVersion());

        const harbor::safety::SystemClock clock;
        const JournalStore store(*db, clock);
        for (auto it = m_acks.saved.cbegin(); it != m_acks.saved.cend(); ++it) {
            const auto entry = store.entry(it.key());
            QVERIFY2(entry, qPrintable(QStringLiteral("acknowledged entry %1 is missing").arg(it.key())));
            QVERIFY(entry->text.contains(QStringLiteral("#%1:").arg(it.value())));
        }
        for (auto it = m_acks.edited.cbegin(); it != m_acks.edited.cend(); ++it) {
            const auto entry = store.entry(it.key());
            QVERIFY(entry);
            QVERIFY2(entry->text.contains(QStringLiteral("edit #%1").arg(it.value())),
                qPrintable(QStringLiteral("acknowledged edit of entry %1 is missing").arg(it.key())));
        }
        for (const auto &attachment : std::as_const(m_acks.attached)) {
            // Named members, not a structured binding: clang (clang-tidy 14)
            // refuses to capture a structured binding in the lambda below.
            const qint64 id = attachment.first;
            const QByteArray &sha = attachment.second;
            const QByteArray bytes = store.attachmentData(id, sha);
            QVERIFY2(!bytes.isEmpty(), qPrintable(QStringLiteral("acknowledged attachment of %1 is missing").arg(id)));
            QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), sha);
            const auto entry = store.entry(id);
            QVERIFY(entry);
            QVERIFY(std::any_of(entry->attachments.cbegin(), entry->attachments.cend(),
                [&](const harbor::journal::AttachmentRef &ref) { return ref.sha256 == sha; }));
        }
        const auto verified = JournalVerifier::verify(*db);
        QVERIFY2(verified.intact(),
            qPrintable(QStringLiteral("verify: problem %1 at link %2, entry %3")
                           .arg(int(verified.problem))
                           .arg(verified.brokenSequence)
                           .arg(verified.brokenEntryId)));
        QVERIFY(verified.linksChecked >= m_acks.saved.size() + m_acks.edited.size() + m_acks.attached.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_key.size() == 32);
        bool fromEnvironment = false;
        const quint32 seed = qEnvironmentVariableIsSet("HARBOR_CRASH_SEED")
            ? static_cast<quint32>(qEnvironmentVariableIntValue("HARBOR_CRASH_SEED", &fromEnvironment))
            : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("seed %u (set HARBOR_CRASH_SEED to repeat)", seed);
    }

    void acknowledgedWritesSurviveSigkill()
    {
        QElapsedTimer total;
        total.start();
        for (int round = 1; round <= kRounds; ++round) {
            const int target = m_random.bounded(1, kMaxSavesBeforeKill + 1);
            const int extraMs = m_random.bounded(0, kMaxExtraMs + 1);
            runAndKill(target, extraMs);
            if (QTest::currentTestFailed()) {
                qWarning("round %d (kill after %d saves + %d ms)", round, target, extraMs);
                return;
            }
            checkDatabase();
            if (QTest::currentTestFailed()) {
                qWarning("round %d (kill after %d saves + %d ms)", round, target, extraMs);
                return;
            }
        }
        qInfo("%d kills, %lld entries, %lld edits, %lld attachments acknowledged in %lld ms", kRounds,
            static_cast<long long>(m_acks.saved.size()), static_cast<long long>(m_acks.edited.size()),
            static_cast<long long>(m_acks.attached.size()), static_cast<long long>(total.elapsed()));
        QVERIFY(m_acks.saved.size() >= kRounds);
    }
};

HARBOR_TEST_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
