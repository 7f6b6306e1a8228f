// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/ChecklistStore.h"
#include "content/ContentLibrary.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
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
// signs, flows, age tips, recovery guidance, resources of the chosen region,
// search across all of it, and per-child checklists (these need the vault
// open; the guides themselves never do).
class GuidesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Grows when the pack or the language changes: views that call guide(),
    // signList() or flow() bind to it to read again.
    Q_PROPERTY(int contentRevision READ contentRevision NOTIFY contentChanged)
    Q_PROPERTY(QVariantList guides READ guides NOTIFY contentChanged)
    Q_PROPERTY(QVariantList signLists READ signLists NOTIFY contentChanged)
    Q_PROPERTY(QVariantList flows READ flows NOTIFY contentChanged)
    Q_PROPERTY(QVariantList ageBands READ ageBands NOTIFY contentChanged)
    Q_PROPERTY(QVariantMap recovery READ recovery NOTIFY contentChanged)
    Q_PROPERTY(bool hasRecovery READ hasRecovery NOTIFY contentChanged)
    Q_PROPERTY(QString regionId READ regionId WRITE setRegionId NOTIFY regionChanged)
    Q_PROPERTY(QVariantList resources READ resources NOTIFY regionChanged)
    Q_PROPERTY(bool checklistsAvailable READ checklistsAvailable NOTIFY checklistsChanged)
    // Grows with every checklist change, so bindings re-read progress.
    Q_PROPERTY(int checklistRevision READ checklistRevision NOTIFY checklistsChanged)

public:
    GuidesController(
        content::ContentLibrary &library, vault::Vault &vault, const safety::Clock &clock, QObject *parent = nullptr);
    ~GuidesController() override;

    static void provide(GuidesController *instance);
    static GuidesController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] int contentRevision() const { return m_contentRevision; }
    [[nodiscard]] QVariantList guides() const;
    [[nodiscard]] QVariantList signLists() const;
    [[nodiscard]] QVariantList flows() const;
    [[nodiscard]] QVariantList ageBands() const;
    [[nodiscard]] QVariantMap recovery() const;
    [[nodiscard]] bool hasRecovery() const { return !m_library.pack().recovery.isEmpty(); }
    [[nodiscard]] QString regionId() const { return m_library.regionId(); }
    void setRegionId(const QString &regionId);
    [[nodiscard]] QVariantList resources() const;
    [[nodiscard]] bool checklistsAvailable() const { return m_checklists != nullptr; }
    [[nodiscard]] int checklistRevision() const { return m_checklistRevision; }

    Q_INVOKABLE QVariantMap guide(const QString &id) const;
    Q_INVOKABLE QVariantMap signList(const QString &id) const;
    Q_INVOKABLE QVariantMap flow(const QString &id) const;
    // Everything whose text contains every word typed (case and accents
    // ignored): [{kind, id, title, excerpt}].
    Q_INVOKABLE QVariantList search(const QString &text) const;

    // Checklists (0 / empty / false while the vault is locked).
    Q_INVOKABLE double progress(qint64 childId, const QString &guideId) const;
    Q_INVOKABLE QStringList doneSteps(qint64 childId, const QString &guideId) const;
    Q_INVOKABLE bool needsRecheck(qint64 childId, const QString &guideId) const;
    Q_INVOKABLE bool setStepDone(qint64 childId, const QString &guideId, const QString &stepId, bool done);
    Q_INVOKABLE bool recheck(qint64 childId, const QString &guideId);

Q_SIGNALS:
    void contentChanged();
    void regionChanged();
    void checklistsChanged();

private:
    void vaultStateChanged();
    [[nodiscard]] QString lang() const { return m_library.language(); }
    [[nodiscard]] QVariantMap resourceMap(const content::Resource &resource) const;
    // Pack texts in the current language with "{hotline}" resolved.
    [[nodiscard]] QStringList resolved(const QList<content::Text> &list) const;

    content::ContentLibrary &m_library;
    vault::Vault &m_vault;
    const safety::Clock &m_clock;
    vault::Database *m_database = nullptr; // the connection the checklists use
    std::unique_ptr<content::ChecklistStore> m_checklists;
    int m_checklistRevision = 0;
    int m_contentRevision = 0;
};

} // namespace harbor::guidesui
