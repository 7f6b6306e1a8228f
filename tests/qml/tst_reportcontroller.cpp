// SPDX-License-Identifier: GPL-3.0-or-later
// ReportController without QML: refusals first (no file written; a wrong
// passphrase starts the vault's back-off), the PDF written only for its
// owner, the preview following the selection, the call-prep card and the
// call entry, and nothing kept after lock.
#include "ReportController.h"
#include "TestMain.h"
#include "VaultFixture.h"
#include "shell/Translations.h"

#include <QFileInfo>
#include <QUrl>

using harbor::journalui::ReportController;
using harbor::test::VaultFixture;

namespace {

bool settled(ReportController &controller)
{
    return QTest::qWaitFor([&controller] { return !controller.status().busy; }, 60000);
}

} // namespace

class TestReportController : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;
    QTemporaryDir m_out;

    // Ana: two grooming entries in Denver County; Ben: one other.
    static void fill(VaultFixture &f)
    {
        QVERIFY(f.addEntry(QStringLiteral("Ana"), QStringLiteral("ANA-1"), QStringLiteral("grooming"),
                    QStringLiteral("Denver County"))
            > 0);
        QVERIFY(f.addEntry(QStringLiteral("Ana"), QStringLiteral("ANA-2"), QStringLiteral("grooming"),
                    QStringLiteral("Denver County"))
            > 0);
        QVERIFY(f.addEntry(QStringLiteral("Ben"), QStringLiteral("BEN-1")) > 0);
    }

    static qint64 childIdOf(VaultFixture &f, const QString &nickname)
    {
        for (const auto &child : harbor::journal::ChildStore(*f.vault.database(), f.clock).children()) {
            if (child.nickname == nickname) {
                return child.id;
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en")); }

    void aLockedJournalHasNoPreview()
    {
        VaultFixture f;
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        QVERIFY(controller.status().failed());
        QCOMPARE(controller.entryCount(), 0);
        QCOMPARE(controller.callPrep().seen, QStringList());
        QCOMPARE(controller.callEntry().childId, qint64(0));
    }

    void anExportIsRefusedBeforeAnythingIsWritten()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        controller.exportPdf(QUrl(QStringLiteral("https://example.org/r.pdf")), VaultFixture::kPassphrase);
        QCOMPARE(controller.status().errorField, QStringLiteral("file"));
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(QStringLiteral("empty.pdf")));
        controller.exportPdf(file, QString());
        QCOMPARE(controller.status().errorField, QStringLiteral("passphrase"));
        QVERIFY(!controller.status().busy);
        QVERIFY(!QFileInfo::exists(file.toLocalFile()));
    }

    void aWrongPassphraseWritesNothingAndBacksOff()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(QStringLiteral("wrong.pdf")));
        controller.exportPdf(file, QStringLiteral("not the passphrase"));
        QVERIFY(controller.status().busy);
        QVERIFY(settled(controller));
        QCOMPARE(
            controller.status().error, QStringLiteral("That is not the journal's passphrase. Nothing was exported."));
        QVERIFY(!controller.hasExport());
        QVERIFY(!QFileInfo::exists(file.toLocalFile()));
        // The same back-off as the lock screen's: even the right one waits now.
        QCOMPARE(f.vault.backoffRemainingMs(), qint64(1000));
        controller.exportPdf(file, VaultFixture::kPassphrase);
        QVERIFY(settled(controller));
        QCOMPARE(
            controller.status().error, QStringLiteral("Too many wrong passphrases. Wait a little, then try again."));
        QVERIFY(!QFileInfo::exists(file.toLocalFile()));
        QVERIFY(f.vault.database()); // the journal stays open throughout
    }

    void theRightPassphraseWritesAPdfOnlyItsOwnerCanRead()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(QStringLiteral("report.pdf")));
        controller.exportPdf(file, VaultFixture::kPassphrase);
        QVERIFY(settled(controller));
        QVERIFY2(!controller.status().failed(), qPrintable(controller.status().error));
        QVERIFY(controller.status().notice.contains(QStringLiteral("report.pdf")));
        QVERIFY(controller.hasExport());
        QCOMPARE(controller.exportedFile(), file);
        QFile pdf(file.toLocalFile());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF-"));
        QCOMPARE(pdf.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
    }

    void thePreviewFollowsTheSelection()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        QSignalSpy preview(&controller, &ReportController::previewChanged);
        controller.resetSelection();
        QCOMPARE(controller.entryCount(), 3);
        QVERIFY(!controller.summary().isEmpty());

        controller.setChildIncluded(childIdOf(f, QStringLiteral("Ana")), true);
        QCOMPARE(controller.entryCount(), 2);
        for (const auto &entry : controller.previewEntries()) {
            QCOMPARE(entry.child, QStringLiteral("Ana"));
        }
        QVERIFY(controller.entryLines().at(0).startsWith(QStringLiteral("1. ")));
        QVERIFY(controller.entryLines().at(0).contains(QStringLiteral(" · Ana · ")));
        QVERIFY(controller.entryLines().at(0).endsWith(QStringLiteral(": ANA-1")));

        controller.setChildIncluded(childIdOf(f, QStringLiteral("Ana")), false);
        controller.setCategoryIncluded(QStringLiteral("other"), true);
        QCOMPARE(controller.entryCount(), 1);
        QCOMPARE(controller.previewEntries().at(0).child, QStringLiteral("Ben"));

        const QDate tomorrow = QDateTime::fromMSecsSinceEpoch(f.clock.nowMs()).date().addDays(1);
        controller.setDates(tomorrow.toString(Qt::ISODate), QString());
        QCOMPARE(controller.entryCount(), 0);
        controller.resetSelection();
        QCOMPARE(controller.entryCount(), 3);
        QVERIFY(preview.count() >= 6);
    }

    void theCallPrepCardAndTheCallEntryComeFromTheSelection()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        const qint64 ana = childIdOf(f, QStringLiteral("Ana"));
        controller.setChildIncluded(ana, true);
        const auto card = controller.callPrep();
        QCOMPARE(card.children.size(), 1);
        QVERIFY(card.children.at(0).startsWith(QStringLiteral("Ana, about ")));
        QCOMPARE(card.places, QStringList({ QStringLiteral("Denver County") }));
        QCOMPARE(card.seen.size(), 2);
        QVERIFY(card.seen.at(0).endsWith(QStringLiteral(": ANA-1")));

        const auto entry = controller.callEntry();
        QCOMPARE(entry.kind, harbor::journal::EntryKind::HotlineCall);
        QVERIFY(entry.draft);
        QCOMPARE(entry.childId, ana);
        QVERIFY(entry.text.startsWith(QStringLiteral("Called the hotline about what I wrote down on ")));
        QCOMPARE(entry.occurredAtMs, f.clock.nowMs());
    }

    void aLanguageChangeRebuildsThePreview()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        QSignalSpy preview(&controller, &ReportController::previewChanged);
        QEvent change(QEvent::LanguageChange); // what installing a translator sends
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(preview.count(), 1);
        QCOMPARE(controller.entryCount(), 3);
        f.vault.lock();
        preview.clear();
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QCOMPARE(preview.count(), 0); // nothing is rebuilt while locked
    }

    void nothingIsKeptAfterLock()
    {
        VaultFixture f;
        QVERIFY(f.create());
        fill(f);
        ReportController controller(f.vault, f.clock);
        controller.resetSelection();
        QCOMPARE(controller.entryCount(), 3);
        f.vault.lock();
        QCOMPARE(controller.entryCount(), 0);
        QVERIFY(controller.summary().isEmpty());
        QVERIFY(controller.entryLines().isEmpty());
    }
};

HARBOR_TEST_MAIN(TestReportController)
#include "tst_reportcontroller.moc"
