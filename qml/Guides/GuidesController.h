// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuideValues.h"
#include "Status.h"

#include "Singletons.h"
#include "content/ChecklistStore.h"
#include "content/ContentLibrary.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace harbor::safety {
class Clock;
}
namespace harbor::vault {
class Database;
class Vault;
} // namespace harbor::vault

namespace harbor::guidesui {

// The content pack for QML, in the language in effect: guides, warning
// signs, flows, age tips, recovery guidance and the resources of the chosen
// region, as typed values (GuideValues.h). Lists notify when the pack (a
// content update) or the language changes, so a view that picks its item
// from a list by id reads it again. The per-child checklists need the vault
// open (the guides themselves never do); GuideProgress shows and ticks them
// for one guide, GuideSearch searches for one view.
class GuidesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Sorted by name, for the guides' home.
    Q_PROPERTY(QList<harbor::guidesui::GuideDetail> guides READ guides NOTIFY contentChanged)
    Q_PROPERTY(QList<harbor::guidesui::SignListDetail> signLists READ signLists NOTIFY contentChanged)
    Q_PROPERTY(QList<harbor::guidesui::FlowDetail> flows READ flows NOTIFY contentChanged)
    Q_PROPERTY(QList<harbor::guidesui::AgeBandItem> ageBands READ ageBands NOTIFY contentChanged)
    Q_PROPERTY(harbor::guidesui::RecoveryDetail recovery READ recovery NOTIFY contentChanged)
    Q_PROPERTY(bool hasRecovery READ hasRecovery NOTIFY contentChanged)
    Q_PROPERTY(QString regionId READ regionId WRITE setRegionId NOTIFY regionChanged)
    Q_PROPERTY(QList<harbor::guidesui::ResourceItem> resources READ resources NOTIFY regionChanged)
    Q_PROPERTY(bool checklistsAvailable READ checklistsAvailable NOTIFY checklistsChanged)
    // An error only when a region could not be chosen.
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)

public:
    GuidesController(
        content::ContentLibrary &library, vault::Vault &vault, const safety::Clock &clock, QObject *parent = nullptr);
    ~GuidesController() override;

    HARBOR_PROVIDED_SINGLETON(GuidesController)

    [[nodiscard]] QList<GuideDetail> guides() const;
    [[nodiscard]] QList<SignListDetail> signLists() const;
    [[nodiscard]] QList<FlowDetail> flows() const;
    [[nodiscard]] QList<AgeBandItem> ageBands() const;
    [[nodiscard]] RecoveryDetail recovery() const;
    [[nodiscard]] bool hasRecovery() const { return !m_library.pack().recovery.isEmpty(); }
    [[nodiscard]] QString regionId() const { return m_library.regionId(); }
    void setRegionId(const QString &regionId);
    [[nodiscard]] QList<ResourceItem> resources() const;
    [[nodiscard]] bool checklistsAvailable() const { return m_checklists != nullptr; }
    [[nodiscard]] ui::Status status() const { return m_status; }

    // One item by id; an empty value (empty id) when the pack has none.
    Q_INVOKABLE harbor::guidesui::GuideDetail guide(const QString &id) const;
    Q_INVOKABLE harbor::guidesui::SignListDetail signList(const QString &id) const;
    Q_INVOKABLE harbor::guidesui::FlowDetail flow(const QString &id) const;
    // Everything whose text contains every word typed (content::ContentSearch).
    Q_INVOKABLE QList<harbor::guidesui::SearchResult> search(const QString &text) const;

    // For GuideProgress (C++ only): the pack, the checklists while the vault
    // is open (null while locked), and the clock that dates a tick.
    [[nodiscard]] const content::ContentLibrary &library() const { return m_library; }
    [[nodiscard]] content::ChecklistStore *checklists() const { return m_checklists.get(); }
    [[nodiscard]] const safety::Clock &clock() const { return m_clock; }
    // A checklist changed: every GuideProgress reads again.
    void noteChecklistChanged() { Q_EMIT checklistsChanged(); }

Q_SIGNALS:
    void contentChanged();
    void regionChanged();
    void checklistsChanged();
    void statusChanged();

private:
    void vaultStateChanged();
    void setStatus(const ui::Status &status);

    content::ContentLibrary &m_library;
    vault::Vault &m_vault;
    const safety::Clock &m_clock;
    vault::Database *m_database = nullptr; // the connection the checklists use
    std::unique_ptr<content::ChecklistStore> m_checklists;
    ui::Status m_status;
};

} // namespace harbor::guidesui
