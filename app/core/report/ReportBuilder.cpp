// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"

#include "journal/AttachmentDecoder.h"
#include "journal/ChildStore.h"
#include "journal/EntryText.h"
#include "journal/JournalStore.h"
#include "safety/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QTimeZone>

#include <map>

namespace harbor::report {

namespace {

// The labels come from the journal's one label table, so the report says
// what the app's views say.
QList<ReportField> fieldsOf(const journal::Entry &entry)
{
    QList<ReportField> shown;
    for (const journal::EntryField &field : journal::EntryText::writtenFields(entry)) {
        shown.append(ReportField { field.label, field.value });
    }
    return shown;
}

QList<ReportRevision> historyOf(const QList<journal::Revision> &revisions)
{
    QList<ReportRevision> history;
    bool written = false;
    for (const journal::Revision &revision : revisions) {
        QString action;
        switch (revision.kind) {
        case journal::ChainLink::Kind::Revision:
            action = written ? ReportBuilder::tr("Edited") : ReportBuilder::tr("Written");
            written = true;
            break;
        case journal::ChainLink::Kind::Tombstone:
            action = journal::EntryText::state(journal::EntryState::Deleted);
            break;
        case journal::ChainLink::Kind::Erasure:
            action = journal::EntryText::state(journal::EntryState::Erased);
            break;
        }
        history.append(
            ReportRevision { static_cast<int>(revision.sequence), revision.createdAtMs, action, revision.hash });
    }
    return history;
}

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

QStringList summaryOf(const ReportDocument &document, int urgent, int concerns)
{
    const QLocale locale(document.language);
    QStringList children;
    for (const ReportChild &child : document.children) {
        children << child.nickname;
    }
    QStringList summary;
    summary << ReportBuilder::tr(
        "%n journal entries from %1 to %2.", nullptr, static_cast<int>(document.entries.size()))
                   .arg(locale.toString(document.from, QLocale::LongFormat),
                       locale.toString(document.to, QLocale::LongFormat));
    if (!children.isEmpty()) {
        summary << ReportBuilder::tr("About: %1.").arg(locale.createSeparatedList(children));
    }
    summary << ReportBuilder::tr("Urgent: %1. Concerns: %2. Notes: %3.")
                   .arg(urgent)
                   .arg(concerns)
                   .arg(document.entries.size() - urgent - concerns);
    summary << ReportBuilder::tr(
        "Each entry below shows every change made to it since it was first written. The hashes link the "
        "changes into one chain across the whole journal; Harbor's Verify recomputes it, so any change made "
        "outside Harbor shows.");
    return summary;
}

} // namespace

ReportBuilder::ReportBuilder(vault::Database &db, journal::CategoryCatalog categories, const safety::Clock &clock)
    : m_db(db)
    , m_categories(std::move(categories))
    , m_clock(clock)
{
}

ReportDocument ReportBuilder::build(const ReportSelection &selection, journal::JournalError *error) const
{
    ReportDocument document;
    document.language = selection.language;
    document.preparedBy = selection.preparedBy.trimmed();
    document.generatedAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime();
    document.to = selection.to.isValid() ? selection.to : document.generatedAt.date();

    const journal::ChildStore childStore(m_db, m_clock);
    const journal::JournalStore store(m_db, m_clock);
    QHash<qint64, journal::Child> children;
    for (const journal::Child &child : childStore.children(error)) {
        children.insert(child.id, child);
    }
    if (error && !error->ok()) {
        return document;
    }

    vault::Database::Statement select
        = m_db.prepare("SELECT id FROM entries WHERE state = 0 AND occurred_at <= ?1 ORDER BY occurred_at, id");
    const qint64 endMs = QDateTime(document.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    select.bind(1, endMs - 1);
    const qint64 startMs = selection.from.isValid() ? QDateTime(selection.from, QTime(0, 0)).toMSecsSinceEpoch() : 0;
    std::map<QDate, ReportWeek> weeks;
    QList<qint64> includedChildren;
    int urgent = 0;
    int concerns = 0;
    while (select.step()) {
        const auto entry = store.entry(select.columnInt(0), error);
        if (!entry) {
            return document;
        }
        if (entry->occurredAtMs < startMs || (!selection.includeDrafts && entry->draft)
            || (!selection.childIds.isEmpty() && !selection.childIds.contains(entry->childId))
            || (!selection.categories.isEmpty() && !selection.categories.contains(entry->category))) {
            continue;
        }
        ReportEntry item;
        item.number = static_cast<int>(document.entries.size()) + 1;
        item.entryId = entry->id;
        item.kind = journal::EntryText::kind(entry->kind);
        item.occurredAtMs = entry->occurredAtMs;
        item.recordedAtMs = entry->createdAtMs;
        const journal::Child child = children.value(entry->childId);
        item.child = child.nickname;
        item.platform = entry->platform;
        item.account = entry->account;
        item.category = entry->category.isEmpty() ? QString() : m_categories.title(entry->category);
        item.severity = journal::EntryText::severity(entry->severity);
        item.draft = entry->draft;
        item.fields = fieldsOf(*entry);
        item.revisions = historyOf(store.revisions(entry->id, error));
        for (const journal::AttachmentRef &ref : entry->attachments) {
            ReportExhibit exhibit;
            exhibit.id = QStringLiteral("E%1").arg(document.exhibits.size() + 1);
            exhibit.entryNumber = item.number;
            exhibit.fileName = ref.fileName;
            exhibit.mime = ref.mime;
            exhibit.size = ref.size;
            exhibit.sha256 = ref.sha256;
            if (selection.thumbnails && ref.mime.startsWith(QLatin1String("image/"))) {
                exhibit.original = store.attachmentData(entry->id, ref.sha256);
            }
            item.exhibits << exhibit.id;
            document.exhibits.append(exhibit);
        }
        if (entry->childId != 0 && !includedChildren.contains(entry->childId)) {
            includedChildren << entry->childId;
        }
        const QDate day = localDate(entry->occurredAtMs);
        ReportWeek &week = weeks[day.addDays(1 - day.dayOfWeek())];
        week.weekStart = day.addDays(1 - day.dayOfWeek());
        switch (entry->severity) {
        case journal::Severity::Urgent:
            ++week.urgent;
            ++urgent;
            break;
        case journal::Severity::Concern:
            ++week.concerns;
            ++concerns;
            break;
        case journal::Severity::Note:
            ++week.notes;
            break;
        }
        document.entries.append(item);
    }
    if (select.error() != vault::Database::Error::None && error) {
        *error = journal::JournalError::fromDatabase(select.error());
        return document;
    }
    // Every week between the first and the last, empty ones too.
    if (!weeks.empty()) {
        for (QDate week = weeks.begin()->first; week <= weeks.rbegin()->first; week = week.addDays(7)) {
            ReportWeek &slot = weeks[week];
            slot.weekStart = week;
            document.timeline.append(slot);
        }
    }
    document.from = selection.from.isValid() ? selection.from
        : document.entries.isEmpty()         ? document.to
                                             : localDate(document.entries.constFirst().occurredAtMs);
    for (const qint64 id : includedChildren) {
        const journal::Child child = children.value(id);
        ReportChild reportChild { child.nickname, child.birthYear, {} };
        for (const journal::ChildPlatform &platform : child.platforms) {
            reportChild.platforms << (platform.handle.isEmpty()
                    ? platform.platform
                    : platform.platform + QStringLiteral(": ") + platform.handle);
        }
        document.children.append(reportChild);
    }
    for (const QString &category : selection.categories) {
        document.categories << m_categories.title(category);
    }
    if (document.categories.isEmpty()) {
        document.categories << ReportBuilder::tr("All categories");
    }
    document.summary = summaryOf(document, urgent, concerns);
    document.chain = journal::JournalVerifier::head(m_db);
    return document;
}

void ReportBuilder::addThumbnails(ReportDocument &document)
{
    for (ReportExhibit &exhibit : document.exhibits) {
        if (exhibit.original.isEmpty()) {
            continue;
        }
        // Decoded in harbor-decoder, never in this process.
        const journal::AttachmentPixels::Request request { journal::AttachmentPixels::Op::Render, 0,
            quint32(kThumbnailEdge) };
        exhibit.thumbnail
            = journal::AttachmentDecoder::decode(journal::AttachmentDecoder::defaultHelper(), request, exhibit.original)
                  .image;
        exhibit.original.clear();
    }
}

} // namespace harbor::report
