// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryEditorController.h"

#include "JournalController.h"

#include <QDateTime>

namespace harbor::journalui {

using journal::Entry;

namespace {

const QString kWhen = QString::fromLatin1(EntryEditorController::kWhenFormat);

QString whenText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(kWhen) : QString();
}

} // namespace

EntryEditorController::EntryEditorController(QObject *parent)
    : QObject(parent)
{
}

void EntryEditorController::setJournal(JournalController *journal)
{
    if (m_journal == journal) {
        return;
    }
    if (m_journal) {
        disconnect(m_journal, nullptr, this, nullptr);
    }
    m_journal = journal;
    if (m_journal) {
        connect(m_journal, &JournalController::aboutToLock, this, &EntryEditorController::saveDraft);
    }
    Q_EMIT journalChanged();
}

void EntryEditorController::setEntry(const Entry &entry)
{
    if (m_entry == entry) {
        return;
    }
    // The id and the times are the journal's, not the user's.
    const qint64 id = m_entry.id;
    m_entry = entry;
    m_entry.id = id;
    edited();
}

void EntryEditorController::setKind(journal::EntryKind kind)
{
    if (m_entry.kind != kind) {
        m_entry.kind = kind;
        edited();
    }
}

void EntryEditorController::setSeverity(journal::Severity severity)
{
    if (m_entry.severity != severity) {
        m_entry.severity = severity;
        edited();
    }
}

void EntryEditorController::setWhen(const QString &when)
{
    if (m_when != when) {
        m_when = when;
        edited();
    }
}

void EntryEditorController::setTags(const QString &tags)
{
    if (m_tags != tags) {
        m_tags = tags;
        edited();
    }
}

void EntryEditorController::startNew(int kind)
{
    reset(m_journal ? m_journal->newEntry(kind) : Entry {});
}

bool EntryEditorController::load(qint64 entryId)
{
    const std::optional<Entry> found = m_journal ? m_journal->entry(entryId) : std::nullopt;
    if (!found) {
        return false;
    }
    reset(*found);
    return true;
}

Entry EntryEditorController::current() const
{
    Entry e = m_entry;
    const QDateTime when = QDateTime::fromString(m_when.trimmed(), kWhen);
    // Unreadable or empty: 0, which the journal refuses naming "occurredAt".
    e.occurredAtMs = when.isValid() ? when.toMSecsSinceEpoch() : 0;
    e.tags = m_tags.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return e;
}

qint64 EntryEditorController::write(const Entry &entry)
{
    if (!m_journal) {
        return 0;
    }
    const qint64 id = m_journal->save(entry);
    setErrorField(id > 0 ? QString() : m_journal->lastErrorField());
    if (id > 0) {
        // Later saves add revisions to this entry, never a second entry.
        m_entry.id = id;
        m_entry.draft = entry.draft;
        setDirty(false);
        Q_EMIT entryChanged();
    }
    return id;
}

qint64 EntryEditorController::save()
{
    Entry e = current();
    e.draft = false;
    const qint64 id = write(e);
    if (id > 0) {
        Q_EMIT saved(id);
    }
    return id;
}

void EntryEditorController::saveDraft()
{
    // Only what was typed and not saved. As a draft: it needs only some
    // text to be kept, and says it may be half done.
    if (m_dirty) {
        Entry e = current();
        e.draft = true;
        write(e);
    }
}

void EntryEditorController::cancel()
{
    setErrorField({});
    if (m_journal) {
        m_journal->clearError();
    }
}

void EntryEditorController::edited()
{
    setDirty(true);
    Q_EMIT entryChanged();
}

void EntryEditorController::reset(const Entry &entry)
{
    m_entry = entry;
    m_when = whenText(entry.occurredAtMs);
    m_tags = entry.tags.join(QStringLiteral(", "));
    setDirty(false);
    cancel();
    Q_EMIT entryChanged();
}

void EntryEditorController::setDirty(bool dirty)
{
    if (m_dirty != dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged();
    }
}

void EntryEditorController::setErrorField(const QString &field)
{
    if (m_errorField != field) {
        m_errorField = field;
        Q_EMIT errorFieldChanged();
    }
}

} // namespace harbor::journalui
