// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportController.h"

#include "LanguageWatcher.h"
#include "journal/ChildStore.h"
#include "journal/JournalStore.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdfWriter.h"
#include "safety/Clock.h"
#include "vault/KeyVault.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>

namespace harbor::journalui {

namespace {
// Enough of an entry's first field to recognise it in the preview.
constexpr qsizetype kPreviewChars = 160;
} // namespace

ReportController::ReportController(vault::Vault &vault, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_categories([] { return journal::CategoryCatalog::builtIn(); })
    , m_language([] { return QStringLiteral("en"); })
{
    connect(&m_vault, &vault::Vault::stateChanged, this, [this] {
        if (m_vault.state() != vault::Vault::State::Unlocked) {
            // Nothing from the journal stays in memory after lock.
            m_summary.clear();
            m_preview.clear();
            Q_EMIT previewChanged();
        }
    });
    // The preview's words (kinds, summary) follow the language at once.
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, [this] {
        if (m_vault.state() == vault::Vault::State::Unlocked) {
            refresh();
        }
    });
}

// m_job's destructor cancels and joins the export.
ReportController::~ReportController() = default;

void ReportController::setSources(CategorySource categories, LanguageSource language)
{
    m_categories = std::move(categories);
    m_language = std::move(language);
}

void ReportController::setStatus(const ui::Status &status, const QUrl &exported)
{
    if (status != m_status || exported != m_exported) {
        m_status = status;
        m_exported = exported;
        Q_EMIT statusChanged();
    }
}

void ReportController::waitForIdle()
{
    m_vault.waitForIdle();
    m_job.wait();
}

QStringList ReportController::entryLines() const
{
    QStringList lines;
    const QLocale locale(m_language());
    for (const report::ReportEntry &entry : m_preview) {
        const QString when
            = locale.toString(QDateTime::fromMSecsSinceEpoch(entry.occurredAtMs).toLocalTime(), QLocale::ShortFormat);
        const QString text = entry.fields.isEmpty() ? QString() : entry.fields.constFirst().text.left(kPreviewChars);
        //: A report preview line: %1 number, %2 when, %3 the child, %4 the kind of entry, %5 its text.
        lines << tr("%1. %2 · %3 · %4: %5")
                     .arg(QString::number(entry.number), when,
                         entry.child.isEmpty() ? tr("no child chosen") : entry.child, entry.kind, text);
    }
    return lines;
}

std::optional<report::ReportDocument> ReportController::build(bool thumbnails, QString *error) const
{
    vault::Database *db = m_vault.database();
    if (!db) {
        *error = tr("Unlock the journal first.");
        return std::nullopt;
    }
    report::ReportSelection selection;
    selection.childIds = m_childIds;
    selection.from = QDate::fromString(m_from, Qt::ISODate);
    selection.to = QDate::fromString(m_to, Qt::ISODate);
    selection.categories = m_categoryIds;
    selection.preparedBy = m_preparedBy;
    selection.language = m_language();
    selection.thumbnails = thumbnails;
    journal::JournalError journalError;
    report::ReportDocument document
        = report::ReportBuilder(*db, m_categories(), m_clock).build(selection, &journalError);
    if (!journalError.ok()) {
        *error = journalError.message();
        return std::nullopt;
    }
    return document;
}

void ReportController::resetSelection()
{
    m_childIds.clear();
    m_from.clear();
    m_to.clear();
    m_categoryIds.clear();
    m_preparedBy.clear();
    refresh();
}

void ReportController::setChildIncluded(qint64 childId, bool included)
{
    m_childIds.removeAll(childId);
    if (included) {
        m_childIds << childId;
    }
    refresh();
}

void ReportController::setCategoryIncluded(const QString &categoryId, bool included)
{
    m_categoryIds.removeAll(categoryId);
    if (included) {
        m_categoryIds << categoryId;
    }
    refresh();
}

void ReportController::setDates(const QString &from, const QString &to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void ReportController::setPreparedBy(const QString &preparedBy)
{
    m_preparedBy = preparedBy;
    refresh();
}

void ReportController::refresh()
{
    QString error;
    // The preview runs on every change of the selection, on the UI thread:
    // no pictures are decoded for it.
    const auto document = build(false, &error);
    m_summary.clear();
    m_preview.clear();
    if (!document) {
        setStatus(ui::Status::failure(error));
        Q_EMIT previewChanged();
        return;
    }
    m_preview = document->entries;
    m_summary = document->summary;
    setStatus(ui::Status::idle());
    Q_EMIT previewChanged();
}

void ReportController::exportPdf(const QUrl &file, const QString &passphrase)
{
    if (busy()) {
        return;
    }
    if (!file.isLocalFile()) {
        setStatus(ui::Status::failure(tr("Choose a file on this device."), QStringLiteral("file")));
        return;
    }
    if (passphrase.isEmpty()) {
        setStatus(ui::Status::failure(tr("Type your passphrase."), QStringLiteral("passphrase")));
        return;
    }
    QString error;
    auto document = build(true, &error);
    if (!document) {
        setStatus(ui::Status::failure(error));
        return;
    }
    setStatus(ui::Status::working(tr("Checking the passphrase and writing the report…")));
    QPointer<ReportController> self(this);
    const QString path = file.toLocalFile();
    // The document waits in a shared_ptr: std::function needs a copyable callable.
    auto pending = std::make_shared<report::ReportDocument>(std::move(*document));
    m_vault.verifyPassphrase(passphrase, [self, pending, path](vault::KeyVault::Error refused) {
        if (!self) {
            return;
        }
        if (refused != vault::KeyVault::Error::None) {
            self->setStatus(ui::Status::failure(refused == vault::KeyVault::Error::TryLater
                    ? tr("Too many wrong passphrases. Wait a little, then try again.")
                    : tr("That is not the journal's passphrase. Nothing was exported."),
                QStringLiteral("passphrase")));
            return;
        }
        self->startExport(std::move(*pending), path);
    });
}

void ReportController::startExport(report::ReportDocument document, const QString &path)
{
    auto written = std::make_shared<bool>(false);
    disconnect(m_finished);
    m_finished = connect(&m_job, &shell::BackgroundJob::finished, this, [this, written, path] {
        disconnect(m_finished);
        if (*written) {
            setStatus(ui::Status::success(tr("The report was saved as %1. It is not encrypted: keep it safe and "
                                             "share it only with the people who need it.")
                                              .arg(QFileInfo(path).fileName())),
                QUrl::fromLocalFile(path));
        } else {
            setStatus(ui::Status::failure(
                tr("The report could not be written there. Choose another place, or free some space."),
                QStringLiteral("file")));
        }
    });
    m_job.start([written, path, doc = std::move(document)](shell::BackgroundJob::Progress &) mutable {
        // Pictures are decoded only now: after the passphrase, off the UI thread.
        report::ReportBuilder::addThumbnails(doc);
        QSaveFile out(path);
        QString writeError;
        // Readable by the user only: the report is not encrypted.
        *written = out.open(QIODevice::WriteOnly)
            && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && report::ReportPdfWriter::write(doc, out, &writeError) && out.commit();
    });
}

std::optional<report::CallPrep> ReportController::prepare() const
{
    vault::Database *db = m_vault.database();
    if (!db) {
        return std::nullopt;
    }
    const journal::JournalStore store(*db, m_clock);
    QList<journal::Entry> entries;
    for (const report::ReportEntry &shown : m_preview) {
        if (auto entry = store.entry(shown.entryId)) {
            entries << *entry;
        }
    }
    const int year = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date().year();
    return report::CallPrep::build(entries, journal::ChildStore(*db, m_clock).children(), QLocale(m_language()), year);
}

CallPrepCard ReportController::callPrep() const
{
    const auto card = prepare();
    if (!card) {
        return {};
    }
    return CallPrepCard { card->children, card->places, card->involved, card->seenLines() };
}

journal::Entry ReportController::callEntry() const
{
    journal::Entry entry;
    entry.kind = journal::EntryKind::HotlineCall;
    // A record of what was said, not a warning sign.
    entry.severity = journal::Severity::Note;
    entry.draft = true;
    entry.occurredAtMs = m_clock.nowMs();
    if (const auto card = prepare()) {
        entry.childId = card->childId;
        entry.text = card->callEntryText(QLocale(m_language()));
    }
    return entry;
}

} // namespace harbor::journalui
