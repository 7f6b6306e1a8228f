// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildListModel.h"
#include "EntryListModel.h"
#include "JournalValues.h"
#include "Singletons.h"
#include "Status.h"
#include "TimelineModel.h"
#include "journal/CategoryCatalog.h"
#include "journal/ChildStore.h"
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "safety/ClipboardGuard.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace harbor::safety {
class Clock;
}
namespace harbor::vault {
class Database;
class Vault;
} // namespace harbor::vault

namespace harbor::journalui {

// The journal for QML: opens its stores when the vault unlocks and drops
// them (and every model's rows) when it locks. Every write reports a clear,
// translated error through status and leaves what the user typed alone;
// success is reported only after COMMIT, then announced by entry id
// (entryAdded/entryChanged/entryRemoved) so the models update that one row
// and the views showing that entry read it again. Per-view state lives in
// EntryEditorController and EntryDetailController.
class JournalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // The last write's error (error, errorField), the one shape of Harbor.Ui.
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)
    // Transitional: the same as status.error / status.errorField, for the
    // views outside the journal that still read them.
    Q_PROPERTY(harbor::journalui::EntryListModel *entries READ entries CONSTANT)
    Q_PROPERTY(harbor::journalui::ChildListModel *children READ children CONSTANT)
    Q_PROPERTY(harbor::journalui::TimelineModel *timeline READ timeline CONSTANT)
    // The category list for pickers: ids and titles in the same order.
    Q_PROPERTY(QStringList categoryIds READ categoryIds NOTIFY categoriesChanged)
    Q_PROPERTY(QStringList categoryTitles READ categoryTitles NOTIFY categoriesChanged)
    Q_PROPERTY(QStringList platforms READ platforms NOTIFY platformsChanged)
    Q_PROPERTY(bool imageRuleAcknowledged READ imageRuleAcknowledged NOTIFY imageRuleAcknowledgedChanged)

public:
    JournalController(vault::Vault &vault, const safety::Clock &clock, QObject *parent = nullptr);
    ~JournalController() override;

    // Where the categories come from (the content pack's warning-sign
    // lists); the built-in list until one is set. Re-read on language change
    // and by reloadCategories() (a content update).
    void setCategorySource(std::function<journal::CategoryCatalog()> source);
    // The provided instance (Singletons.h), which also brings the attachment
    // image provider into the engine that asks for it.
    static JournalController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] bool isReady() const { return m_store != nullptr; }
    [[nodiscard]] ui::Status status() const;
    [[nodiscard]] QString lastError() const { return m_lastError.message(); }
    [[nodiscard]] QString lastErrorField() const { return m_lastError.field; }
    [[nodiscard]] EntryListModel *entries() { return &m_entries; }
    [[nodiscard]] ChildListModel *children() { return &m_children; }
    [[nodiscard]] TimelineModel *timeline() { return &m_timeline; }
    [[nodiscard]] QStringList categoryIds() const;
    [[nodiscard]] QStringList categoryTitles() const;
    [[nodiscard]] QStringList platforms() const;
    [[nodiscard]] bool imageRuleAcknowledged() const;
    [[nodiscard]] const journal::CategoryCatalog &categories() const { return m_categories; }
    [[nodiscard]] qint64 nowMs() const;

    // A short note saved at once as a draft to complete later. The entry's
    // id, or 0 (see status).
    Q_INVOKABLE qint64 quickAdd(const QString &text, qint64 childId);
    // A new entry of this kind happening now: what QML fills in and saves
    // (Qt 6.4 cannot make a gadget from a JS object).
    Q_INVOKABLE harbor::journal::Entry newEntry(int kind = 0) const;
    // The entry as stored, or nothing (see status).
    [[nodiscard]] std::optional<journal::Entry> entry(qint64 entryId);
    // A new entry (id 0) or a new revision: the id, or 0 (see status).
    Q_INVOKABLE qint64 save(const harbor::journal::Entry &entry);
    // For callers that still pass a JS object ({kind, text, childId, ...}):
    // the keys are the entry's property names, written through its
    // meta-object, so there is no second list of field names to keep.
    Q_INVOKABLE qint64 saveEntry(const QVariantMap &fields);
    Q_INVOKABLE bool deleteEntry(qint64 entryId);
    Q_INVOKABLE bool restoreEntry(qint64 entryId);
    Q_INVOKABLE bool eraseEntry(qint64 entryId);
    [[nodiscard]] QList<journal::Revision> revisions(qint64 entryId) const;
    // Only after the image rule was acknowledged (CONTENT.md rule 1).
    Q_INVOKABLE bool addAttachment(qint64 entryId, const QUrl &file);
    Q_INVOKABLE void acknowledgeImageRule();
    // Counts the pages of an attachment (PDF; 1 for a picture, 0 if it
    // cannot be read) in harbor-decoder, never blocking: the answer comes as
    // attachmentPagesCounted(), always later, once per call.
    Q_INVOKABLE void countAttachmentPages(qint64 entryId, const QString &sha256Hex);
    Q_INVOKABLE qint64 saveChild(const QVariantMap &fields);
    Q_INVOKABLE bool removeChild(qint64 childId);
    Q_INVOKABLE harbor::journalui::VerifyOutcome verify();
    Q_INVOKABLE QString categoryTitle(const QString &id) const;
    Q_INVOKABLE void clearError();

    // The bytes of an attachment for the image provider (GUI thread only).
    [[nodiscard]] QByteArray attachmentData(qint64 entryId, const QByteArray &sha256) const;

public Q_SLOTS:
    // Reads the categories again from their source (a content update
    // brought other warning-sign lists) and tells the pickers.
    void reloadCategories();

Q_SIGNALS:
    void entryAdded(qint64 entryId);
    void entryChanged(qint64 entryId);
    // Gone from the list: deleted (a tombstone) or erased.
    void entryRemoved(qint64 entryId);
    // The journal is about to lock (idle, background, the Lock button): an
    // editor with unsaved text saves it as a draft now, or it would be lost.
    void aboutToLock();
    void readyChanged();
    void statusChanged();
    void categoriesChanged();
    void platformsChanged();
    void imageRuleAcknowledgedChanged();
    // A child was added, renamed or removed.
    void childrenChanged();
    // The answer to countAttachmentPages() (entry ids fit an int, as in AttachmentItem).
    void attachmentPagesCounted(int entryId, const QString &sha256Hex, int pages);

private:
    void vaultStateChanged();
    bool report(const journal::JournalError &error);
    void childrenEdited(qint64 childId);

    vault::Vault &m_vault;
    const safety::Clock &m_clock;
    std::function<journal::CategoryCatalog()> m_categorySource;
    journal::CategoryCatalog m_categories;
    vault::Database *m_database = nullptr; // the connection the stores use
    std::unique_ptr<journal::JournalStore> m_store;
    std::unique_ptr<journal::ChildStore> m_childStore;
    std::unique_ptr<journal::JournalQuery> m_query;
    EntryListModel m_entries;
    ChildListModel m_children;
    TimelineModel m_timeline;
    journal::JournalError m_lastError;
    safety::ClipboardGuard m_clipboardGuard;
};

} // namespace harbor::journalui
