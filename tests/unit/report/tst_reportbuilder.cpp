// SPDX-License-Identifier: GPL-3.0-or-later
// A report from a real journal, exported to PDF and read back with
// pdftotext: every selected entry, its revision hashes, the exhibits'
// SHA-256 and the page numbers are in it; entries of a child that was not
// selected, outside the dates or in another category are not.
#include "../journal/JournalFixture.h"
#include "TestMain.h"
#include "journal/JournalVerifier.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdfWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using harbor::journal::Child;
using harbor::journal::Entry;
using harbor::report::ReportBuilder;
using harbor::report::ReportDocument;
using harbor::report::ReportSelection;
using harbor::test::JournalFixture;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString oneLine(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

    JournalFixture m_journal;
    Child m_ana { 0, QStringLiteral("Ana"), 2012, { { QStringLiteral("Discord"), QStringLiteral("ana_draws") } } };
    Child m_ben { 0, QStringLiteral("Ben"), 2014, {} };

    qint64 save(Entry entry) { return m_journal.store->save(entry).ok() ? entry.id : 0; }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QFAIL("pdftotext is missing: install poppler-utils (packaging/install-deps.sh does)");
        }
        QVERIFY(m_journal.ready());
        QVERIFY(m_journal.children->save(m_ana).ok());
        QVERIFY(m_journal.children->save(m_ben).ok());
        for (int i = 0; i < 12; ++i) {
            Entry entry = m_journal.observation(
                QStringLiteral("ANA-%1 a stranger asked for photos").arg(i), qint64 { 24 } * (12 - i));
            entry.childId = m_ana.id;
            entry.platform = QStringLiteral("Discord");
            entry.account = QStringLiteral("xx_friend_%1").arg(i);
            entry.category = i % 2 ? QStringLiteral("grooming") : QStringLiteral("sextortion");
            entry.severity = static_cast<harbor::journal::Severity>(i % 3);
            entry.actions = QStringLiteral("Took a screenshot and blocked the account.");
            const qint64 id = save(entry);
            QVERIFY(id > 0);
            if (i == 2) {
                auto saved = *m_journal.store->entry(id);
                saved.text += QStringLiteral(" (edited later)");
                QVERIFY(m_journal.store->save(saved).ok());
                QVERIFY(m_journal.store->addAttachment(id, QStringLiteral("chat.png"), m_journal.png(40, 30)).ok());
            }
        }
        Entry other = m_journal.observation(QStringLiteral("BEN-ONLY should never appear"), 30);
        other.childId = m_ben.id;
        other.category = QStringLiteral("grooming");
        QVERIFY(save(other) > 0);
        Entry old = m_journal.observation(QStringLiteral("ANA-OLD outside the dates"), qint64 { 24 } * 400);
        old.childId = m_ana.id;
        old.category = QStringLiteral("grooming");
        QVERIFY(save(old) > 0);
    }

    void selectionLeavesOthersOut()
    {
        ReportSelection selection;
        selection.childIds = { m_ana.id };
        selection.from = QDateTime::fromMSecsSinceEpoch(m_journal.clock.nowMs()).date().addDays(-60);
        selection.categories = { QStringLiteral("grooming") };
        harbor::journal::JournalError error;
        const ReportDocument document
            = ReportBuilder(*m_journal.db, harbor::journal::CategoryCatalog::builtIn(), m_journal.clock)
                  .build(selection, &error);
        QVERIFY(error.ok());
        QCOMPARE(document.entries.size(), 6); // the odd ones: grooming
        QCOMPARE(document.children.size(), 1);
        QCOMPARE(document.children.constFirst().platforms, QStringList { QStringLiteral("Discord: ana_draws") });
        for (const auto &entry : document.entries) {
            QCOMPARE(entry.child, QStringLiteral("Ana"));
            QCOMPARE(entry.category, QStringLiteral("Grooming"));
        }
        QVERIFY(!document.timeline.isEmpty());
    }

    void exportedPdfHoldsEverySelectedEntry()
    {
        ReportSelection selection;
        selection.childIds = { m_ana.id };
        selection.from = QDateTime::fromMSecsSinceEpoch(m_journal.clock.nowMs()).date().addDays(-60);
        selection.preparedBy = QStringLiteral("A. Guardian");
        harbor::journal::JournalError error;
        ReportDocument document
            = ReportBuilder(*m_journal.db, harbor::journal::CategoryCatalog::builtIn(), m_journal.clock)
                  .build(selection, &error);
        QVERIFY(error.ok());
        QCOMPARE(document.entries.size(), 12);
        QCOMPARE(document.exhibits.size(), 1);
        // Nothing is decoded while building (on the UI thread); the picture
        // waits, undecoded, for addThumbnails() on the export's worker.
        QVERIFY(document.exhibits.constFirst().thumbnail.isNull());
        QVERIFY(!document.exhibits.constFirst().original.isEmpty());
        ReportBuilder::addThumbnails(document);
        QVERIFY(!document.exhibits.constFirst().thumbnail.isNull());
        QVERIFY(document.exhibits.constFirst().original.isEmpty());

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString writeError;
        QVERIFY2(harbor::report::ReportPdfWriter::write(document, file, &writeError), qPrintable(writeError));
        file.close();

        const QString text = oneLine(
            run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), file.fileName(), QStringLiteral("-") }));
        QVERIFY(!text.isEmpty());
        for (int i = 0; i < 12; ++i) {
            QVERIFY2(text.contains(QStringLiteral("ANA-%1 ").arg(i)), qPrintable(QStringLiteral("ANA-%1").arg(i)));
        }
        QVERIFY(text.contains(QStringLiteral("(edited later)")));
        QVERIFY(!text.contains(QStringLiteral("BEN-ONLY")));
        QVERIFY(!text.contains(QStringLiteral("ANA-OLD")));
        QVERIFY(text.contains(QStringLiteral("A. Guardian")));
        for (const auto &entry : document.entries) {
            for (const auto &revision : entry.revisions) {
                QVERIFY2(text.contains(QString::fromLatin1(revision.hash.toHex())), "a revision hash");
            }
        }
        QVERIFY(text.contains(QString::fromLatin1(document.exhibits.constFirst().sha256.toHex())));
        // The whole journal's chain head, as Verify sees it: hash, links,
        // entries (Ben's too) and the newest link's time, each printed.
        const auto verified = harbor::journal::JournalVerifier::verify(*m_journal.db);
        QVERIFY(verified.intact());
        QCOMPARE(document.chain, verified.head);
        QVERIFY(document.chain.entries > document.entries.size());
        QVERIFY(text.contains(document.chain.hashHex()));
        for (const auto &[label, value] : std::initializer_list<std::pair<const char *, QString>> {
                 { "Links", QString::number(document.chain.links) },
                 { "Entries", QString::number(document.chain.entries) },
                 { "Newest link \\(UTC\\)", document.chain.atUtc() },
             }) {
            QVERIFY2(
                QRegularExpression(QStringLiteral("%1\\s+%2").arg(QLatin1String(label), value)).match(text).hasMatch(),
                label);
        }
        const QString info = run(QStringLiteral("pdfinfo"), { file.fileName() });
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        const int count = pages.captured(1).toInt();
        QVERIFY(count >= 2);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(count)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(count)));
    }
};

HARBOR_TEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
