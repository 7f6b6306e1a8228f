// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalController.h"
#include "JournalValues.h"
#include "journal/Entry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// One entry as the detail view shows it: its fields as label/value rows,
// its files and its history. It reads the entry again when the journal
// announces a change to that entry (or to the children and categories its
// rows name), not on every change to the journal.
class EntryDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(harbor::journalui::JournalController *journal READ journal WRITE setJournal NOTIFY journalChanged)
    // An int for QML (Qt 6.4 qmllint knows no qlonglong); entry ids are small.
    Q_PROPERTY(int entryId READ entryIdForQml WRITE setEntryIdForQml NOTIFY entryIdChanged)
    // False while nothing is shown (no entry, or the journal is locked).
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(harbor::journal::Entry entry READ entry NOTIFY changed)
    // The kind, as the heading.
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // Label, value, label, value ... (empty fields left out).
    Q_PROPERTY(QStringList rows READ rows NOTIFY changed)
    // AttachmentItem values.
    Q_PROPERTY(QVariantList attachments READ attachments NOTIFY changed)
    // RevisionItem values, oldest first.
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)

public:
    explicit EntryDetailController(QObject *parent = nullptr);

    [[nodiscard]] JournalController *journal() const { return m_journal; }
    void setJournal(JournalController *journal);
    [[nodiscard]] qint64 entryId() const { return m_entryId; }
    void setEntryId(qint64 entryId);
    [[nodiscard]] int entryIdForQml() const { return static_cast<int>(m_entryId); }
    void setEntryIdForQml(int entryId) { setEntryId(entryId); }
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] const journal::Entry &entry() const { return m_entry; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QStringList rows() const { return m_rows; }
    [[nodiscard]] QVariantList attachments() const;
    [[nodiscard]] QVariantList history() const;
    [[nodiscard]] const QList<RevisionItem> &revisions() const { return m_history; }
    [[nodiscard]] const QList<AttachmentItem> &files() const { return m_files; }

    // Reads the entry again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void journalChanged();
    void entryIdChanged();
    void changed();

private:
    void entryAnnounced(qint64 entryId);
    [[nodiscard]] QStringList rowsOf(const journal::Entry &entry) const;

    QPointer<JournalController> m_journal;
    qint64 m_entryId = 0;
    bool m_found = false;
    journal::Entry m_entry;
    QStringList m_rows;
    QList<AttachmentItem> m_files;
    QList<RevisionItem> m_history;
};

} // namespace harbor::journalui
