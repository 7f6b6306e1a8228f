// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalController.h"
#include "journal/Entry.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// The state of one entry editor: the entry being written, typed, and what
// the user typed as text where the entry holds a parsed value (the time and
// the tags), so nothing is re-formatted under their cursor. Nothing reaches
// the journal before save(); locking the journal with unsaved changes saves
// them as a draft first (JournalController::aboutToLock), never drops them.
class EntryEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The journal singleton: `journal: JournalController` in QML.
    Q_PROPERTY(harbor::journalui::JournalController *journal READ journal WRITE setJournal NOTIFY journalChanged)
    // Every field of the entry; QML writes one at a time (entry.text = ...).
    Q_PROPERTY(harbor::journal::Entry entry READ entry WRITE setEntry NOTIFY entryChanged)
    // 0 until the entry was saved once.
    Q_PROPERTY(int entryId READ entryIdForQml NOTIFY entryChanged)
    Q_PROPERTY(harbor::journal::EntryKindNs::EntryKind kind READ kind WRITE setKind NOTIFY entryChanged)
    Q_PROPERTY(harbor::journal::SeverityNs::Severity severity READ severity WRITE setSeverity NOTIFY entryChanged)
    // "YYYY-MM-DD HH:MM", local time, as typed.
    Q_PROPERTY(QString when READ when WRITE setWhen NOTIFY entryChanged)
    // Comma-separated, as typed.
    Q_PROPERTY(QString tags READ tags WRITE setTags NOTIFY entryChanged)
    // Something was typed since the editor opened or last saved.
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    // The field the last save refused ("text", "occurredAt", ...), or empty.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorFieldChanged)

public:
    static constexpr auto kWhenFormat = "yyyy-MM-dd HH:mm";

    explicit EntryEditorController(QObject *parent = nullptr);

    [[nodiscard]] JournalController *journal() const { return m_journal; }
    void setJournal(JournalController *journal);
    [[nodiscard]] const journal::Entry &entry() const { return m_entry; }
    void setEntry(const journal::Entry &entry);
    [[nodiscard]] qint64 entryId() const { return m_entry.id; }
    [[nodiscard]] int entryIdForQml() const { return static_cast<int>(m_entry.id); }
    [[nodiscard]] journal::EntryKind kind() const { return m_entry.kind; }
    void setKind(journal::EntryKind kind);
    [[nodiscard]] journal::Severity severity() const { return m_entry.severity; }
    void setSeverity(journal::Severity severity);
    [[nodiscard]] QString when() const { return m_when; }
    void setWhen(const QString &when);
    [[nodiscard]] QString tags() const { return m_tags; }
    void setTags(const QString &tags);
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    [[nodiscard]] QString errorField() const { return m_errorField; }

    // A new entry of this kind, happening now.
    Q_INVOKABLE void startNew(int kind);
    // An entry from the journal, to change (a new revision on save).
    Q_INVOKABLE bool load(qint64 entryId);
    // Saves as complete (no longer a draft): the id, or 0 with errorField set
    // and everything typed kept.
    Q_INVOKABLE qint64 save();
    // Leaves without saving: forgets the last error.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void journalChanged();
    void entryChanged();
    void dirtyChanged();
    void errorFieldChanged();
    void saved(qint64 entryId);

private:
    // What would be saved now: the entry with the typed time and tags.
    [[nodiscard]] journal::Entry current() const;
    qint64 write(const journal::Entry &entry);
    void saveDraft();
    void edited();
    void reset(const journal::Entry &entry);
    void setDirty(bool dirty);
    void setErrorField(const QString &field);

    QPointer<JournalController> m_journal;
    journal::Entry m_entry;
    QString m_when;
    QString m_tags;
    bool m_dirty = false;
    QString m_errorField;
};

} // namespace harbor::journalui
