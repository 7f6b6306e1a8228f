// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing decodes an attachment on the UI thread, nor inside Harbor's own
// process: attaching decodes nothing, the viewer's page count reaches
// harbor-decoder without blocking, and the report's thumbnails are decoded
// on the export's worker thread. AttachmentDecoder's observer sees every
// helper started, with the thread that started it and the helper's pid.
#include "JournalController.h"
#include "ReportController.h"
#include "TestMain.h"
#include "TestPdf.h"
#include "VaultFixture.h"
#include "journal/AttachmentDecoder.h"
#include "shell/Translations.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QMutex>
#include <QSignalSpy>
#include <QThread>
#include <QUrl>

using harbor::journal::AttachmentDecoder;
using harbor::journalui::JournalController;
using harbor::journalui::ReportController;
using harbor::test::VaultFixture;

namespace {

QMutex g_mutex;
QList<AttachmentDecoder::Observation> g_seen;

void record(const AttachmentDecoder::Observation &observation)
{
    const QMutexLocker lock(&g_mutex);
    g_seen.append(observation);
}

QList<AttachmentDecoder::Observation> seen()
{
    const QMutexLocker lock(&g_mutex);
    return g_seen;
}

void forget()
{
    const QMutexLocker lock(&g_mutex);
    g_seen.clear();
}

QByteArray png()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x3d, 0x5a, 0x80));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString hexOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestAttachmentThreads : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;
    QTemporaryDir m_files;

    QUrl file(const QString &name, const QByteArray &bytes)
    {
        QFile out(m_files.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            return {};
        }
        return QUrl::fromLocalFile(out.fileName());
    }

    // Every helper ran in another process, and none blocked the UI thread.
    static void checkNothingBlockedTheUiThread()
    {
        QThread *ui = QCoreApplication::instance()->thread();
        for (const AttachmentDecoder::Observation &observation : seen()) {
            QVERIFY2(!(observation.blocking && observation.thread == ui), "a decode blocked the UI thread");
            QVERIFY(observation.helperPid > 0);
            QVERIFY(observation.helperPid != QCoreApplication::applicationPid());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(AttachmentDecoder::defaultHelper().program.endsWith(QStringLiteral("harbor-decoder")));
        AttachmentDecoder::setObserver(record);
    }
    void cleanupTestCase() { AttachmentDecoder::setObserver(nullptr); }
    void init() { forget(); }

    void pageCountsAreAskedWithoutBlocking()
    {
        VaultFixture f;
        QVERIFY(f.create());
        JournalController journal(f.vault, f.clock);
        QVERIFY(journal.isReady());
        const qint64 entryId = f.addEntry(QStringLiteral("Ana"), QStringLiteral("Messages from a stranger"));
        QVERIFY(entryId > 0);
        journal.acknowledgeImageRule();
        // Pages no other test produced, so no page count is known yet.
        const QByteArray document = harbor::test::pdfFromQt(3);
        const QByteArray picture = png();
        QVERIFY(journal.addAttachment(entryId, file(QStringLiteral("chat.pdf"), document)));
        QVERIFY(journal.addAttachment(entryId, file(QStringLiteral("chat.png"), picture)));
        QVERIFY2(seen().isEmpty(), "attaching a file decoded it");

        QSignalSpy counted(&journal, &JournalController::attachmentPagesCounted);
        journal.countAttachmentPages(entryId, hexOf(document));
        QCOMPARE(counted.count(), 0); // never answered from within the call
        QVERIFY(counted.wait(20000));
        QCOMPARE(counted.constFirst().at(0).toInt(), int(entryId));
        QCOMPARE(counted.constFirst().at(1).toString(), hexOf(document));
        QCOMPARE(counted.constFirst().at(2).toInt(), 3);
        QCOMPARE(seen().size(), 1); // the helper counted them
        QVERIFY(!seen().constFirst().blocking);
        checkNothingBlockedTheUiThread();

        // Known now, and a picture is one page: answered without a helper.
        forget();
        counted.clear();
        journal.countAttachmentPages(entryId, hexOf(document));
        journal.countAttachmentPages(entryId, hexOf(picture));
        QCOMPARE(counted.count(), 0);
        QVERIFY(QTest::qWaitFor([&counted] { return counted.count() == 2; }, 5000));
        QCOMPARE(counted.at(0).at(2).toInt(), 3);
        QCOMPARE(counted.at(1).at(2).toInt(), 1);
        QVERIFY(seen().isEmpty());

        // A file that is not in the journal has no pages.
        counted.clear();
        journal.countAttachmentPages(entryId, hexOf("not attached"));
        QVERIFY(counted.wait(5000));
        QCOMPARE(counted.constFirst().at(2).toInt(), 0);
    }

    void exportDecodesThumbnailsOnAWorker()
    {
        VaultFixture f;
        QVERIFY(f.create());
        JournalController journal(f.vault, f.clock);
        const qint64 entryId = f.addEntry(QStringLiteral("Ana"), QStringLiteral("A picture sent at night"));
        QVERIFY(entryId > 0);
        journal.acknowledgeImageRule();
        QVERIFY(journal.addAttachment(entryId, file(QStringLiteral("night.png"), png())));
        QVERIFY(seen().isEmpty());

        ReportController report(f.vault, f.clock);
        report.resetSelection();
        QCOMPARE(report.entryCount(), 1);
        const QUrl out = QUrl::fromLocalFile(m_files.filePath(QStringLiteral("report.pdf")));
        report.exportPdf(out, VaultFixture::kPassphrase);
        QVERIFY(QTest::qWaitFor([&report] { return !report.status().busy; }, 60000));
        QVERIFY2(!report.status().failed(), qPrintable(report.status().error));
        QVERIFY(report.hasExport());
        // The thumbnail was decoded by the helper, asked from the worker.
        QCOMPARE(seen().size(), 1);
        QVERIFY(seen().constFirst().blocking);
        QVERIFY(seen().constFirst().thread != QCoreApplication::instance()->thread());
        checkNothingBlockedTheUiThread();
    }
};

HARBOR_TEST_MAIN(TestAttachmentThreads)
#include "tst_attachmentthreads.moc"
