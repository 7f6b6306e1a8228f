// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryDetailController.h"

#include "JournalController.h"
#include "journal/EntryText.h"

#include <QLocale>

namespace harbor::journalui {

using journal::Entry;

EntryDetailController::EntryDetailController(QObject *parent)
    : QObject(parent)
{
}

void EntryDetailController::setJournal(JournalController *journal)
{
    if (m_journal == journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        for (auto signal :
            { &JournalController::entryAdded, &JournalController::entryChanged, &JournalController::entryRemoved }) {
            connect(m_journal, signal, this, &EntryDetailController::entryAnnounced);
        }
        // The rows name the child and the category; the lock empties them.
        connect(m_journal, &JournalController::childrenChanged, this, &EntryDetailController::reload);
        connect(m_journal, &JournalController::categoriesChanged, this, &EntryDetailController::reload);
        connect(m_journal, &JournalController::readyChanged, this, &EntryDetailController::reload);
    }
    Q_EMIT journalChanged();
    reload();
}

void EntryDetailController::setEntryId(qint64 entryId)
{
    if (m_entryId != entryId) {
        m_entryId = entryId;
        Q_EMIT entryIdChanged();
        reload();
    }
}

void EntryDetailController::entryAnnounced(qint64 entryId)
{
    if (entryId == m_entryId) {
        reload();
    }
}

void EntryDetailController::reload()
{
    const std::optional<Entry> found
        = m_journal && m_entryId > 0 && m_journal->isReady() ? m_journal->entry(m_entryId) : std::nullopt;
    m_found = found.has_value();
    m_entry = found.value_or(Entry {});
    m_rows = m_found ? rowsOf(m_entry) : QStringList {};
    m_files.clear();
    m_history.clear();
    if (m_found) {
        for (const journal::AttachmentRef &ref : std::as_const(m_entry.attachments)) {
            m_files.append(AttachmentItem::of(m_entryId, ref));
        }
        for (const journal::Revision &revision : m_journal->revisions(m_entryId)) {
            m_history.append(RevisionItem::of(revision));
        }
    }
    Q_EMIT changed();
}

QString EntryDetailController::title() const
{
    return journal::EntryText::kind(m_entry.kind);
}

QVariantList EntryDetailController::attachments() const
{
    QVariantList result;
    for (const AttachmentItem &item : m_files) {
        result.append(QVariant::fromValue(item));
    }
    return result;
}

QVariantList EntryDetailController::history() const
{
    QVariantList result;
    for (const RevisionItem &item : m_history) {
        result.append(QVariant::fromValue(item));
    }
    return result;
}

QStringList EntryDetailController::rowsOf(const Entry &e) const
{
    const QLocale locale;
    QStringList rows { tr("When"), locale.toString(e.occurredAt(), QLocale::LongFormat) };
    const auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            rows << label << value;
        }
    };
    add(tr("Written down"), locale.toString(e.createdAt(), QLocale::ShortFormat));
    add(tr("Child"), m_journal->children()->nickname(e.childId));
    add(tr("Platform"), e.platform);
    add(tr("Account"), e.account);
    add(tr("Category"), e.category.isEmpty() ? QString() : m_journal->categories().title(e.category));
    if (e.kind != journal::EntryKind::HotlineCall) {
        add(tr("Severity"), journal::EntryText::severity(e.severity));
    }
    for (const journal::EntryField &field : journal::EntryText::writtenFields(e)) {
        rows << field.label << field.value;
    }
    return rows;
}

} // namespace harbor::journalui
